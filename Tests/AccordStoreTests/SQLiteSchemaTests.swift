import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// Checks specific to the SQLite backend: the file, its pragmas and its search index.
@Suite struct SQLiteSchemaTests {
    @Test("the database is created on first use, in WAL mode, with foreign keys and all migrations")
    func createdOnFirstUse() async throws {
        let path = TempDir.make().appendingPathComponent("nested/dir/accord.sqlite").path
        let store = try openStore(path)
        _ = try await store.ingest([RegistryStoreConformance.cyber.item])
        #expect(FileManager.default.fileExists(atPath: path))
        let queue = try DatabaseQueue(path: path)
        try await queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            #expect(migrations == ["createArticles", "createInstrumentsAndTimeline", "recordWhyEventsWereLinked",
                                   "auditHandCorrections", "indexThaiSearchTokens", "indexThaiMarksAsWordCharacters",
                                   "rememberScopeWordsForLinking", "indexLinkWordsForCandidateLookup",
                                   "searchInstrumentsByAreaLabels", "rememberPartiesForDisplayTitles",
                                   "normalisePartiesToThaiAgencies", "composeTitlesWithAgencyCodes", "scoreRecordConfidenceForReview", "acknowledgeAlerts"])
        }
        // Reopening an existing database migrates nothing and keeps the data.
        let again = try openStore(path)
        #expect(try await again.stats().instruments == 1)
    }

    @Test("Thai vowel signs and tone marks stay inside index terms")
    func thaiMarksAreWordCharacters() async throws {
        let path = TempDir.make().appendingPathComponent("accord.sqlite").path
        let store = try openStore(path)
        _ = try await store.ingest([RegistryStoreConformance.cyber.item])
        let queue = try DatabaseQueue(path: path)
        let terms = try await queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, instruments_fts, row)")
            return Set(try String.fetchAll(db, sql: "SELECT term FROM vocab"))
        }
        #expect(terms.contains("ญี่ปุ่น"))
        #expect(terms.contains("ไซเบอร์"))
        #expect(!terms.contains("ญ") && !terms.contains("ป"))
    }

    @Test("the doctor lists records an older version stored against the date rules")
    func doctorFindsOldViolations() async throws {
        let path = TempDir.make().appendingPathComponent("accord.sqlite").path
        let store = try openStore(path)
        let outcome = try #require(try await store.ingest([RegistryStoreConformance.signing.item]).first)
        let id = try #require(outcome.createdInstruments.first)
        #expect(try await store.invariantViolations().isEmpty)
        // As an older ingest would have stored it: the signing dated on its term's end.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE events SET date = '2027-10-25' WHERE instrument_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE instruments SET term_start = '2027-10-25', term_end = '2022-10-25' WHERE id = ?", arguments: [id])
        }
        let found = try await store.invariantViolations()
        #expect(found.map(\.rule) == [.eventAfterArticle, .termEndsBeforeStart])
        #expect(found.allSatisfy { $0.instrumentId == id })
        #expect(found[0].detail == "signing dated 2027-10-25, article published 2022-10-26")
    }

    @Test("an unopenable path is reported with the path")
    func unavailable() {
        #expect(throws: RegistryError.self) {
            try SQLiteRegistry(path: "/proc/self/forbidden/accord.sqlite", clock: FixedClock(day("2024-01-01")), tokenizer: ThaiAwareTokenizer.standard)
        }
        do {
            _ = try SQLiteRegistry(path: "/proc/self/forbidden/accord.sqlite", clock: FixedClock(day("2024-01-01")), tokenizer: ThaiAwareTokenizer.standard)
        } catch {
            #expect("\(error)".hasPrefix("/proc/self/forbidden/accord.sqlite: "))
        }
    }
}
