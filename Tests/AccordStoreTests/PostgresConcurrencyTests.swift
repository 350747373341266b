import AccordCore
import AccordStore
import AccordTestSupport
import Foundation
import PostgresNIO
import Testing
import ThaiText

/// Several ingesters on one PostgreSQL database at once: nothing duplicated, nothing lost.
@Suite(.enabled(if: PostgresTestServer.isConfigured, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresConcurrencyTests {
    static let clock = FixedClock(day("2024-01-15"))

    /// Twenty instruments, each reported by three articles (approval, signing, implementation);
    /// neighbouring instruments share a kind and a counterpart, so ingesters contend for the same locks.
    static func articles() -> [IngestItem] {
        let countries = ["JP", "KR", "LA", "VN"]
        var out: [IngestItem] = []
        for g in 0..<20 {
            let base = 19_000 + g * 40 // days since 1970: 2022-01 onwards
            let title = "บันทึกความเข้าใจ topic\(g) sector\(g) programme\(g) ระหว่าง ไทย"
            let steps: [(EventKind, Int)] = [(.cabinetApproval, 0), (.signing, 30), (.implementation, 200)]
            for (s, (event, offset)) in steps.enumerated() {
                let date = CalendarDate(daysSinceEpoch: base + offset)
                let f = Fixture(newsId: String(800_000 + g * 10 + s), title: "ข่าว \(g)-\(s) \(title)", published: date.iso,
                                body: "เนื้อข่าว \(g) \(s)",
                                agreements: [.sample(event, date: date.iso, title: title, counterparts: [countries[g % countries.count]],
                                                     duration: event == .signing ? 5 : nil)])
                out.append(f.item)
            }
        }
        return out
    }

    /// Counts that tell duplicates and losses apart, read straight from the tables.
    static func tableCounts(_ info: PostgresConnectionInfo) async throws -> [String: Int64] {
        try await PostgresTestServer.withAdminConnection(info) { c, logger in
            var out: [String: Int64] = [:]
            for (name, sql) in [
                ("articles", "SELECT count(*) FROM articles"),
                ("distinctHashes", "SELECT count(DISTINCT content_hash) FROM articles"),
                ("events", "SELECT count(*) FROM events"),
                ("distinctEvents", "SELECT count(*) FROM (SELECT DISTINCT article_id, agreement_index FROM events) s"),
                ("instruments", "SELECT count(*) FROM instruments"),
                ("organisations", "SELECT count(*) FROM organisations"),
                ("people", "SELECT count(*) FROM people"),
            ] {
                for try await n in try await c.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(Int64.self) { out[name] = n }
            }
            return out
        }
    }

    @Test("two ingesters with their own connection pools over overlapping article sets: every article and instrument once")
    func concurrentIngestersInProcess() async throws {
        let all = Self.articles()
        let info = try await PostgresTestServer.freshDatabase()
        // Overlapping halves, in opposite orders, in small batches so the transactions interleave.
        let a = Array(all[0..<40]), b = Array(all[20..<60].reversed())
        let first = try await PostgresRegistry(info, clock: Self.clock, tokenizer: ThaiAwareTokenizer.standard)
        let second = try await PostgresRegistry(info, clock: Self.clock, tokenizer: ThaiAwareTokenizer.standard)
        async let x: [IngestOutcome] = Self.ingest(a, into: first, batch: 4)
        async let y: [IngestOutcome] = Self.ingest(b, into: second, batch: 3)
        let (ox, oy) = try await (x, y)
        // Each shared article is new for exactly one ingester and a duplicate for the other.
        let shared = Set(all[20..<40].map { $0.extraction.source.newsId! })
        let newCount = (ox + oy).filter { $0.disposition == .new }.count
        #expect(newCount == 60)
        #expect((ox + oy).filter { $0.disposition == .duplicate }.count == shared.count)

        let counts = try await Self.tableCounts(info)
        #expect(counts["articles"] == 60 && counts["distinctHashes"] == 60)
        #expect(counts["events"] == 60 && counts["distinctEvents"] == 60)
        #expect(counts["instruments"] == 20)
        #expect(counts["organisations"] == 1 && counts["people"] == 1)
        let stats = try await first.stats()
        #expect(stats.instruments == 20 && stats.events == 60 && stats.articles == 60)
        let page = try await first.instruments(InstrumentFilter(), page: PageRequest(limit: 100))
        #expect(page.items.allSatisfy { $0.sourceCount == 3 && $0.eventCount == 3 })
        #expect(try await first.integrityProblems().isEmpty)

        // The same articles ingested by one writer give the same registry.
        let reference = try SQLiteRegistry(path: TempDir.make().appendingPathComponent("ref.sqlite").path, clock: Self.clock,
                                           tokenizer: ThaiAwareTokenizer.standard)
        _ = try await reference.ingest(all)
        let ref = try await reference.stats()
        #expect(ref.instruments == stats.instruments && ref.events == stats.events && ref.byStatus == stats.byStatus)
    }

    static func ingest(_ items: [IngestItem], into store: PostgresRegistry, batch: Int) async throws -> [IngestOutcome] {
        var out: [IngestOutcome] = []
        for start in stride(from: 0, to: items.count, by: batch) {
            out += try await store.ingest(Array(items[start..<min(start + batch, items.count)]))
        }
        return out
    }

    /// The built `accord` executable next to the test bundle, when `swift build` has produced it.
    static var accordBinary: URL? {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("accord")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test("two `accord ingest` processes over overlapping corpus samples: the registry equals a single ingest",
          .enabled(if: DevCorpus.isAvailable, Comment(rawValue: DevCorpus.skipMessage)),
          .enabled(if: accordBinary != nil, "the accord executable is not built next to the tests (run `swift build` first)"))
    func concurrentIngestProcesses() async throws {
        let binary = try #require(Self.accordBinary)
        let root = try DevCorpus.root()
        let files = try DevCorpus.sample(240).map { root.appendingPathComponent($0).path }
        let shared = try await PostgresTestServer.freshDatabase()
        let single = try await PostgresTestServer.freshDatabase()
        let url = { (i: PostgresConnectionInfo) in "postgres://\(i.username)@\(i.host ?? "127.0.0.1"):\(i.port)/\(i.database)" }
        func ingest(_ paths: [String], _ db: PostgresConnectionInfo) throws -> Process {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["ingest", "--database", url(db), "--batch-size", "16", "--json"] + paths
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let a = try ingest(Array(files[0..<160]), shared)
        let b = try ingest(Array(files[80..<240].reversed()), shared)
        let r = try ingest(files, single)
        for p in [a, b, r] { p.waitUntilExit() }
        #expect([a, b, r].allSatisfy { $0.terminationStatus == 0 })
        let concurrent = try await Self.tableCounts(shared), sequential = try await Self.tableCounts(single)
        #expect(concurrent["articles"] == concurrent["distinctHashes"])
        #expect(concurrent["events"] == concurrent["distinctEvents"])
        #expect(concurrent["articles"] == sequential["articles"])
        #expect(concurrent["events"] == sequential["events"])
        #expect(concurrent["organisations"] == sequential["organisations"] && concurrent["people"] == sequential["people"])
        #expect(concurrent["instruments"] == sequential["instruments"])
    }
}
