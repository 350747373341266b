import ThaiText
import AccordCore

/// One extraction over one article: the normalised text, its lines and units, and the rules applied
/// to them. Kept out of the public `Extractor` so that the work state never escapes.
struct ExtractionRun {
    let article: Article
    let norm: NormalizedText
    /// Normalised scalars (Thai digits ASCII, spaces plain); all rule positions index this array.
    let s: [Unicode.Scalar]
    /// The original scalars, for output text.
    let orig: [Unicode.Scalar]
    let reference: CalendarDate?
    let countries = CountryLexicon.shared
    /// Keep what the rules would drop, marked with the reason (see `Anchor.veto`).
    let permissive: Bool

    init(article: Article, permissive: Bool = false) {
        self.article = article
        self.permissive = permissive
        self.norm = ThaiNormalizer.normalize(article.text)
        self.s = norm.scalars
        self.orig = Array(article.text.unicodeScalars)
        self.reference = article.published
    }

    // MARK: Output helpers

    /// The original text of a normalised range, trimmed.
    func text(_ r: Range<Int>) -> String {
        let t = trim(r)
        guard !t.isEmpty else { return "" }
        let lo = norm.originalOffset(t.lowerBound), hi = norm.originalOffset(t.upperBound - 1) + 1
        return orig.string(lo..<hi)
    }

    func evidence(_ field: String, _ r: Range<Int>) -> Evidence {
        let lo = norm.originalOffset(r.lowerBound)
        let hi = r.isEmpty ? lo : norm.originalOffset(r.upperBound - 1) + 1
        return Evidence(field: field, start: lo, end: max(lo, hi))
    }

    /// `r` without leading/trailing spaces and stray punctuation.
    func trim(_ r: Range<Int>) -> Range<Int> {
        var lo = max(0, r.lowerBound), hi = min(s.count, r.upperBound)
        while lo < hi, s[lo] == " " || s[lo] == "\n" || s[lo] == "," || s[lo] == ";" || s[lo] == ":" { lo += 1 }
        while hi > lo, s[hi - 1] == " " || s[hi - 1] == "\n" || s[hi - 1] == "," || s[hi - 1] == ";" || s[hi - 1] == ":" { hi -= 1 }
        return lo..<hi
    }

