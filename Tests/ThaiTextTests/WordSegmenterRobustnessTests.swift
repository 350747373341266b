import AccordTestSupport
import Foundation
import Testing
@testable import ThaiText

/// The concatenation invariant on real articles and on adversarial input, and linear work.
@Suite struct WordSegmenterRobustnessTests {
    let segmenter = WordSegmenter.thai

    /// Checks that the tokens tile `text` exactly, are non-empty, and returns the token count.
    @discardableResult
    func expectTiles(_ text: String, _ seg: WordSegmenter? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let ranges = (seg ?? segmenter).segment(text)
        var expectedLower = text.startIndex
        var ok = true
        for r in ranges {
            if r.lowerBound != expectedLower || r.isEmpty { ok = false; break }
            expectedLower = r.upperBound
        }
        #expect(ok && expectedLower == text.endIndex, "tokens do not tile the text", sourceLocation: sourceLocation)
        let joined = (seg ?? segmenter).words(text).joined()
        #expect(Array(joined.utf8) == Array(text.utf8), sourceLocation: sourceLocation)
        return ranges.count
    }

    /// Work per scalar stays bounded by a constant: at most one trie walk of the longest word per position.
    func expectLinearWork(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let n = text.unicodeScalars.count
        let (cuts, work) = segmenter.scalarCuts(text)
        #expect(cuts.last == n, sourceLocation: sourceLocation)
        let bound = (segmenter.trie.maxWordLength + 8) * max(n, 1)
        #expect(work.total <= bound, "work \(work.total) for \(n) scalars", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: DevCorpus.isAvailable, Comment(rawValue: DevCorpus.skipMessage)))
    func devCorpusSampleTilesExactly() throws {
        let root = try DevCorpus.root()
        let paths = try DevCorpus.sample(300)
        #expect(paths.count == 300)
        var tokens = 0
        for p in paths {
            let data = try Data(contentsOf: root.appendingPathComponent(p))
            let text = String(decoding: data, as: UTF8.self)
            tokens += expectTiles(text)
            expectTiles(text, WordSegmenter.thaiGeneral)
        }
        #expect(tokens > paths.count * 50)
    }

    @Test func seedArticlesTileExactly() throws {
        for url in SharedData.seedArticles() {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            expectTiles(text)
            expectLinearWork(text)
        }
    }

    @Test func loneMarksAndVowels() {
        let cases = [
            "\u{0E48}", "\u{0E49}\u{0E4A}\u{0E4B}", "\u{0E31}", "\u{0E34}\u{0E35}\u{0E36}\u{0E37}\u{0E38}\u{0E39}",
            "\u{0E47}\u{0E4C}\u{0E4D}\u{0E4E}", "เ", "แแแ", "ำ", "ๆๆ", "ฯลฯ", "\u{0301}", "a\u{0301}\u{0E48}",
            "\u{0E48}ก\u{0E48}\u{0E48}", "เก", "ก\u{0E4C}", "\u{200B}ไทย\u{200B}", "\u{FEFF}ข่าว",
        ]
        for c in cases {
            expectTiles(c)
            expectLinearWork(c)
        }
    }

    @Test func mixedScriptsEmojiAndLineEnds() {
        let cases = [
            "ไทยEnglish中文日本語한국어العربية", "👍🏽ประชุม👨‍👩‍👧‍👦 ok", "🇹🇭🇯🇵", "ก\r\nข\rค\n\r\n",
            "\r", "\r\r\n", "1,234.56.7 ๑๒๓ ๔.๕ 12:30:45น.", "-–—", "e-Government ดิจิทัล", "\t \t",
            "(MOU) “บันทึก” ‘ความเข้าใจ’…", "\u{0000}\u{0001}ก",
        ]
        for c in cases {
            expectTiles(c)
            expectLinearWork(c)
        }
    }

    @Test func oneMegabyteOfOneCharacter() {
        for ch in ["ก", "\u{0E48}", "เ", "a", " ", "\n", "1", "😀", "ๆ", "\u{0301}", "ะ"] {
            let text = String(repeating: ch, count: 1 << 20 / ch.utf8.count)
            let count = expectTiles(text)
            #expect(count >= 1)
            expectLinearWork(text)
        }
    }

    @Test func repeatedAmbiguousWordsStayLinear() {
        // Long runs where every position starts several words keep newmm's window open.
        for unit in ["ตากลม", "กกกก", "มากมาย", "การการ", "ที่ที่", "เเเเ"] {
            let text = String(repeating: unit, count: 40_000)
            expectTiles(text)
            expectLinearWork(text)
        }
    }

    @Test func randomStringsFromAThaiHeavyAlphabet() {
        var rng = SplitMix64(seed: 0x5EED)
        let alphabet: [Unicode.Scalar] = (0x0E01...0x0E5B).compactMap(Unicode.Scalar.init)
            + ["a", "Z", "1", ".", ",", ":", " ", "\t", "\r", "\n", "-", "\u{0301}", "😀", "中"]
        for length in [1, 2, 3, 5, 8, 13, 100, 1_000, 20_000] {
            for _ in 0..<20 {
                var s = String.UnicodeScalarView()
                for _ in 0..<length { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
                let text = String(s)
                expectTiles(text)
                expectLinearWork(text)
            }
        }
    }

    @Test func concurrentUseSharesTheBundledDictionary() async {
        let texts = ["ร่วมลงนามบันทึกความร่วมมือ", "ความมั่นคงปลอดภัยไซเบอร์", "เศรษฐกิจดิจิทัล"]
        let expected = texts.map { WordSegmenter.thai.words($0).map(String.init) }
        await withTaskGroup(of: Bool.self) { group in
            for i in 0..<16 {
                group.addTask { WordSegmenter.thai.words(texts[i % 3]).map(String.init) == expected[i % 3] }
            }
            for await ok in group { #expect(ok) }
        }
    }
}

/// A small deterministic generator, so random tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
