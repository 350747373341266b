import Foundation
import AccordCore

/// Agreement counts of one slice of the gold (an era, an instrument kind, an event).
public struct GroupScore: Codable, Sendable, Equatable {
    /// `era`, `instrument` or `event`.
    public var dimension: String
    public var value: String
    /// Articles in the slice (era only; 0 for instrument and event slices).
    public var articles: Int
    /// isAgreementNews over the slice's articles (era only).
    public var isAgreementNews: BinaryScores?
    /// Gold agreements of the slice and how many of them were matched.
    public var gold: Int
    public var matchedGold: Int
    /// Predicted agreements of the slice and how many of them matched a gold one.
    public var predicted: Int
    public var matchedPredicted: Int
    /// Matched gold agreements whose predicted event equals the gold event.
    public var eventCorrect: Int

    public var recall: Double { gold == 0 ? 0 : Double(matchedGold) / Double(gold) }
    public var precision: Double { predicted == 0 ? 0 : Double(matchedPredicted) / Double(predicted) }
}

extension Evaluation {
    /// The era of an article: the dev corpus's years or the v2 corpus's (by its publication date).
    public static func era(of record: GoldRecord) -> String {
        guard let p = record.published else { return "unknown" }
        return p.year < 2020 ? "2016-2019" : "2020-2023"
    }

    /// Scores per era (articles and agreements), per gold instrument kind and per gold event: how many
    /// gold agreements of each slice were found, and how many predictions of each slice match one.
    ///
    /// A predicted agreement falls in the slice of its own kind or event; a gold one in the slice of its
    /// gold value, so recall says what is missed by kind and precision what is invented by kind.
    public static func breakdown(_ cases: [EvaluationCase]) -> [GroupScore] {
        struct Tally { var articles = 0; var news = BinaryScores(); var gold = 0; var predicted = 0; var matchedGold = 0; var matchedPredicted = 0; var eventCorrect = 0 }
        var tallies: [String: [String: Tally]] = [:]
        func bump(_ d: String, _ v: String, _ f: (inout Tally) -> Void) { f(&tallies[d, default: [:]][v, default: Tally()]) }
        for c in cases {
            let era = era(of: c.gold)
            bump("era", era) { $0.articles += 1; $0.news.add(gold: c.gold.isAgreementNews, predicted: c.predicted.isAgreementNews) }
            let gold = c.gold.isAgreementNews ? c.gold.agreements : []
            let predicted = c.predicted.agreements
            let pairs = match(gold: gold, predicted: predicted)
            let goldMatched = Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1) })
            let predictedMatched = Set(pairs.map(\.1))
            for (i, g) in gold.enumerated() {
                let found = goldMatched[i]
                let eventOK = found.map { predicted[$0].event == g.event } ?? false
                for (d, v) in [("era", era), ("instrument", g.instrument.rawValue), ("event", g.event.rawValue)] {
                    bump(d, v) { $0.gold += 1; if found != nil { $0.matchedGold += 1 }; if eventOK { $0.eventCorrect += 1 } }
                }
            }
            for (i, p) in predicted.enumerated() {
                let hit = predictedMatched.contains(i)
                for (d, v) in [("era", era), ("instrument", p.instrument.rawValue), ("event", p.event.rawValue)] {
                    bump(d, v) { $0.predicted += 1; if hit { $0.matchedPredicted += 1 } }
                }
            }
        }
        var out: [GroupScore] = []
        for d in ["era", "instrument", "event"] {
            for (v, t) in (tallies[d] ?? [:]).sorted(by: { $0.key < $1.key }) {
                out.append(GroupScore(dimension: d, value: v, articles: t.articles, isAgreementNews: d == "era" ? t.news : nil,
                                      gold: t.gold, matchedGold: t.matchedGold, predicted: t.predicted,
                                      matchedPredicted: t.matchedPredicted, eventCorrect: t.eventCorrect))
            }
        }
        return out
    }
}

