import ThaiText

/// Words for search and linking: letter/digit runs split at spaces, punctuation and script
/// changes; Thai runs further split by a word segmenter when one is given.
public struct ThaiAwareTokenizer: WordTokenizing {
    /// Splits a Thai run (no spaces) into words; nil keeps each run whole.
    public let segment: (@Sendable (String) -> [Substring])?

    public init(segment: (@Sendable (String) -> [Substring])?) {
        self.segment = segment
    }

    public func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var runStart: String.Index?
        var runIsThai = false
        func close(_ end: String.Index) {
            guard let s = runStart else { return }
            let run = text[s..<end]
            if runIsThai, let segment {
                out.append(contentsOf: segment(String(run)))
            } else {
                out.append(run)
            }
            runStart = nil
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let thai = Self.isThai(c)
            let wordy = thai || c.isLetter || c.isNumber
            if !wordy || (runStart != nil && thai != runIsThai) { close(i) }
            if wordy && runStart == nil {
                runStart = i
                runIsThai = thai
            }
            i = text.index(after: i)
        }
        close(text.endIndex)
        return out
    }

    /// Thai letters, vowels, tone marks and digits (U+0E01–U+0E5B), except the punctuation ฯ and ๏ ๚ ๛.
    static func isThai(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first, (0x0E01...0x0E5B).contains(s.value) else { return false }
        return s.value != 0x0E2F && s.value != 0x0E4F && s.value != 0x0E5A && s.value != 0x0E5B
    }
}

extension ThaiAwareTokenizer {
    /// The tokenizer the registry uses: Thai runs split by the bundled Thai word segmenter.
    public static var standard: ThaiAwareTokenizer {
        let segmenter = WordSegmenter.thai
        return ThaiAwareTokenizer { segmenter.words($0) }
    }
}
