import Foundation
import ThaiText
import AccordCore

/// One news article as read from the corpus format or pasted text.
public struct Article: Sendable, Equatable {
    /// The article text: BOM removed, CRLF/CR turned into LF; evidence offsets index its Unicode scalars.
    public var text: String
    /// The headline without the site prefix `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-`.
    public var title: String
    /// The date line, Gregorian.
    public var published: CalendarDate?
    /// The trailing number of the `ที่มา` URL.
    public var newsId: String?
    /// The `ที่มา` URL.
    public var url: String?
    /// Scalar offsets into `text` of the body: after the date line, before the `ที่มา` line.
    public var bodyRange: Range<Int>
    /// The article's language (`th` when Thai letters dominate).
    public var language: Language

    public init(text: String, title: String, published: CalendarDate?, newsId: String?, url: String?, bodyRange: Range<Int>, language: Language) {
        self.text = text
        self.title = title
        self.published = published
        self.newsId = newsId
        self.url = url
        self.bodyRange = bodyRange
        self.language = language
    }
}

/// Why a file could not be read as an article; each case names the file.
public enum ArticleReadError: Error, Equatable, CustomStringConvertible, Sendable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case notUTF8(path: String)

    /// The file concerned.
    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p), .notUTF8(let p): p
        }
    }

    /// `<path>: <reason>` on one line.
    public var description: String {
        switch self {
        case .missing(let p): "\(p): no such file"
        case .unreadable(let p, let r): "\(p): unreadable: \(r)"
        case .empty(let p): "\(p): empty file (no article text)"
        case .binary(let p): "\(p): binary file, not an article (contains NUL bytes)"
        case .notUTF8(let p): "\(p): not UTF-8 text"
        }
    }
}
