import AccordCore
import AccordStore
import Foundation
import Testing

@Suite struct LinkEvaluationTests {
    static let goldURL = Bundle.module.url(forResource: "linking-gold-v2", withExtension: "jsonl", subdirectory: "Fixtures")!

    @Test("the shipped linking gold is well formed and as large as issue 11 asks")
    func shippedGold() throws {
        let (gold, problems) = try LinkEvaluation.read(Self.goldURL)
        #expect(problems.isEmpty, "\(problems)")
        let linked = gold.instruments.filter { $0.articles.count >= 2 }
        #expect(linked.count >= 40)
        #expect(gold.confusables.count >= 20)
        #expect(Set(gold.instruments.map(\.id)).count == gold.instruments.count, "instrument ids are unique")
        for g in gold.instruments { for a in g.articles { #expect(a.path.hasPrefix("data/"), "\(g.id): \(a.path)") } }
    }

    @Test("pairs are joined when they share a matching record; confusables are separated when they share none")
    func scoring() async throws {
        let line1 = #"{"type":"instrument","id":"T-1","instrument":"mou","counterparts":["JP"],"articles":[{"path":"a"},{"path":"b"},{"path":"c"}]}"#
        let line2 = #"{"type":"confusable","a":{"path":"a","instrument":"mou","counterparts":["JP"]},"b":{"path":"d","instrument":"moc","counterparts":["JP"]}}"#
        let line3 = #"{"type":"confusable","a":{"path":"b","instrument":"mou","counterparts":["JP"]},"b":{"path":"e","instrument":"mou","counterparts":["JP"]}}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString).jsonl")
        try [line1, line2, line3, "not json"].joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let (gold, problems) = try LinkEvaluation.read(url)
        #expect(problems.count == 1 && problems[0].hasPrefix(url.path + ":4: "))
        let jp = LinkEvaluation.RecordKey(kind: .mou, counterparts: ["JP"])
        // a and b share record 1; c went to record 2 (split); d is the other JP memorandum; e was merged into record 1.
        let records: [String: [(id: Int64, key: LinkEvaluation.RecordKey)]] = [
            "a": [(1, jp), (9, .init(kind: .agreement, counterparts: ["JP"]))], "b": [(1, jp)], "c": [(2, jp)],
            "d": [(3, .init(kind: .moc, counterparts: ["JP"]))], "e": [(1, jp)],
        ]
        let report = await LinkEvaluation.score(gold) { records[$0] ?? [] }
        #expect(report.instruments == 1 && report.pairs == 3 && report.joinedPairs == 1)
        #expect(report.confusablePairs == 2 && report.separatedPairs == 1)
        #expect(report.mergedConfusables == ["b + e"])
        #expect(report.articlesWithoutRecord.isEmpty)
    }
}
