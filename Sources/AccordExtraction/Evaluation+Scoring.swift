import Foundation
import ThaiText
import AccordCore

/// One article to score: its gold annotation and what the extractor reported.
public struct EvaluationCase: Sendable {
    public var gold: GoldRecord
    public var predicted: Extraction

    public init(gold: GoldRecord, predicted: Extraction) {
        self.gold = gold
        self.predicted = predicted
    }
}

extension Evaluation {
    /// The fields scored on matched agreements, in report order.
    public static let fieldNames = [
        "instrument", "event", "eventDate", "international", "counterparts", "thaiSignatory", "durationYears", "scopeCount",
    ]

    /// Scores predictions against gold (see `Evaluation` for the matching rule).
    ///
    /// Per field, a matched agreement scores 1 when the prediction equals the gold value (counterparts
    /// score their set F1 instead) and a missed gold agreement scores 0, so `accuracy` is over all gold
    /// agreements and `accuracyOnMatched` over matched ones only.
    public static func score(_ cases: [EvaluationCase]) -> EvaluationReport {
        var news = BinaryScores()
        var goldTotal = 0, predictedTotal = 0, matchedTotal = 0
        var sums = [String: Double]()
        var disagreements: [Disagreement] = []

        for c in cases {
            let path = c.gold.path
            let predictedNews = c.predicted.isAgreementNews
            news.add(gold: c.gold.isAgreementNews, predicted: predictedNews)
            if c.gold.isAgreementNews != predictedNews {
                disagreements.append(Disagreement(path: path, field: "isAgreementNews",
                                                  gold: String(c.gold.isAgreementNews), predicted: String(predictedNews)))
            }
            // A gold negative has no agreements even if the annotator left some in by mistake.
            let gold = c.gold.isAgreementNews ? c.gold.agreements : []
            let predicted = c.predicted.agreements
            goldTotal += gold.count
            predictedTotal += predicted.count

            let pairs = match(gold: gold, predicted: predicted)
            matchedTotal += pairs.count
            var matchedGold = Set<Int>(), matchedPredicted = Set<Int>()
            for (g, p) in pairs {
                matchedGold.insert(g)
                matchedPredicted.insert(p)
                for field in fieldNames {
                    let (value, goldText, predictedText) = compare(field: field, gold: gold[g], predicted: predicted[p])
                    sums[field, default: 0] += value
                    if value < 1 {
                        disagreements.append(Disagreement(path: path, field: "agreements[\(g)].\(field)",
                                                          gold: goldText, predicted: predictedText))
                    }
                }
            }
            for g in gold.indices where !matchedGold.contains(g) {
                disagreements.append(Disagreement(path: path, field: "agreements[\(g)]", gold: describe(gold[g]), predicted: "missed"))
            }
            for p in predicted.indices where !matchedPredicted.contains(p) {
                disagreements.append(Disagreement(path: path, field: "extra agreement", gold: "none", predicted: describe(predicted[p])))
            }
        }

        let fields = fieldNames.map { name -> FieldScore in
            let correct = sums[name, default: 0]
            return FieldScore(field: name, correct: correct, total: goldTotal,
                              accuracy: ratio(correct, Double(goldTotal)),
                              matched: matchedTotal, accuracyOnMatched: ratio(correct, Double(matchedTotal)))
        }
        let agreements = AgreementScores(gold: goldTotal, predicted: predictedTotal, matched: matchedTotal)
        return EvaluationReport(articles: cases.count, isAgreementNews: news, agreements: agreements,
                                fields: fields, groups: breakdown(cases), disagreements: disagreements)
    }

