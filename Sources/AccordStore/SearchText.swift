import Foundation

/// Turns text into the space-joined tokens stored in the FTS5 index, and queries into FTS5 syntax.
///
/// Thai has no spaces between words, so the FTS5 `unicode61` tokenizer alone would see whole
/// phrases as one token. Text is segmented into words first and the words joined by spaces.
/// Compounds are the remaining problem: a dictionary segmenter keeps ความมั่นคงปลอดภัยไซเบอร์
/// whole when its dictionary has it, and then a query for ไซเบอร์ would miss it. So every Thai
/// word of four or more characters also contributes its suffixes that start at a character
/// boundary, and every query word becomes a prefix query: a query word then matches any Thai
/// word that contains it at a character boundary (ไซเบอร์ ⊂ ...ปลอดภัยไซเบอร์ via the suffix
/// ไซเบอร์...). This is independent of the dictionary's contents and costs index size only for
/// long Thai words; BM25 still ranks by the (sub)word frequencies.
public struct SearchText: Sendable {
    public let tokenizer: any WordTokenizing
    /// Thai words with at least this many Unicode scalars also index their suffixes.
    public static let suffixMinimumLength = 4
    /// Suffixes shorter than this many scalars are not indexed (they match too much to be useful).
    public static let suffixShortest = 2
    /// Longer runs (unsegmented text) are not expanded: their suffixes would grow quadratically.
    public static let suffixLongest = 60

    public init(tokenizer: any WordTokenizing) { self.tokenizer = tokenizer }

    /// The document tokens of `text`, space-joined, with suffixes of long Thai words.
    ///
    /// Built as UTF-8 bytes: appending to a `String.UnicodeScalarView` piece by piece copied the whole
    /// string again and again (61 % of the time of ingesting the v2 corpus, quadratic in the article).
    public func indexTokens(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        var scalars: [Unicode.Scalar] = []
        func put(_ s: Unicode.Scalar) {
            let v = s.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        for word in tokenizer.words(text) {
            scalars.removeAll(keepingCapacity: true)
            var thai = false, wordy = false
            for s in word.unicodeScalars {
                if (0x0E01...0x0E5B).contains(s.value) { thai = true; wordy = true } else if !wordy, s.properties.isAlphabetic || s.properties.numericType != nil { wordy = true }
                scalars.append(s)
            }
            guard wordy else { continue }
            if !out.isEmpty { out.append(0x20) }
            if thai {
                for s in scalars { put(s) }
            } else {
                out.append(contentsOf: word.lowercased().utf8)
                continue
            }
            // Suffixes start where a syllable can start: a consonant or a leading vowel scalar,
            // which always begins a new character (marks attach to the previous one).
            let n = scalars.count
            guard n >= Self.suffixMinimumLength, n <= Self.suffixLongest else { continue }
            for start in 1...(n - Self.suffixShortest) where Self.canStartSyllable(scalars[start]) {
                out.append(0x20)
                for s in scalars[start...] { put(s) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The most words a query keeps: every word is a prefix query, and 250 of them once held a
    /// reader for over a minute (issue 13).
    public static let maxQueryWords = 10

    /// A query's searchable words: lowercased, with a letter or digit, at least two characters (a
    /// one-letter prefix matches nearly every document), each once, at most `maxQueryWords`.
    public func queryWords(_ query: String) -> [String] {
        var out: [String] = []
        for word in tokenizer.words(query) {
            let w = word.lowercased()
            guard w.unicodeScalars.count >= 2, w.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
                  !out.contains(w) else { continue }
            out.append(w)
            if out.count == Self.maxQueryWords { break }
        }
        return out
    }

    /// An FTS5 MATCH expression for a user query: every word required, each as a prefix; nil when no word remains.
    public func matchExpression(_ query: String) -> String? {
        // Quote as an FTS5 string (doubling quotes) so operators in user input are plain text.
        let terms = queryWords(query).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// True when a Thai character can begin a syllable: a consonant, or a leading vowel (เ แ โ ใ ไ),
    /// not a following vowel, a tone mark or ๆ; a Latin or digit character always can.
    static func canStartSyllable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E01...0x0E2E: return true // consonants ก..ฮ
        case 0x0E40...0x0E44: return true // leading vowels
        case 0x0E00...0x0E7F: return false
        default: return true
        }
    }
}
