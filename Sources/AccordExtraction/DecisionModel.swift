import Foundation
import ThaiText
import AccordCore

/// A logistic model over named features that decides whether a candidate instrument the rules found is
/// one the article reports (an event of a specific instrument) rather than a passing mention.
///
/// The rules find candidates and read their fields with evidence; this model makes the keep-or-drop
/// decision from features that generalise across articles (kind, event, how the fields were read, the
/// words around the instrument and its event verb). It is trained on the gold annotations by
/// `accord train`, which writes `Resources/decision-model.json`; nothing else edits that file.
public struct DecisionModel: Codable, Sendable, Equatable {
    /// Format version of the file.
    public var version: Int
    /// Candidates whose probability is below this are dropped.
    public var threshold: Double
    /// L2 penalty and epochs used to train it (for reproduction).
    public var l2: Double
    public var epochs: Int
    /// The gold files it was trained on, relative to the package root.
    public var trainedOn: [String]
    /// Feature weights; `bias` is the intercept. Features not listed weigh 0.
    public var weights: [String: Double]
    /// One-vs-rest weights per event code that re-read the event of a kept candidate; nil leaves the
    /// rules' event. Trained on the candidates the scorer pairs with a gold agreement.
    public var events: [String: [String: Double]]?
    /// Another event replaces the rules' only when it is this much more probable (ties keep the rules').
    public var eventMargin: Double?

    public init(version: Int = 1, threshold: Double, l2: Double, epochs: Int, trainedOn: [String], weights: [String: Double],
                events: [String: [String: Double]]? = nil, eventMargin: Double? = nil) {
        self.version = version
        self.threshold = threshold
        self.l2 = l2
        self.epochs = epochs
        self.trainedOn = trainedOn
        self.weights = weights
        self.events = events
        self.eventMargin = eventMargin
    }

    /// The model shipped with the package, or nil when the resource is missing or unreadable.
    public static let bundled: DecisionModel? = {
        guard let url = Bundle.module.url(forResource: "decision-model", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(DecisionModel.self, from: data)
    }()

    /// The probability that a candidate with these features is reported news.
    public func probability(_ features: [String]) -> Double {
        var z = weights["bias"] ?? 0
        for f in features { z += weights[f] ?? 0 }
        return 1 / (1 + exp(-z))
    }

    /// The event a kept candidate with these features reports: the most probable one by the event
    /// weights when it beats the rules' event by the margin, else the rules' event. Only events the
    /// model was trained on are re-read, and only into one another.
    public func event(_ features: [String], rules: EventKind) -> EventKind {
        guard let events, let margin = eventMargin else { return rules }
        func p(_ w: [String: Double]) -> Double {
            var z = w["bias"] ?? 0
            for f in features { z += w[f] ?? 0 }
            return 1 / (1 + exp(-z))
        }
        let scored = events.sorted { $0.key < $1.key }.map { (code: $0.key, p: p($0.value)) }
        guard let best = scored.max(by: { $0.p < $1.p }), best.code != rules.rawValue,
              let kind = EventKind(rawValue: best.code) else { return rules }
        // An event the model was not trained on (too rare in the gold: renewal, exchange...) rests on a
        // specific cue the rules read; the model has no say on it.
        guard let current = scored.first(where: { $0.code == rules.rawValue })?.p else { return rules }
        return best.p >= current + margin ? kind : rules
    }

    /// The model as pretty, key-sorted JSON (byte-identical for identical training).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// The features of the candidate instruments of one article (see `DecisionModel`).
public struct CandidateFeatures {
    /// Words around an instrument mention and its event verb, as the segmenter cuts them.
    private static let window = 60
    let article: Article
    let scalars: [Unicode.Scalar]
    let headlineWords: [String]

    public init(article: Article) {
        self.article = article
        self.scalars = Array(article.text.unicodeScalars)
        self.headlineWords = Array(Set(Self.tokens(article.title))).sorted()
    }

    /// Named features of a candidate, one of `count` the rules found in the article.
    public func features(of c: Candidate, count: Int) -> [String] {
        let a = c.agreement
        var f: [String] = []
        let kind = a.instrument.rawValue, event = a.event.rawValue
        f += ["kind=\(kind)", "event=\(event)", "kind*event=\(kind)*\(event)"]
        f.append("veto=\(c.veto ?? "none")")
        if let v = c.veto { f.append("veto*event=\(v)*\(event)") }
        f.append("candidates=\(min(count, 4))")
        f.append(a.titleTh != nil ? "titleTh" : "noTitleTh")
        if a.titleEn != nil { f.append("titleEn") }
        let titleLength = (a.titleTh ?? a.titleEn ?? "").count
        f.append("titleLength=\(titleLength == 0 ? 0 : titleLength < 40 ? 1 : titleLength < 120 ? 2 : 3)")
        f.append("counterparts=\(min(a.counterparts.count, 2))")
        f.append("parties=\(min(a.parties.count, 3))")
        f.append(a.international ? "international" : "domestic")
        let signers = a.signatories.filter { $0.role == .signatory }.count
        f.append("signers=\(min(signers, 2))")
        f.append("scope=\(a.scope.isEmpty ? 0 : a.scope.count < 4 ? 1 : 2)")
        if a.durationYears != nil { f.append("term") }
        if a.place != nil { f.append("place") }
        if a.eventDateIsPublished || a.eventDate == nil {
            f.append("date=none")
        } else if let d = a.eventDate, let p = article.published {
            let days = p.daysSinceEpoch - d.daysSinceEpoch
            f.append("date=" + (days < -1 ? "future" : days <= 1 ? "day" : days <= 14 ? "week" : days <= 90 ? "months" : "old"))
        }
        f.append("lang=\(article.language.rawValue)")
        words(a, "instrument", "m", into: &f)
        words(a, "event", "e", into: &f)
        for w in headlineWords { f.append("h:\(w)") }
        return f
    }

    private func words(_ a: Agreement, _ field: String, _ tag: String, into f: inout [String]) {
        guard let e = a.evidence.first(where: { $0.field == field }) else { f.append("\(tag):none"); return }
        let lo = max(0, min(e.start, scalars.count)), hi = max(lo, min(e.end, scalars.count))
        let before = String(String.UnicodeScalarView(scalars[max(0, lo - Self.window)..<lo]))
        let after = String(String.UnicodeScalarView(scalars[hi..<min(scalars.count, hi + Self.window)]))
        let beforeWords = Self.tokens(before), afterWords = Self.tokens(after)
        for w in Set(beforeWords).sorted() { f.append("\(tag)-:\(w)") }
        for w in Set(afterWords).sorted() { f.append("\(tag)+:\(w)") }
        // The words right next to the mention carry its aspect (เตรียม/จะ/ได้ ลงนาม, "to sign"), which a
        // bag of the window's words dilutes.
        for (i, w) in beforeWords.suffix(2).reversed().enumerated() { f.append("\(tag)-\(i + 1):\(w)") }
        if let w = afterWords.first { f.append("\(tag)+1:\(w)") }
        if lo < article.bodyRange.lowerBound { f.append("\(tag):headline") }
    }

    /// Thai and Latin words of at least two letters, lower-cased; numbers and punctuation dropped.
    static func tokens(_ text: String) -> [String] {
        WordSegmenter.thai.words(text).compactMap { t -> String? in
            let w = t.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard w.unicodeScalars.count >= 2, w.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) }) else { return nil }
            return w
        }
    }
}
