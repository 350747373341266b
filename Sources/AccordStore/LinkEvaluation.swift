import AccordCore
import Foundation

/// Blind linking gold (`Tests/AccordStoreTests/Fixtures/linking-gold-v2.jsonl`) and its scoring against a
/// registry: are the articles about one instrument joined into one record (pairwise recall), and are
/// different instruments of the same kind and partner kept apart (separation)?
public enum LinkEvaluation {
    /// One article's report about a gold instrument.
    public struct GoldArticle: Codable, Sendable, Equatable {
        public var path: String
        public var newsId: String?
        public var published: String?
        public var event: String?
        public var eventDate: String?
    }

    /// An instrument that two or more articles report.
    public struct GoldInstrument: Codable, Sendable, Equatable {
        public var id: String
        public var instrument: InstrumentKind
        public var counterparts: [String]
        public var title: String?
        public var articles: [GoldArticle]
    }

    /// One side of a confusable pair: an article and the instrument it reports.
    public struct GoldSide: Codable, Sendable, Equatable {
        public var path: String
        public var instrument: InstrumentKind
        public var counterparts: [String]
        public var title: String?
    }

    /// Two different instruments of the same kind with the same partner.
    public struct GoldConfusable: Codable, Sendable, Equatable {
        public var a: GoldSide
        public var b: GoldSide
        public var note: String?
    }

    public struct Gold: Sendable, Equatable {
        public var instruments: [GoldInstrument] = []
        public var confusables: [GoldConfusable] = []
        public init() {}
    }

    /// Reads gold lines (`"type": "instrument"` or `"confusable"`); bad lines come back as `file:line: reason`.
    public static func read(_ url: URL) throws -> (gold: Gold, problems: [String]) {
        let text = try String(contentsOf: url, encoding: .utf8)
        var gold = Gold()
        var problems: [String] = []
        struct Kind: Decodable { var type: String }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let data = Data(trimmed.utf8)
            do {
                switch try JSONDecoder().decode(Kind.self, from: data).type {
                case "instrument": gold.instruments.append(try JSONDecoder().decode(GoldInstrument.self, from: data))
                case "confusable": gold.confusables.append(try JSONDecoder().decode(GoldConfusable.self, from: data))
                case let other: problems.append("\(url.path):\(n + 1): unknown type \(other)")
                }
            } catch {
                problems.append("\(url.path):\(n + 1): \(error)")
            }
        }
        return (gold, problems)
    }

    /// A record as the matcher needs it.
    public struct RecordKey: Sendable, Equatable {
        public var kind: InstrumentKind
        public var counterparts: [String]
        public init(kind: InstrumentKind, counterparts: [String]) {
            self.kind = kind
            self.counterparts = counterparts
        }
    }

    /// Kinds annotators and articles mix up for one document (บันทึกความเข้าใจ / บันทึกความร่วมมือ / บันทึกข้อตกลง).
    static func compatible(_ a: InstrumentKind, _ b: InstrumentKind) -> Bool {
        let memoranda: Set<InstrumentKind> = [.mou, .moc, .moa, .loi]
        return a == b || memoranda.contains(a) && memoranda.contains(b)
    }

    /// True when a record can be the gold instrument: a compatible kind and the same partners (a shared
    /// counterpart, or both domestic).
    static func matches(_ r: RecordKey, kind: InstrumentKind, counterparts: [String]) -> Bool {
        guard compatible(r.kind, kind) else { return false }
        if counterparts.isEmpty { return r.counterparts.isEmpty }
        return !Set(r.counterparts).isDisjoint(with: counterparts)
    }

    public struct Report: Codable, Sendable, Equatable {
        public var instruments = 0
        public var pairs = 0
        /// Pairs of articles about one instrument that share a record.
        public var joinedPairs = 0
        /// Articles whose instrument has no matching record at all (the extractor missed it).
        public var articlesWithoutRecord: [String] = []
        /// Pairs where both articles have a matching record: what linking alone can join.
        public var pairsWithRecords = 0
        public var confusablePairs = 0
        /// Confusable pairs kept in different records.
        public var separatedPairs = 0
        /// `id: path A + path B` for every pair of the same instrument left apart.
        public var splitPairs: [String] = []
        /// `path A + path B` for every confusable pair put in one record.
        public var mergedConfusables: [String] = []

        public var pairwiseRecall: Double { pairs == 0 ? 0 : Double(joinedPairs) / Double(pairs) }
        public var separation: Double { confusablePairs == 0 ? 0 : Double(separatedPairs) / Double(confusablePairs) }

        /// The report as people read it.
        public func render() -> String {
            var s = String(format: "instruments %d, article pairs %d: joined %d, pairwise recall %.3f\n", instruments, pairs, joinedPairs, pairwiseRecall)
            s += String(format: "confusable pairs %d: kept apart %d, separation %.3f\n", confusablePairs, separatedPairs, separation)
            s += "articles with no matching record (extraction missed the instrument): \(articlesWithoutRecord.count)\n"
            s += String(format: "pairs where both articles have a matching record %d: joined %d (%.3f)\n", pairsWithRecords, joinedPairs,
                        pairsWithRecords == 0 ? 0 : Double(joinedPairs) / Double(pairsWithRecords))
            return s
        }
    }

    /// Scores the registry: `records(path)` gives the records an article contributes to (empty when the
    /// article is not stored or yields none), with their kind and counterparts.
    public static func score(_ gold: Gold, records: (String) async throws -> [(id: Int64, key: RecordKey)]) async rethrows -> Report {
        var report = Report()
        func candidates(_ path: String, _ kind: InstrumentKind, _ counterparts: [String]) async throws -> Set<Int64> {
            Set(try await records(path).filter { matches($0.key, kind: kind, counterparts: counterparts) }.map(\.id))
        }
        for g in gold.instruments where g.articles.count >= 2 {
            report.instruments += 1
            var sets: [Set<Int64>] = []
            for a in g.articles {
                let c = try await candidates(a.path, g.instrument, g.counterparts)
                if c.isEmpty { report.articlesWithoutRecord.append("\(g.id): \(a.path)") }
                sets.append(c)
            }
            for i in 0..<sets.count {
                for j in (i + 1)..<sets.count {
                    report.pairs += 1
                    if !sets[i].isEmpty && !sets[j].isEmpty { report.pairsWithRecords += 1 }
                    if !sets[i].isDisjoint(with: sets[j]) { report.joinedPairs += 1 } else { report.splitPairs.append("\(g.id): \(g.articles[i].path) + \(g.articles[j].path)") }
                }
            }
        }
        for p in gold.confusables {
            report.confusablePairs += 1
            let a = try await candidates(p.a.path, p.a.instrument, p.a.counterparts)
            let b = try await candidates(p.b.path, p.b.instrument, p.b.counterparts)
            if a.isDisjoint(with: b) { report.separatedPairs += 1 } else { report.mergedConfusables.append("\(p.a.path) + \(p.b.path)") }
        }
        return report
    }
}
