import Foundation
import Testing
import AccordTestSupport

/// The built `accord` executable as a newcomer meets it: versions, missing databases, typed filters.
@Suite struct CommandLineTests {
    struct Result { var status: Int32; var out: String; var err: String }

    func run(_ arguments: [String]) throws -> Result {
        let binary = try #require(AccordBinary.url, "the accord executable is built beside the tests (swift build)")
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test func versionIsPrinted() throws {
        let r = try run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("accord "))
    }

    @Test func readCommandsRefuseADatabaseThatDoesNotExist() throws {
        let dir = TempDir.make()
        let missing = dir.appendingPathComponent("nowhere/x.sqlite").path
        for command in [["list"], ["search", "MOU"], ["show", "1"], ["export", "--format", "csv"], ["link", "1"]] {
            let r = try run(command + ["--database", missing])
            #expect(r.status == 4, "\(command): \(r.err)")
            #expect(r.err.contains("no such database") && r.err.contains(missing), "\(command): \(r.err)")
            #expect(!r.err.contains("Usage:"), "a storage error prints no usage")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func countriesByNameAndBuddhistEraYears() throws {
        let dir = TempDir.make()
        let corpus = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try writeArticle(in: corpus, name: "a.txt", newsId: 900001,
                         body: "วันที่ 3 มีนาคม 2566 กระทรวงพาณิชย์ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้า ระหว่างกระทรวงพาณิชย์แห่งราชอาณาจักรไทยกับกระทรวงเศรษฐกิจ การค้าและอุตสาหกรรมของญี่ปุ่น")
        let db = dir.appendingPathComponent("r.sqlite").path
        #expect(try run(["ingest", corpus.path, "--database", db]).status == 0)
        let byCode = try run(["list", "--database", db, "--country", "JP", "--json"])
        #expect(byCode.status == 0 && byCode.out.contains("\"total\" : 1"), Comment(rawValue: byCode.out + byCode.err))
        for name in ["Japan", "ญี่ปุ่น"] {
            let r = try run(["list", "--database", db, "--country", name, "--json"])
            #expect(r.out == byCode.out, "\(name): \(r.err)")
        }
        let typo = try run(["list", "--database", db, "--country", "Japn"])
        #expect(typo.status != 0 && typo.err.contains("did you mean") && typo.err.contains("(JP)"), Comment(rawValue: typo.err))
        #expect(try run(["list", "--database", db, "--international", "--json"]).out == byCode.out)
        #expect(try run(["list", "--database", db, "--domestic", "--json"]).out.contains("\"total\" : 0"))
        // The CLI exports with the web's exporter: a BOM for spreadsheets, the same columns.
        let csv = try run(["export", "--database", db, "--format", "csv"])
        #expect(csv.status == 0 && csv.out.hasPrefix("\u{FEFF}id,kind,"), Comment(rawValue: csv.err))
        let ics = try run(["export", "--database", db, "--format", "ics"])
        #expect(ics.out.hasPrefix("BEGIN:VCALENDAR\r\n"))
        let buddhist = try run(["list", "--database", db, "--from", "2566", "--to", "2566", "--json"])
        let gregorian = try run(["list", "--database", db, "--from", "2023", "--to", "2023", "--json"])
        #expect(buddhist.out == gregorian.out && gregorian.out.contains("\"total\" : 1"), Comment(rawValue: buddhist.out + buddhist.err))
    }
}

extension CommandLineTests {
    @Test func prettyOutputOfSeveralFilesIsOneJSONArray() throws {
        let dir = TempDir.make()
        try writeArticle(in: dir, name: "a.txt", newsId: 900011)
        try writeArticle(in: dir, name: "b.txt", newsId: 900012)
        let r = try run(["extract", dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.txt").path, "--pretty"])
        #expect(r.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?.compactMap { $0["path"] as? String }.count == 2)
    }
}

extension CommandLineTests {
    @Test func aPasswordInTheDatabaseURLIsNeverPrinted() throws {
        let r = try run(["serve", "--database", "postgres://nobody:secretpw@127.0.0.1:1/none", "--port", "0", "--no-samples"])
        #expect(r.status != 0)
        #expect(!(r.out + r.err).contains("secretpw"), Comment(rawValue: r.err))
        #expect(r.err.contains("***"), Comment(rawValue: r.err))
    }
}