    func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] != "\n" { j += 1 }
        return j
    }

    func lineStart(_ i: Int) -> Int {
        var j = min(i, s.count)
        while j > 0, s[j - 1] != "\n" { j -= 1 }
        return j
    }

    // MARK: Lines and units

    struct Line {
        var range: Range<Int>
        var headlineLike: Bool
    }

    struct Unit {
        var lines: [Line]
        var cabinetSection: Bool
        var cabinetContext: Bool
        /// A cabinet decision that only takes note ("รับทราบผลการประชุม…"): what it reports signed or adopted
        /// happened at the meeting it reports, not at the cabinet.
        var noting = false
        var range: Range<Int> { (lines.first?.range.lowerBound ?? 0)..<(lines.last?.range.upperBound ?? 0) }
    }

    /// Body lines with junk (CSS, HTML, separators, `พิมพ์`, repeated headlines) left out.
    func bodyLines(headline: [Unicode.Scalar]) -> [Line] {
        let b0 = norm.normalizedIndex(ofOriginal: article.bodyRange.lowerBound)
        let b1 = norm.normalizedIndex(ofOriginal: article.bodyRange.upperBound)
        var out: [Line] = []
        var i = b0
        // Pasted text has no separate headline: its first line is body too.
        let headPrefix = article.bodyRange.lowerBound > 0 ? Array(headline.prefix(24)) : []
        while i < b1 {
            let e = min(lineEnd(i), b1)
            let r = trim(i..<e)
            i = e + 1
            if r.isEmpty || isJunk(r) { continue }
            let headlineLike = headPrefix.count >= 8 && s.matches(headPrefix, at: r.lowerBound)
            if headlineLike && r.count <= headline.count + 2 { continue }
            out.append(Line(range: r, headlineLike: headlineLike))
        }
        return out
    }

    private static let print = Cues.a("พิมพ์")
    func isJunk(_ r: Range<Int>) -> Bool {
        let n = r.count
        if n == Self.print.count && s.matches(Self.print, at: r.lowerBound) { return true }
        var braces = 0, colon = 0, thai = 0, marks = 0, lt = 0
        for k in r {
            let c = s[k]
            if c == "{" || c == "}" { braces += 1 }
            else if c == ":" || c == ";" { colon += 1 }
            else if c == "<" || c == ">" { lt += 1 }
            else if ScalarClass.isThai(c) { thai += 1 }
            if c == "*" || c == "-" || c == "_" || c == "=" || c == "~" || c == "#" || c == "." || c == " " { marks += 1 }
        }
        if braces >= 1 && colon >= 1 && thai < n / 4 { return true }   // p.p1 {margin: ...}
        if lt >= 2 && thai < n / 3 { return true }                     // <span ...>
        if marks == n { return true }                                   // ******, ____
        return false
    }

    private static let sectionWord = Cues.a("เรื่อง")

    private static let titleWord = Cues.a("Title:")
    private static let noted = Cues.a("รับทราบ")
    private static let decided = [Cues.a("เห็นชอบ"), Cues.a("อนุมัติ")]

    /// True when a line opens a numbered cabinet decision (`12. เรื่อง ...`, or `Title: …` in the English synopsis).
    func isSectionHeader(_ r: Range<Int>) -> Bool {
        if s.matches(Self.titleWord, at: r.lowerBound) { return true }
        var i = r.lowerBound
        guard i < r.upperBound, ScalarClass.isDigit(s[i]) else { return false }
        while i < r.upperBound, ScalarClass.isDigit(s[i]) { i += 1 }
        guard i < r.upperBound, s[i] == "." else { return false }
        i += 1
        while i < r.upperBound, s[i] == " " { i += 1 }
        return s.matches(Self.sectionWord, at: i)
    }

    /// Report titles: the cabinet hears what a meeting, visit or talks produced ("เรื่อง ผลการประชุม…",
    /// "สรุปผลการเดินทางเยือน…"). Even when it also "approves" the follow-up, the instruments told in the
    /// report were adopted, signed or planned at that meeting.
    private static let reportTitles: [[Unicode.Scalar]] = ["ผลการ", "สรุปผล", "รายงานผล", "รายงานการประชุม", "รายงานการเดินทาง", "รายงานการเยือน"].map(Cues.a)

    /// True when a decision header's subject (after `เรื่อง`) opens with a report of results.
    func reportsResults(_ r: Range<Int>) -> Bool {
        guard let w = s.firstIndex(of: Self.sectionWord, from: r.lowerBound, to: min(r.upperBound, r.lowerBound + 20)) else { return false }
        var i = w + Self.sectionWord.count
        while i < r.upperBound, s[i] == " " { i += 1 }
        return Self.reportTitles.contains { s.matches($0, at: i) }
    }

    func hasCabinetApproval(_ r: Range<Int>) -> Bool {
        Cues.cabinet.contains { s.contains($0, from: r.lowerBound, to: r.upperBound) }
            && Cues.approval.contains { s.contains($0, from: r.lowerBound, to: r.upperBound) }
    }

    func units(lines: [Line], headlineRange: Range<Int>?) -> (units: [Unit], preamble: [Line]) {
        let headers = lines.indices.filter { isSectionHeader(lines[$0].range) }
        if headers.count >= 3 {
            var units: [Unit] = []
            for (k, h) in headers.enumerated() {
                let end = k + 1 < headers.count ? headers[k + 1] : lines.count
                let ls = Array(lines[h..<end])
                let size = ls.reduce(0) { $0 + $1.range.count }
                if ls.count < 2 || size < 150 { continue }   // table of contents entry
                var unit = Unit(lines: ls, cabinetSection: true, cabinetContext: true)
                let decision = ls[0].range.lowerBound..<ls[min(1, ls.count - 1)].range.upperBound
                unit.noting = reportsResults(ls[0].range) || s.contains(Self.noted, from: decision.lowerBound, to: decision.upperBound)
                    && !Self.decided.contains { s.contains($0, from: decision.lowerBound, to: decision.upperBound) }
                units.append(unit)
            }
            return (units, Array(lines[..<headers[0]]))
        }
        var context = false
        if let h = headlineRange, hasCabinetApproval(h) { context = true }
        if let first = lines.first, hasCabinetApproval(first.range.lowerBound..<min(first.range.upperBound, first.range.lowerBound + 400)) { context = true }
        if lines.count > 1, !context, hasCabinetApproval(lines[1].range.lowerBound..<min(lines[1].range.upperBound, lines[1].range.lowerBound + 400)),
           lines[0].headlineLike { context = true }
        return ([Unit(lines: lines, cabinetSection: false, cabinetContext: context)], [])
    }

    // MARK: Run

    /// Cheap test on the raw UTF-8, before normalising: does any instrument word occur at all?
    static func mayMentionInstrument(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { buf -> Bool in
            let n = buf.count
            var i = 0
            while i < n {
                let b = buf[i]
                if b == 0xE0 || b == 0x4D || b == 0x4C || b == 0x41 || b == 0x44 || b == 0x54 || b == 0x50 || b == 0x4A || b == 0x53 || b == 0x43 || b == 0x57 {
                    for w in quickBytes where w[0] == b && i + w.count <= n {
                        var k = 1
                        while k < w.count && buf[i + k] == w[k] { k += 1 }
                        if k == w.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    // Plans of action and work plans are instruments only with a foreign party and never the only
    // instrument word of an agreement article in the gold; leaving them out keeps about 1,200 dev-corpus
    // articles out of the full reading (the throughput floor).
    private static let quickBytes: [[UInt8]] = ["บันทึก", "ความตกลง", "ข้อตกลง", "ปฏิญญา", "แถลงการณ์ร่วม", "หนังสือแสดง", "สนธิสัญญา", "เอ็มโอยู", "ลงนาม", "พิธีสาร", "กฎบัตร", "แถลงการ", "ถ้อยแถลงร่วม", "เอกสารผลลัพธ์", "อนุสัญญา", "MOU", "MoU", "MOC", "MoC", "MOA", "MoA", "LOI", "Memorandum", "Agreement", "Declaration", "Letter of Intent", "Treaty", "Protocol", "Joint Statement", "Statement", "Convention", "Plan of Action", "Work Plan"].map { Array($0.utf8) }

    func run() -> [Candidate] {
        let headline = Array(ThaiNormalizer.normalizedString(article.title).unicodeScalars)
        var headlineRange: Range<Int>?
        if headline.count >= 4, let h = s.firstIndex(of: headline, from: 0, to: min(s.count, headline.count + 200)) {
            headlineRange = h..<(h + headline.count)
        }
        let lines = bodyLines(headline: headline)
        let (units, preamble) = units(lines: lines, headlineRange: headlineRange)
        let persons = PersonFinder(run: self)
        let names = persons.fullNames(lines: lines)
        var out: [Candidate] = []
        var seenTitles = Set<String>()
        for unit in units {
            var drafts = InstrumentFinder(run: self, unit: unit, headlineRange: unit.cabinetSection ? nil : headlineRange).drafts()
            if drafts.isEmpty { continue }
            let meetingDate: DateMention? = unit.cabinetSection ? firstDate(in: preamble) : nil
            // The rules' own drafts are read among themselves only, so a permissive run reads them the same.
            let strict = drafts.filter { $0.veto == nil }
            for k in drafts.indices {
                drafts[k].finish(run: self, unit: unit, all: drafts[k].veto == nil ? strict : strict + [drafts[k]], persons: persons, names: names, meetingDate: meetingDate, cabinetSummary: unit.cabinetSection, headlineRange: unit.cabinetSection ? nil : headlineRange)
            }
            for d in drafts.filter({ $0.veto == nil }) + drafts.filter({ $0.veto != nil }) {
                let a = d.agreement
                let key = (a.titleTh ?? a.titleEn ?? "") + "|" + a.event.rawValue
                if a.titleTh != nil || a.titleEn != nil {
                    if !seenTitles.insert(key).inserted { continue }
                }
                let veto = d.veto ?? Self.unnamedKindVeto(a)
                if veto != nil, !permissive { continue }
                out.append(Candidate(agreement: a, veto: veto))
            }
        }
        return out
    }

    /// Why a document with no instrument word (a plan, framework, programme: kind `other`) is doubtful:
    /// without a foreign party it is a domestic programme of work, not a cooperation instrument (5 of
    /// the 377 `other` instruments of the development gold have no counterpart).
    static func unnamedKindVeto(_ a: Agreement) -> String? {
        a.instrument == .other && a.counterparts.isEmpty ? "domesticOther" : nil
    }

    func firstDate(in lines: [Line]) -> DateMention? {
        for l in lines {
            if let m = validDates(l.range).first { return m }
        }
        return nil
    }

    func validDates(_ r: Range<Int>) -> [DateMention] {
        ThaiDate.mentions(in: s, from: r.lowerBound, to: r.upperBound, reference: reference).filter { (2010...2030).contains($0.date.year) }
    }

}
