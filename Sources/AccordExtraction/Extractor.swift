import Foundation
import ThaiText
import AccordCore

/// An instrument the rules found, with the reason they would drop it (nil: they keep it).
public struct Candidate: Sendable, Equatable {
    public var agreement: Agreement
    /// Set only in a permissive reading: background, long past, a wish, a generic word without a title...
    public var veto: String?

    public init(agreement: Agreement, veto: String? = nil) {
        self.agreement = agreement
        self.veto = veto
    }
}

/// Finds the cooperation instruments an article reports events about.
///
/// The rules find candidate instruments and read their fields with evidence. Without a decision model
/// the extractor keeps what the rules keep. With one, the rules also keep what they would drop (marked
/// with the reason), and the model decides for every candidate from features that generalise.
public struct Extractor: Sendable {
    /// The keep-or-drop model; nil keeps what the rules keep.
    public let model: DecisionModel?

    /// An extractor with the bundled decision model.
    public init() { self.model = DecisionModel.bundled }

    /// An extractor with the given model, or none (the rules alone).
    public init(model: DecisionModel?) { self.model = model }

    /// The extraction for one article (never throws; an article with no instrument gives no agreements).
    public func extract(_ article: Article) -> Extraction {
        let source = Source(newsId: article.newsId, url: article.url, title: article.title,
                            published: article.published, language: article.language)
        let found = candidates(article, permissive: model != nil)
        var agreements = found.map(\.agreement)
        if let model, !found.isEmpty, found.contains(where: { $0.veto != nil }) || model.events != nil {
            let features = CandidateFeatures(article: article)
            agreements = found.compactMap { c in
                let f = features.features(of: c, count: found.count)
                // Only what the rules would drop is the model's to decide; the rest is kept as the rules keep it.
                guard c.veto == nil || model.probability(f) >= model.threshold else { return nil }
                var a = c.agreement
                a.event = model.event(f, rules: a.event)
                return a
            }
        }
        return Extraction(source: source, isAgreementNews: !agreements.isEmpty, agreements: agreements)
    }

    /// Every instrument the rules find; a permissive reading adds those they would drop, with the reason.
    public func candidates(_ article: Article, permissive: Bool) -> [Candidate] {
        ExtractionRun.mayMentionInstrument(article.text) ? ExtractionRun(article: article, permissive: permissive).run() : []
    }
}
