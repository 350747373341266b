import Foundation
import ThaiText
import AccordCore

/// Finds the cooperation instruments an article reports events about.
public struct Extractor: Sendable {
    public init() {}

    /// The extraction for one article (never throws; an article with no instrument gives no agreements).
    public func extract(_ article: Article) -> Extraction {
        let source = Source(newsId: article.newsId, url: article.url, title: article.title,
                            published: article.published, language: article.language)
        let agreements = ExtractionRun.mayMentionInstrument(article.text) ? ExtractionRun(article: article).run() : []
        return Extraction(source: source, isAgreementNews: !agreements.isEmpty, agreements: agreements)
    }
}
