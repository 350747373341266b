import Foundation

/// Confusion counts of a yes/no decision with precision, recall and F1.
///
/// A ratio whose denominator is 0 is 0, except that with no positives at all on either side
/// (nothing to find, nothing found) precision, recall and F1 are 1.
public struct BinaryScores: Codable, Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    mutating func add(gold: Bool, predicted: Bool) {
        switch (gold, predicted) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    var nothingPositive: Bool { truePositives + falsePositives + falseNegatives == 0 }
    public var precision: Double { nothingPositive ? 1 : Evaluation.ratio(Double(truePositives), Double(truePositives + falsePositives)) }
    public var recall: Double { nothingPositive ? 1 : Evaluation.ratio(Double(truePositives), Double(truePositives + falseNegatives)) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var accuracy: Double {
        let all = truePositives + falsePositives + falseNegatives + trueNegatives
        return Evaluation.ratio(Double(truePositives + trueNegatives), Double(all))
    }

    enum CodingKeys: String, CodingKey { case truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1, accuracy }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        falsePositives = try c.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try c.decode(Int.self, forKey: .falseNegatives)
        trueNegatives = try c.decode(Int.self, forKey: .trueNegatives)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(falseNegatives, forKey: .falseNegatives)
        try c.encode(trueNegatives, forKey: .trueNegatives)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
        try c.encode(accuracy, forKey: .accuracy)
    }
}

/// Agreement-level counts: gold agreements found (recall) and predictions that match one (precision).
public struct AgreementScores: Codable, Sendable, Equatable {
    public var gold: Int
    public var predicted: Int
    public var matched: Int

    public init(gold: Int, predicted: Int, matched: Int) {
        self.gold = gold
        self.predicted = predicted
        self.matched = matched
    }

    var counts: BinaryScores { BinaryScores(truePositives: matched, falsePositives: predicted - matched, falseNegatives: gold - matched) }
    public var precision: Double { counts.precision }
    public var recall: Double { counts.recall }
    public var f1: Double { counts.f1 }

    enum CodingKeys: String, CodingKey { case gold, predicted, matched, precision, recall, f1 }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        gold = try c.decode(Int.self, forKey: .gold)
        predicted = try c.decode(Int.self, forKey: .predicted)
        matched = try c.decode(Int.self, forKey: .matched)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gold, forKey: .gold)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(matched, forKey: .matched)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
    }
}

/// One field's score over the gold agreements.
public struct FieldScore: Codable, Sendable, Equatable {
    public var field: String
    /// Sum of per-agreement scores (counterparts add their set F1, other fields 0 or 1).
    public var correct: Double
    /// Gold agreements, missed ones included.
    public var total: Int
    /// `correct / total`.
    public var accuracy: Double
    /// Gold agreements that were matched to a prediction.
    public var matched: Int
    /// `correct / matched`: how good the fields are when the agreement was found.
    public var accuracyOnMatched: Double

    public init(field: String, correct: Double, total: Int, accuracy: Double, matched: Int, accuracyOnMatched: Double) {
        self.field = field
        self.correct = correct
        self.total = total
        self.accuracy = accuracy
        self.matched = matched
        self.accuracyOnMatched = accuracyOnMatched
    }
}

/// One place where the prediction differs from gold, for developers.
public struct Disagreement: Codable, Sendable, Equatable {
    public var path: String
    /// `isAgreementNews`, `agreements[i].<field>`, `agreements[i]` (missed) or `extra agreement`.
    public var field: String
    public var gold: String
    public var predicted: String

    public init(path: String, field: String, gold: String, predicted: String) {
        self.path = path
        self.field = field
        self.gold = gold
        self.predicted = predicted
    }
}

/// The result of `Evaluation.score`.
public struct EvaluationReport: Codable, Sendable, Equatable {
    public var articles: Int
    public var isAgreementNews: BinaryScores
    public var agreements: AgreementScores
    public var fields: [FieldScore]
    /// Per era, gold instrument kind and gold event (see `Evaluation.breakdown`).
    public var groups: [GroupScore]
    public var disagreements: [Disagreement]

