import AccordStore
import ArgumentParser

/// `accord show ID`: one instrument with its timeline and sources.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an instrument: record, timeline, sources.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Instrument id (as listed, with or without #).") var id: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        guard let n = Int64(id.hasPrefix("#") ? String(id.dropFirst()) : id) else { throw ValidationError("\(id): not an instrument id") }
        let registry = try await store.open(readOnly: true)
        let r = try await reporting { try await registry.instrument(n) }
        if json { print(try Output.json(r)); return }
        let s = r.summary
        print("#\(s.id) \(s.kind.label) — \(s.status.label)")
        print("  title (th): \(r.titleTh ?? "-")")
        if let en = r.titleEn { print("  title (en): \(en)") }
        print("  counterparts: \(s.counterparts.isEmpty ? "- (domestic)" : s.counterparts.joined(separator: ", "))")
        if let d = s.signedDate { print("  signed: \(d.iso)" + (r.durationYears.map { ", term \($0) years" } ?? "") + (s.termEnd.map { ", ends \($0.iso)" } ?? "")) }
        if let p = r.place { print("  place: \(p)") }
        if !s.areas.isEmpty { print("  areas: \(s.areas.map(\.rawValue).joined(separator: ", "))") }
        if !r.modalities.isEmpty { print("  modalities: \(r.modalities.map(\.rawValue).joined(separator: ", "))") }
        if !r.parties.isEmpty {
            print("  parties:")
            for p in r.parties { print("    - \(p.name)" + (p.nameEn.map { " (\($0))" } ?? "") + (p.country.map { " [\($0)]" } ?? "")) }
        }
        if !r.signatories.isEmpty {
            print("  people:")
            for p in r.signatories { print("    - \(p.name), \(p.role.rawValue)" + (p.position.map { ", \($0)" } ?? "") + (p.country.map { " [\($0)]" } ?? "")) }
        }
        if !r.scope.isEmpty {
            print("  scope:")
            for sc in r.scope { print("    - \(sc.text)" + (sc.areas.isEmpty ? "" : " {\(sc.areas.map(\.rawValue).joined(separator: ", "))}")) }
        }
        print("  timeline:")
        for e in r.timeline {
            let date = (e.date?.iso ?? "undated") + (e.dateIsPublished ? "*" : "")
            print("    \(date)  \(e.kind.label)  ← a\(e.source.articleId) \(e.source.url ?? "") “\(e.source.title)”" + (e.source.revision > 1 ? " (rev \(e.source.revision))" : ""))
        }
        if r.timeline.contains(where: \.dateIsPublished) { print("    * no date in the article: publication date") }
        for c in r.corrections { print("  corrected \(c.field.rawValue): \(c.oldValue ?? "-") → \(c.newValue ?? "-") by \(c.actor) at \(c.at)") }
    }
}
