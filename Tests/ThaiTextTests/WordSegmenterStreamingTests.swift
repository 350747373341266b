import AccordTestSupport
import Foundation
import Testing
@testable import ThaiText

/// Streamed, byte-level output (`accord segment`) is exactly the tokens joined, chunk cuts included.
@Suite struct WordSegmenterStreamingTests {
    static let samples = [
        "", "ก", "ไทย", "ประชุมคณะรัฐมนตรี\nลงนามบันทึกความเข้าใจ (MOU) ระหว่างกระทรวง\r\n\r\n  ญี่ปุ่น 2566",
        "👍🏽ประชุม👨‍👩‍👧‍👦 ok\n\n\tไทยEnglish中文", "\n\n\n", "ก\r\nข\rค\n\r\n", "a\u{0301}\u{0E48}\n \n\u{0E48}ก",
    ]

    func streamed(_ text: String, segmenter: WordSegmenter = .thai, chunk: Int) throws -> String {
        var out: [UInt8] = []
        try segmenter.streamJoinedUTF8(Data(text.utf8), separator: "|", chunkSize: chunk) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func joinedBytesAreTheJoinedWords() {
        for s in Self.samples {
            #expect(String(decoding: WordSegmenter.thai.joinedUTF8(s), as: UTF8.self) == WordSegmenter.thai.words(s).joined(separator: "|"))
        }
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func chunkedStreamIsTheWholeSegmentation(chunk: Int) throws {
        for s in Self.samples {
            #expect(try streamed(s, chunk: chunk) == WordSegmenter.thai.words(s).joined(separator: "|"))
        }
        for url in SharedData.seedArticles() {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            for segmenter in [WordSegmenter.thai, .thaiGeneral] {
                #expect(try streamed(text, segmenter: segmenter, chunk: chunk) == segmenter.words(text).joined(separator: "|"))
            }
        }
    }

    @Test func chunksEndAfterLineBreakRuns() {
        let data = Data("ไทย ไทย\n\n  ญี่ปุ่น\nจีน".utf8)
        let ranges = WordSegmenter.chunks(of: data, size: 3)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == data.count)
        for r in ranges.dropLast() {
            #expect([0x0A, 0x0D, 0x20, 0x09].contains(data[r.upperBound - 1]))
            #expect(![0x0A, 0x0D, 0x20, 0x09].contains(data[r.upperBound]))
        }
        #expect(ranges.count == 3)
    }

    @Test func invalidUTF8NamesItsBytes() {
        var data = Data("ไทย\n".utf8)
        data.append(contentsOf: [0xE0, 0x41, 0x0A])
        var written: [UInt8] = []
        #expect(throws: InvalidUTF8Error(byteRange: 10..<13)) {
            try WordSegmenter.thai.streamJoinedUTF8(data, chunkSize: 1) { written += $0 }
        }
        #expect(String(decoding: written, as: UTF8.self) == "ไทย|\n")
    }
}