    public init(articles: Int, isAgreementNews: BinaryScores, agreements: AgreementScores, fields: [FieldScore],
                groups: [GroupScore] = [], disagreements: [Disagreement]) {
        self.articles = articles
        self.isAgreementNews = isAgreementNews
        self.agreements = agreements
        self.fields = fields
        self.groups = groups
        self.disagreements = disagreements
    }

    /// The score of one field, by name.
    public func field(_ name: String) -> FieldScore? { fields.first { $0.field == name } }

    /// A readable summary: detection scores and the per-field table.
    public func renderTable() -> String {
        func f(_ v: Double) -> String { String(format: "%.3f", v) }
        func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
            let gap = String(repeating: " ", count: max(0, n - s.count))
            return right ? gap + s : s + gap
        }
        let n = isAgreementNews
        var lines: [String] = []
        lines.append("Articles scored: \(articles)")
        lines.append("isAgreementNews  P \(f(n.precision))  R \(f(n.recall))  F1 \(f(n.f1))  accuracy \(f(n.accuracy))"
            + "  (TP \(n.truePositives), FP \(n.falsePositives), FN \(n.falseNegatives), TN \(n.trueNegatives))")
        let a = agreements
        lines.append("agreements       P \(f(a.precision))  R \(f(a.recall))  F1 \(f(a.f1))"
            + "  (gold \(a.gold), predicted \(a.predicted), matched \(a.matched))")
        lines.append("")
        lines.append(pad("field", 15) + pad("correct", 9, right: true) + pad("total", 7, right: true)
            + pad("accuracy", 10, right: true) + pad("on matched", 12, right: true))
        for s in fields {
            let correct = s.correct == s.correct.rounded() ? String(Int(s.correct)) : String(format: "%.1f", s.correct)
            lines.append(pad(s.field, 15) + pad(correct, 9, right: true) + pad(String(s.total), 7, right: true)
                + pad(f(s.accuracy), 10, right: true) + pad(f(s.accuracyOnMatched), 12, right: true))
        }
        if !groups.isEmpty {
            lines.append("")
            lines.append(pad("slice", 28) + pad("articles", 9, right: true) + pad("news F1", 9, right: true)
                + pad("gold", 6, right: true) + pad("recall", 8, right: true) + pad("pred", 6, right: true)
                + pad("precision", 10, right: true) + pad("event ok", 10, right: true))
            for g in groups {
                lines.append(pad("\(g.dimension)=\(g.value)", 28) + pad(g.articles == 0 ? "" : String(g.articles), 9, right: true)
                    + pad(g.isAgreementNews.map { f($0.f1) } ?? "", 9, right: true)
                    + pad(String(g.gold), 6, right: true) + pad(g.gold == 0 ? "-" : f(g.recall), 8, right: true)
                    + pad(String(g.predicted), 6, right: true) + pad(g.predicted == 0 ? "-" : f(g.precision), 10, right: true)
                    + pad(g.matchedGold == 0 ? "-" : f(Double(g.eventCorrect) / Double(g.matchedGold)), 10, right: true))
            }
            lines.append("(a slice's gold agreements are counted by their gold value, its predictions by their own;")
            lines.append(" \"event ok\" is the share of the slice's matched gold agreements whose event is right)")
        }
        lines.append("")
        lines.append("Per-field accuracy counts a missed gold agreement as wrong; counterparts score their set F1;")
        lines.append("\"on matched\" is over the \(a.matched) gold agreements paired with a prediction.")
        return lines.joined(separator: "\n")
    }

    /// One line per disagreement: `path  field  gold=…  predicted=…`.
    public func renderDisagreements() -> String {
        disagreements.map { "\($0.path)\t\($0.field)\tgold=\($0.gold)\tpredicted=\($0.predicted)" }.joined(separator: "\n")
    }
}
