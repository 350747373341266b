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
    /// Thai words with at least this many characters also index their suffixes.
    public static let suffixMinimumLength = 4
    /// Suffixes shorter than this are not indexed (they match too much to be useful).
    public static let suffixShortest = 2
    /// Longer runs (unsegmented text) are not expanded: their suffixes would grow quadratically.
    public static let suffixLongest = 40

    public init(tokenizer: any WordTokenizing) { self.tokenizer = tokenizer }

    /// The document tokens of `text`, space-joined, with suffixes of long Thai words.
    public func indexTokens(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 2)
        for word in tokenizer.words(text) {
            let w = word.lowercased()
            guard w.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
            append(w, to: &out)
            guard Self.isThai(w) else { continue }
            let chars = Array(w)
            guard chars.count >= Self.suffixMinimumLength, chars.count <= Self.suffixLongest else { continue }
            for start in 1...(chars.count - Self.suffixShortest) where Self.canStartSyllable(chars[start]) {
                append(String(chars[start...]), to: &out)
            }
        }
        return out
    }

    /// An FTS5 MATCH expression for a user query: every word required, each as a prefix; nil when no word remains.
    public func matchExpression(_ query: String) -> String? {
        var terms: [String] = []
        for word in tokenizer.words(query) {
            let w = word.lowercased()
            guard w.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
            // Quote as an FTS5 string (doubling quotes) so operators in user input are plain text.
            terms.append("\"" + w.replacingOccurrences(of: "\"", with: "\"\"") + "\"*")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    private func append(_ w: String, to out: inout String) {
        if !out.isEmpty { out.append(" ") }
        out.append(w)
    }

    static func isThai(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }
    }

    /// True when a Thai character can begin a syllable: a consonant, or a leading vowel (เ แ โ ใ ไ),
    /// not a following vowel, a tone mark or ๆ; a Latin or digit character always can.
    static func canStartSyllable(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        switch first.value {
        case 0x0E01...0x0E2E: return true // consonants ก..ฮ
        case 0x0E40...0x0E44: return true // leading vowels
        case 0x0E00...0x0E7F: return false
        default: return true
        }
    }
}
