import AccordStore
import ArgumentParser

/// `accord link ID` (or `accord link --explain ID`): why an instrument's sources were joined.
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Explain how articles were linked into an instrument.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Instrument id whose links to explain.") var instrument: String?
    @Option(help: "The same, as an option.") var explain: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if instrument == nil && explain == nil { throw ValidationError("give an instrument id: accord link 215") }
    }

    func run() async throws {
        let given = instrument ?? explain ?? ""
        guard let id = Int64(given.hasPrefix("#") ? String(given.dropFirst()) : given) else { throw ValidationError("\(given): not an instrument id") }
        let registry = try await store.open(readOnly: true)
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
