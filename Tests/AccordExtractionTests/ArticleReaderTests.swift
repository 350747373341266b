import Foundation
import Testing
import AccordCore
import AccordExtraction

@Suite struct ArticleReaderTests {
    static let corpusStyle = "\u{FEFF}รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข่าว ทดสอบ\r\n\r\n\r\nวันอังคารที่ 25 ตุลาคม 2565\r\nพิมพ์\r\nหัวข่าว ทดสอบ\r\nเนื้อข่าว\r\n\r\nที่มา : https://www.thaigov.go.th/news/contents/details/12345\r\n"

    @Test func readsTheCorpusFormat() {
        let a = ArticleReader.read(text: Self.corpusStyle)
        #expect(a.title == "หัวข่าว ทดสอบ")
        #expect(a.published?.iso == "2022-10-25")
        #expect(a.newsId == "12345")
        #expect(a.url == "https://www.thaigov.go.th/news/contents/details/12345")
        #expect(!a.text.contains("\r"))
        #expect(a.text.unicodeScalars.first != "\u{FEFF}")
        #expect(a.language == .th)
        let body = String(String.UnicodeScalarView(Array(a.text.unicodeScalars)[a.bodyRange]))
        #expect(body.contains("เนื้อข่าว"))
        #expect(!body.contains("ที่มา"))
    }

    @Test func plainTextWorks() {
        let a = ArticleReader.read(text: "กระทรวงฯ ลงนามบันทึกความเข้าใจกับญี่ปุ่น")
        #expect(a.published == nil)
        #expect(a.newsId == nil)
        #expect(a.bodyRange.lowerBound == 0)
    }

    @Test func badBytesAreNamedErrors() {
        #expect(throws: ArticleReadError.empty(path: "e.txt")) { try ArticleReader.read(data: Data(), path: "e.txt") }
        #expect(throws: ArticleReadError.empty(path: "w.txt")) { try ArticleReader.read(data: Data("  \n".utf8), path: "w.txt") }
        #expect(throws: ArticleReadError.binary(path: "b.bin")) { try ArticleReader.read(data: Data([0x50, 0x4B, 0x00, 0x01]), path: "b.bin") }
        #expect(throws: ArticleReadError.notUTF8(path: "l.txt")) { try ArticleReader.read(data: Data([0x41, 0xE0, 0xE1, 0x41]), path: "l.txt") }
        #expect(throws: ArticleReadError.missing(path: "/nonexistent/x.txt")) {
            try ArticleReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/x.txt"))
        }
        #expect(ArticleReadError.binary(path: "b.bin").description == "b.bin: binary file, not an article (contains NUL bytes)")
        #expect(!ArticleReadError.notUTF8(path: "x").description.contains("\n"))
    }
}

@Suite struct ExtractCommandLogicTests {
    @Test func batchReportsBadFilesAndGoesOn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt")
        try Data(ArticleReaderTests.corpusStyle.utf8).write(to: good)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = dir.appendingPathComponent("bin.txt")
        try Data([0, 1, 2, 3]).write(to: binary)
        let latin1 = dir.appendingPathComponent("latin1.txt")
        try Data([0xE0, 0xE1, 0xE2]).write(to: latin1)
        let missing = dir.appendingPathComponent("missing.txt")

        let results = ExtractionOutput.run(paths: [good.path, empty.path, binary.path, latin1.path, missing.path])
        #expect(results.count == 5)
        guard case .extracted(let p, let e) = results[0] else { Issue.record("good file failed"); return }
        #expect(p == good.path)
        #expect(e.source.newsId == "12345")
        let failures: [ArticleReadError] = results.dropFirst().compactMap { if case .failed(let f) = $0 { f } else { nil } }
        #expect(failures == [.empty(path: empty.path), .binary(path: binary.path), .notUTF8(path: latin1.path), .missing(path: missing.path)])

        let line = try ExtractionOutput.json(e, path: good.path, pretty: false)
        let obj = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(obj["path"] as? String == good.path)
        #expect(obj["isAgreementNews"] as? Bool == false)
        #expect(!String(decoding: line, as: UTF8.self).contains("\n"))
    }
}
