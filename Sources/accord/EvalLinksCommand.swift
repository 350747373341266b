import AccordCore
import AccordStore
import ArgumentParser
import Foundation

/// `accord eval links GOLD --corpus DIR --database DB`: pairwise linking recall and separation of a registry.
struct EvalLinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Score the registry's linking against blind linking gold (instruments reported by several articles, confusable pairs).",
        discussion: """
            Build the registry first from the corpus the gold was drawn from, e.g. \
            `accord ingest /tmp/corpus-v2 --database /tmp/reg-v2.sqlite`, then \
            `accord eval links Tests/AccordStoreTests/Fixtures/linking-gold-v2.jsonl --corpus /tmp/corpus-v2 --database /tmp/reg-v2.sqlite`. \
            An article's instrument is the record it contributes to with a compatible kind and the same partners; \
            a pair of articles about one instrument is joined when they share such a record, a confusable pair \
            is separated when they share none.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Linking gold JSONL files.") var gold: [String]
    @Option(help: "Corpus root the gold paths are relative to, as it was given to `accord ingest`; repeat for several.") var corpus: [String]
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "List the pairs left apart and the confusable pairs joined.") var verbose = false

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one linking gold JSONL file") }
        if corpus.isEmpty { throw ValidationError("give at least one --corpus directory") }
    }

    func run() async throws {
        var all = LinkEvaluation.Gold()
        for path in gold {
            let read: (gold: LinkEvaluation.Gold, problems: [String])
            do { read = try LinkEvaluation.read(URL(fileURLWithPath: path)) } catch {
                Output.stderr("accord eval links: cannot read gold file \(path): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            for p in read.problems { Output.stderr("accord eval links: skipped \(p)") }
            all.instruments += read.gold.instruments
            all.confusables += read.gold.confusables
        }
        let registry = try await store.open(readOnly: true)
        // Paths were stored as given to `accord ingest`: the corpus root, a slash, the gold path.
        let roots = corpus.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let report = try await reporting {
            try await LinkEvaluation.score(all) { path in
                var ids: [Int64] = []
                for r in roots { ids += try await registry.instrumentIds(articlePath: r + "/" + path) }
                var out: [(id: Int64, key: LinkEvaluation.RecordKey)] = []
                for id in Set(ids).sorted() {
                    let s = try await registry.instrument(id).summary
                    out.append((id, LinkEvaluation.RecordKey(kind: s.kind, counterparts: s.counterparts)))
                }
                return out
            }
        }
        if json { print(try Output.json(report)); return }
        print(report.render(), terminator: "")
        if verbose {
            print("\nPairs of one instrument left apart:")
            for s in report.splitPairs { print("  \(s)") }
            print("\nConfusable pairs joined:")
            for s in report.mergedConfusables { print("  \(s)") }
            print("\nArticles without a matching record:")
            for s in report.articlesWithoutRecord { print("  \(s)") }
        }
    }
}
