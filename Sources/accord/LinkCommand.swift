import AccordStore
import ArgumentParser

/// `accord link --explain ID`: why an instrument's sources were joined.
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Explain how articles were linked into an instrument.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Instrument id whose links to explain.") var explain: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        guard let id = Int64(explain.hasPrefix("#") ? String(explain.dropFirst()) : explain) else { throw ValidationError("\(explain): not an instrument id") }
        let registry = try await store.open()
        let links = try await reporting { try await registry.links(instrument: id) }
        if json { print(try Output.json(links)); return }
        print("instrument #\(id): \(links.count) contribution(s)")
        for l in links {
            let how = l.matchedEventId.map { "joined via event \($0), score \(String(format: "%.2f", l.score))" } ?? "founded the record"
            print("  event \(l.eventId) from a\(l.source.articleId) \(l.source.published?.iso ?? "") “\(l.source.title)”: \(how)")
            for r in l.reasons { print("      - \(r)") }
        }
    }
}
