import AccordStore
import ArgumentParser
import Foundation

/// `accord bench-search`: search latency over a fixed query list (used by scripts/bench-ingest.sh).
struct BenchSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-search", abstract: "Measure search latency (p50/p99) over a query list.", shouldDisplay: false)

    @OptionGroup var store: StoreOptions
    @Option(help: "Query file: one query per line, # comments.") var queries: String
    @Option(help: "Timed runs of each query (after one warm-up run).") var runs = 5
    @Option(help: "Hits of each kind per query.") var limit = 20

    func run() async throws {
        let registry = try await store.open(readOnly: true)
        let list: [String]
        do {
            list = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        } catch {
            throw ValidationError("\(queries): cannot read: \(error.localizedDescription)")
        }
        var samples: [Double] = []
        var slowest: [(Double, String)] = []
        var empty = 0
        let clock = ContinuousClock()
        for q in list {
            let warm = try await registry.search(q, filter: InstrumentFilter(), limit: limit)
            if warm.instruments.isEmpty && warm.articles.isEmpty { empty += 1 }
            for _ in 0..<runs {
                let d = try await clock.measure { _ = try await registry.search(q, filter: InstrumentFilter(), limit: limit) }
                let ms = Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000
                samples.append(ms)
                slowest.append((ms, q))
            }
        }
        samples.sort()
        func pct(_ p: Double) -> Double { samples[min(samples.count - 1, Int((p * Double(samples.count)).rounded(.up)) - 1)] }
        print(String(format: "search: %d queries x %d runs, p50 %.2f ms, p99 %.2f ms, max %.2f ms, queries without hits %d",
                     list.count, runs, pct(0.5), pct(0.99), samples.last ?? 0, empty))
        let worst = slowest.sorted { $0.0 > $1.0 }.prefix(5).map { String(format: "%@ %.1f ms", $0.1, $0.0) }
        print("slowest: " + worst.joined(separator: ", "))
    }
}
