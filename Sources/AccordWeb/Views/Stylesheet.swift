/// The site's stylesheet, served at `Routes.stylesheet` (`/static/accord.css`) with `text/css; charset=utf-8`.
///
/// A Swift constant rather than a bundle resource so serving it needs no resource wiring. Layout
/// is mobile first: tables and charts scroll sideways inside `.scroll`; print hides navigation and forms.
public enum Stylesheet {
    /// `Content-Type` to serve `css` with.
    public static let contentType = "text/css; charset=utf-8"

    public static let css = """
    :root { --fg: #1b1f24; --muted: #57606a; --bg: #fff; --line: #d0d7de; --accent: #0b5cad; --soft: #f3f6f9;
      --signing: #0b5cad; --exchange: #6fa8dc; --approval: #e08a00; --adoption: #8e5cc2; --renewal: #2a9d5c; --mark: #ffe58a;
      --h1: #eaf2fb; --h2: #bcd6f2; --h3: #7fb0e3; --h4: #3b82c8; --h5: #0b4f96; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans Thai", "Noto Sans", Loma, Garuda, sans-serif;
      font-size: 16px; line-height: 1.6; color: var(--fg); background: var(--bg); }
    a { color: var(--accent); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
      outline: 3px solid #f5a623; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--fg); color: #fff; padding: .5rem 1rem; z-index: 10; }
    .skip:focus { left: .5rem; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    header.site { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.5rem; padding: .5rem 1rem;
      border-bottom: 1px solid var(--line); background: var(--soft); }
    header.site .brand { margin: 0; font-weight: 700; }
    header.site .brand a { color: var(--fg); text-decoration: none; }
    header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    header.site nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
    header.site .account { margin: 0 0 0 auto; display: flex; gap: 1rem; align-items: center; }
    main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem; }
    main:focus { outline: none; }
    footer.site { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem; font-size: .9rem; text-align: center; }
    h1 { font-size: 1.6rem; line-height: 1.3; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
    h1 .code { color: var(--muted); font-weight: 400; }
    .lead { color: var(--muted); margin-top: -.75rem; }
    .meta, .hint { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
    .empty { color: var(--muted); font-style: italic; }
    .composed { font-style: italic; }
    .error { color: #a40e26; background: #fff0f0; border-left: 4px solid #a40e26; padding: .5rem .75rem; }
    .notice { background: #effaf2; border-left: 4px solid var(--renewal); padding: .5rem .75rem; }
    .warn { color: #a40e26; font-size: .85rem; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); }
    th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); white-space: nowrap; }
    tbody th { font-weight: 600; }
    table.instruments tbody th { min-width: 16rem; font-weight: 400; }
    table.instruments td.kind { min-width: 7rem; }
    time { white-space: nowrap; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    ul.tags { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
    ul.tags li a { display: inline-block; background: var(--soft); border: 1px solid var(--line); border-radius: 1rem;
      padding: 0 .5rem; font-size: .85rem; text-decoration: none; white-space: nowrap; }
    .status { display: inline-block; border-radius: .25rem; padding: 0 .4rem; font-size: .85rem; white-space: nowrap; border: 1px solid var(--line); }
    .status-signed, .status-renewed { background: #e6f4ea; border-color: #9fd3ae; }
    .status-expiring { background: #fff4d6; border-color: #f0c14b; }
    .status-expired { background: #f3f3f3; color: var(--muted); }
    .status-draft-approved { background: #e8f0fb; border-color: #a9c5ea; }
    dl.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin: 0; }
    dl.totals div { background: var(--soft); border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem; }
    dl.totals dt { color: var(--muted); font-size: .9rem; }
    dl.totals dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
    dl.details { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .25rem 1rem; margin: 0; }
    dl.details div { display: contents; }
    dl.details dt { color: var(--muted); }
    dl.details dd { margin: 0; overflow-wrap: anywhere; }
    dl.details dd ul, dl.details dd ol { margin: 0; padding-left: 1.25rem; }
    dl.details dd ul.tags { padding-left: 0; }
    ul.chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
    ul.chips .n { font-weight: 700; }
    ul.articles li, ol.results li { margin-bottom: .5rem; }
    ol.timeline { list-style: none; padding-left: 1rem; border-left: 3px solid var(--line); }
    ol.timeline li { position: relative; margin: 0 0 .6rem; padding-left: .5rem; }
    ol.timeline li::before { content: ""; position: absolute; left: -1.45rem; top: .55rem; width: .7rem; height: .7rem;
      border-radius: 50%; background: var(--accent); }
    ol.timeline li.tl-2::before { background: var(--approval); }
    ol.timeline li.future { color: var(--muted); }
    ol.timeline .what { font-weight: 600; }
    ol.scope li { margin-bottom: .4rem; }
    ol.scope ul.tags { display: inline-flex; }
    figure.chart { margin: 0 0 1rem; }
    svg.chart { display: block; font-family: inherit; }
    svg.chart text { fill: var(--fg); }
    svg.chart .grid { stroke: #e5e9ee; stroke-width: 1; }
    svg.chart .axis { stroke: var(--fg); stroke-width: 1; }
    svg.chart .s-signing { fill: var(--signing); }
    svg.chart .s-cabinet-approval { fill: var(--approval); }
    svg.chart .s-renewal { fill: var(--renewal); }
    svg.chart .s-exchange { fill: var(--exchange); }
    svg.chart .s-adoption { fill: var(--adoption); }
    svg.chart .cell-0 { fill: #f6f8fa; stroke: #eef1f4; }
    svg.chart .heat-1 { fill: var(--h1); } svg.chart .heat-2 { fill: var(--h2); } svg.chart .heat-3 { fill: var(--h3); }
    svg.chart .heat-4 { fill: var(--h4); } svg.chart .heat-5 { fill: var(--h5); }
    svg.chart text.heat-text-1, svg.chart text.heat-text-2, svg.chart text.heat-text-3 { fill: #0d2a4a; }
    svg.chart text.heat-text-4, svg.chart text.heat-text-5 { fill: #fff; }
    svg.chart a:focus rect, svg.chart a:hover rect { stroke: #f5a623; stroke-width: 2; }
    svg.chart a text.tick { fill: var(--accent); text-decoration: underline; }
    details.data { margin: .25rem 0 1rem; }
    details summary { cursor: pointer; color: var(--accent); }
    table.bars th { font-weight: 400; }
    td.barcell { width: 40%; min-width: 6rem; vertical-align: middle; }
    svg.hbar { display: block; width: 100%; height: .8rem; }
    svg.hbar rect { fill: var(--accent); }
    form { margin: 0 0 1rem; }
    fieldset { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem 1rem; }
    legend { font-weight: 600; padding: 0 .25rem; }
    form.filter fieldset { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
    .field { display: flex; flex-direction: column; gap: .15rem; }
    .field.wide { width: 100%; }
    label { font-size: .9rem; font-weight: 600; }
    input, select, textarea, button { font: inherit; }
    input, select, textarea { border: 1px solid #8c959f; border-radius: .3rem; padding: .35rem .5rem; max-width: 100%; background: #fff; }
    select { max-width: 16rem; }
    textarea { width: 100%; min-height: 12rem; }
    form.stack .field { margin-bottom: .75rem; max-width: 40rem; }
    form.stack .field.wide { max-width: none; }
    form.search { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
    form.search .field.wide { flex: 1 1 20rem; width: auto; }
    form.search .hint { flex-basis: 100%; margin-top: 0; }
    .snippet { margin: 0; }
    button { background: var(--accent); color: #fff; border: 1px solid var(--accent); border-radius: .3rem; padding: .4rem 1rem; cursor: pointer; }
    button.primary { background: #1a7f37; border-color: #1a7f37; }
    button.link { background: none; border: none; color: var(--accent); text-decoration: underline; padding: 0; }
    form.inline { display: inline; margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .exports { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1rem; margin: .5rem 0; }
    .exports .inline-heading { font-size: 1rem; margin: 0; border: none; padding: 0; }
    .exports ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 0; padding: 0; }
    nav.pages { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; }
    nav.pages ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
    section.source { border: 1px solid var(--line); border-radius: .5rem; padding: .25rem 1rem .75rem; margin-bottom: 1rem; }
    .article-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: .75rem; border-radius: .3rem;
      max-height: 32rem; overflow-y: auto; font-size: .95rem; }
    mark { background: var(--mark); padding: 0 .1em; border-bottom: 2px solid #d4a400; }
    table.evidence td a { color: inherit; }
    ul.reasons { margin: 0; padding-left: 1rem; font-size: .9rem; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      header.site .account { margin-left: 0; }
      dl.details { grid-template-columns: 1fr; }
      dl.details dd { margin-bottom: .5rem; }
      main { padding: .75rem; }
      select { max-width: 100%; }
    }
    @media print {
      header.site nav, header.site .account, form, .skip, .exports, nav.pages, details.data > summary { display: none !important; }
      body { font-size: 11pt; color: #000; }
      main { max-width: none; padding: 0; }
      a { color: #000; text-decoration: none; }
      .scroll { overflow: visible; }
      .article-text { max-height: none; overflow: visible; }
      section.source, tr, figure { break-inside: avoid; }
      mark { background: none; border-bottom: 2px solid #000; }
    }
    """
}