    /// Pairs gold with predicted agreements of one article: indices (gold, predicted), best key first.
    public static func match(gold: [GoldAgreement], predicted: [Agreement]) -> [(Int, Int)] {
        struct Candidate { var g: Int; var p: Int; var overlap: Double; var instrument: Bool; var event: Bool; var date: Bool }
        var candidates: [Candidate] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() {
                candidates.append(Candidate(
                    g: gi, p: pi,
                    overlap: jaccard(normalizedCodes(g.counterparts), normalizedCodes(p.counterparts)),
                    instrument: g.instrument == p.instrument, event: g.event == p.event,
                    date: g.eventDate == effectiveDate(p)))
            }
        }
        candidates.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.instrument != b.instrument { return a.instrument }
            if a.event != b.event { return a.event }
            if a.date != b.date { return a.date }
            if a.g != b.g { return a.g < b.g }
            return a.p < b.p
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedGold.contains(c.g) && !usedPredicted.contains(c.p) {
            usedGold.insert(c.g)
            usedPredicted.insert(c.p)
            pairs.append((c.g, c.p))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    /// Score in 0...1 of one field of a matched pair, with both values as text for the report.
    static func compare(field: String, gold g: GoldAgreement, predicted p: Agreement) -> (Double, String, String) {
        func binary(_ ok: Bool, _ gold: String, _ predicted: String) -> (Double, String, String) { (ok ? 1 : 0, gold, predicted) }
        switch field {
        case "instrument":
            return binary(g.instrument == p.instrument, g.instrument.rawValue, p.instrument.rawValue)
        case "event":
            return binary(g.event == p.event, g.event.rawValue, p.event.rawValue)
        case "eventDate":
            let pd = effectiveDate(p)
            let shown = p.eventDateIsPublished ? "null (fell back to published \(p.eventDate?.iso ?? "null"))" : text(pd)
            return binary(g.eventDate == pd, text(g.eventDate), shown)
        case "international":
            let gi = g.international ?? !g.counterparts.isEmpty
            return binary(gi == p.international, String(gi), String(p.international))
        case "counterparts":
            let gs = normalizedCodes(g.counterparts), ps = normalizedCodes(p.counterparts)
            return (setF1(gs, ps), text(gs), text(ps))
        case "thaiSignatory":
            let names = thaiSignatories(p)
            let shown = names.isEmpty ? "null" : names.joined(separator: " | ")
            if let gold = g.thaiSignatory.map(normalizedName), !gold.isEmpty {
                return binary(names.contains(gold), gold, shown)
            }
            return binary(names.isEmpty, "null", shown)
        case "durationYears":
            let ok: Bool
            switch (g.durationYears, p.durationYears) {
            case (nil, nil): ok = true
            case (let a?, let b?): ok = abs(a - b) < 1e-6
            default: ok = false
            }
            return binary(ok, text(g.durationYears), text(p.durationYears))
        case "scopeCount":
            let gold = g.scopeCount ?? 0
            return binary(gold == p.scope.count, g.scopeCount.map(String.init) ?? "null", String(p.scope.count))
        default:
            return (0, "", "")
        }
    }

    /// The predicted date that counts: a fallback to the publication date means "no date stated".
    static func effectiveDate(_ a: Agreement) -> CalendarDate? { a.eventDateIsPublished ? nil : a.eventDate }

    /// Names of the Thai signers: role signatory, country TH or unknown; whitespace-normalised.
    static func thaiSignatories(_ a: Agreement) -> [String] {
        a.signatories
            .filter { $0.role == .signatory && ($0.country == nil || $0.country?.uppercased() == "TH") }
            .map { normalizedName($0.name) }
            .filter { !$0.isEmpty }
    }

    /// Collapses whitespace runs (including NBSP) to one space, drops zero-width characters, trims.
    static func normalizedName(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.value == 0x200B || u.value == 0x200C || u.value == 0x200D || u.value == 0xFEFF { continue }
            if u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
        }
        return String(out)
    }

    static func normalizedCodes(_ codes: [String]) -> Set<String> {
        Set(codes.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty })
    }

    /// Jaccard overlap; two empty sets overlap fully.
    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    /// Set F1; two empty sets agree fully, one empty set against a non-empty one scores 0.
    static func setF1(_ gold: Set<String>, _ predicted: Set<String>) -> Double {
        if gold.isEmpty && predicted.isEmpty { return 1 }
        let common = Double(gold.intersection(predicted).count)
        if common == 0 { return 0 }
        let p = common / Double(predicted.count), r = common / Double(gold.count)
        return 2 * p * r / (p + r)
    }

    /// n / d, or 0 when d is 0.
    static func ratio(_ n: Double, _ d: Double) -> Double { d == 0 ? 0 : n / d }

    static func text(_ d: CalendarDate?) -> String { d?.iso ?? "null" }
    static func text(_ v: Double?) -> String {
        guard let v else { return "null" }
        return v == v.rounded() ? String(Int(v)) : String(v)
    }
    static func text(_ s: Set<String>) -> String { "[" + s.sorted().joined(separator: ", ") + "]" }

    static func describe(_ g: GoldAgreement) -> String {
        "\(g.instrument.rawValue) \(g.event.rawValue) \(text(g.eventDate)) \(text(normalizedCodes(g.counterparts)))"
    }

    static func describe(_ a: Agreement) -> String {
        "\(a.instrument.rawValue) \(a.event.rawValue) \(text(effectiveDate(a))) \(text(normalizedCodes(a.counterparts)))"
    }
}
