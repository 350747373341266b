import AccordCore
import AccordExtraction
import AccordStore
import AccordTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Writes a synthetic article in the corpus format (never real article text).
func writeArticle(in dir: URL, name: String, newsId: Int, body: String = "เนื้อหาข่าวทดสอบเกี่ยวกับการประชุมหารือ") throws {
    let text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบหมายเลข \(newsId)\n\nวันจันทร์ที่ 3 มกราคม 2565\nข่าวทดสอบหมายเลข \(newsId)\n\(body)\n\nที่มา : https://www.thaigov.go.th/news/contents/details/\(newsId)\n"
    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
}

func openStore(_ path: String) throws -> SQLiteRegistry {
    try SQLiteRegistry(path: path, clock: FixedClock(day("2024-01-01")), tokenizer: ThaiAwareTokenizer.standard)
}

@Suite struct IngestPipelineTests {
    @Test("bad files are listed with their reason and never abort the batch")
    func badInputs() async throws {
        let dir = TempDir.make()
        try writeArticle(in: dir, name: "good-1.txt", newsId: 800001)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data(" \n\t\n".utf8).write(to: dir.appendingPathComponent("blank.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x41, 0xFF, 0xFE, 0xC3, 0x28, 0x0A]).write(to: dir.appendingPathComponent("latin1.txt"))
        try writeArticle(in: dir, name: "good-2.txt", newsId: 800002)
        try Data("not an article".utf8).write(to: dir.appendingPathComponent("notes.log"))
        let store = try openStore(TempDir.make().appendingPathComponent("accord.sqlite").path)
        let pipeline = IngestPipeline(store: store, batchSize: 2)
        // /proc/self/mem exists but reading it from the start fails: an unreadable file.
        let summary = await pipeline.run(paths: [dir.path, "/proc/self/mem", dir.appendingPathComponent("missing.txt").path])
        let reasons = Dictionary(uniqueKeysWithValues: summary.failures.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(reasons["empty.txt"]?.contains("empty") == true)
        #expect(reasons["blank.txt"]?.contains("empty") == true)
        #expect(reasons["binary.txt"]?.contains("binary") == true)
        #expect(reasons["latin1.txt"]?.contains("UTF-8") == true)
        #expect(reasons["mem"]?.contains("unreadable") == true)
        #expect(reasons["missing.txt"]?.contains("no such file") == true)
        #expect(summary.failures.count == 6)
        #expect(summary.new == 2 && summary.ignored == 1 && summary.read == 7)
        #expect(try await store.stats().articles == 2)
        #expect(try await store.integrityProblems().isEmpty)
    }

    @Test("ingesting a directory twice stores nothing new; a changed file becomes a revision")
    func idempotentDirectory() async throws {
        let dir = TempDir.make()
        for i in 0..<12 { try writeArticle(in: dir, name: "a\(i).txt", newsId: 810000 + i) }
        let store = try openStore(dir.appendingPathComponent("accord.sqlite").path)
        let pipeline = IngestPipeline(store: store, batchSize: 5)
        let first = await pipeline.run(paths: [dir.path])
        #expect(first.new == 12 && first.duplicates == 0 && first.failures.isEmpty)
        let second = await pipeline.run(paths: [dir.path])
        #expect(second.new == 0 && second.duplicates == 12 && second.revised == 0)
        try writeArticle(in: dir, name: "a3.txt", newsId: 810003, body: "เนื้อหาที่แก้ไขแล้ว")
        let third = await pipeline.run(paths: [dir.path])
        #expect(third.revised == 1 && third.duplicates == 11)
        #expect(try await store.stats().articles == 12)
    }

    @Test("the seed articles ingest end to end", .enabled(if: SharedData.seedsAvailable))
    func seeds() async throws {
        let dir = TempDir.make()
        let store = try openStore(dir.appendingPathComponent("accord.sqlite").path)
        let summary = await IngestPipeline(store: store).run(paths: [SharedData.seedsDirectory.path])
        #expect(summary.new == SharedData.seedArticles().count && summary.failures.isEmpty)
        let stored = try await store.article(1)
        #expect(stored.text.contains("ที่มา"))
        #expect(stored.extraction.source.newsId != nil)
        #expect(try await store.integrityProblems().isEmpty)
    }
}

/// The built `accord` executable, beside the test bundle.
enum AccordBinary {
    static var url: URL? {
        var candidates: [URL] = []
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var dir = arg0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("accord"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("accord"))
        candidates.append(SharedData.packageRoot.appendingPathComponent(".build/debug/accord"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

@Suite struct CrashRecoveryTests {
    @Test("an ingest killed with SIGKILL leaves a consistent database that a rerun completes")
    func killNine() async throws {
        let binary = try #require(AccordBinary.url, "the accord executable is built beside the tests (swift build)")
        let dir = TempDir.make()
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let count = 4000
        let filler = String(repeating: "การประชุมหารือความร่วมมือด้านเศรษฐกิจดิจิทัลระหว่างหน่วยงาน ", count: 20)
        for i in 0..<count { try writeArticle(in: corpus, name: String(format: "n%05d.txt", i), newsId: 700000 + i, body: filler + String(i)) }
        let db = dir.appendingPathComponent("accord.sqlite")
        let batch = 25

        let child = Process()
        child.executableURL = binary
        child.arguments = ["ingest", corpus.path, "--database", db.path, "--batch-size", String(batch)]
        child.standardOutput = FileHandle.nullDevice
        let progress = Pipe()
        child.standardError = progress
        try child.run()
        // The CLI reports progress on stderr after each committed batch: kill on the first report,
        // thousands of articles before the end. (Watching the WAL's size raced with a fast ingest.)
        var stderr = ""
        while !stderr.contains("ingested") {
            let chunk = progress.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the child closed stderr: it ended
            stderr += String(decoding: chunk, as: UTF8.self)
        }
        #expect(stderr.contains("ingested"), "no progress report on stderr: \(stderr)")
        #expect(child.isRunning, "the ingest finished before it could be killed: make the corpus larger")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try? progress.fileHandleForReading.close()
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)

        let store = try openStore(db.path)
        #expect(try await store.integrityProblems().isEmpty)
        let stored = try await store.stats().articles
        #expect(stored > 0 && stored < count)
        #expect(stored % batch == 0, "only whole batches are committed")

        let rerun = await IngestPipeline(store: store, batchSize: 200).run(paths: [corpus.path])
        #expect(rerun.duplicates == stored && rerun.new == count - stored && rerun.failures.isEmpty)
        #expect(try await store.stats().articles == count)
        #expect(try await store.integrityProblems().isEmpty)
    }
}
