import AccordStore
import ArgumentParser

/// `accord search QUERY`: Thai-aware full-text search, BM25-ranked.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search instruments and articles (Thai or English).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Words to find; every word must occur (as a word or inside a Thai compound).") var query: [String]
    @OptionGroup var filters: FilterOptions
    @Option(help: "Maximum hits of each kind.") var limit = 20
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let registry = try await store.open(readOnly: true)
        let filter = try filters.filter()
        let q = query.joined(separator: " ")
        let results = try await reporting { try await registry.search(q, filter: filter, limit: limit) }
        if json { print(try Output.json(results)); return }
        print("instruments (\(results.instruments.count)):")
        for h in results.instruments { print("  " + Output.row(h.summary)) }
        print("articles (\(results.articles.count)):")
        for h in results.articles {
            let linked = h.instrumentIds.isEmpty ? "" : "  → " + h.instrumentIds.map { "#\($0)" }.joined(separator: " ")
            print("  a\(h.source.articleId)\t\(h.source.published?.iso ?? "----------")\t\(h.source.title)\(linked)")
        }
    }
}
