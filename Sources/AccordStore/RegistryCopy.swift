import AccordCore
import Foundation
import GRDB

/// A store that can list every article it holds (all revisions), so a whole registry can be copied.
public protocol ArticleEnumerating: Sendable {
    /// Ids of stored articles greater than `after`, ascending, at most `limit`.
    func articleIds(after: Int64, limit: Int) async throws -> [Int64]
}

/// What a copy did, for the CLI's closing lines.
public struct CopySummary: Sendable, Codable, Equatable {
    /// Articles read from the source (every revision).
    public var articles = 0
    /// Of those, already present in the target (identical text).
    public var duplicates = 0
    /// Hand corrections replayed on the target's instruments.
    public var corrections = 0
    /// Corrections whose instrument has no timeline left to find it by in the target.
    public var correctionsSkipped = 0
    public var seconds = 0.0
    public init() {}
}

/// Moves a registry between backends by replaying its history.
///
/// Articles are re-ingested oldest id first with their stored text and extraction (no
/// re-extraction), so revisions, linking and status come out as the same rules make them;
/// hand corrections are then replayed, in order, on the instrument that holds the same
/// (article, agreement) in the target. Ids are the target's own; correction times are the copy's.
public enum RegistryCopy {
    public static func copy(from source: any RegistryStore & ArticleEnumerating, to target: any RegistryStore, batchSize: Int = 256,
                            progress: @Sendable (Int) -> Void = { _ in }) async throws -> CopySummary {
        let start = Date()
        var summary = CopySummary()
        var targetArticle: [Int64: Int64] = [:]
        var after: Int64 = 0
        while true {
            let ids = try await source.articleIds(after: after, limit: max(1, batchSize))
            guard let last = ids.last else { break }
            var items: [IngestItem] = []
            for id in ids {
                let a = try await source.article(id)
                items.append(IngestItem(text: a.text, path: a.path, extraction: a.extraction))
            }
            let outcomes = try await target.ingest(items)
            for (id, o) in zip(ids, outcomes) {
                targetArticle[id] = o.articleId
                if o.disposition == .duplicate { summary.duplicates += 1 }
            }
            summary.articles += ids.count
            progress(summary.articles)
            after = last
        }

        let corrected = try await source.export(InstrumentFilter()).filter { !$0.corrections.isEmpty }
        if !corrected.isEmpty {
            var instrumentAt: [String: Int64] = [:]
            for r in try await target.export(InstrumentFilter()) {
                for e in r.timeline { instrumentAt["\(e.source.articleId)/\(e.agreementIndex)"] = r.summary.id }
            }
            for r in corrected {
                let targetId = r.timeline.lazy.compactMap { e in
                    targetArticle[e.source.articleId].flatMap { instrumentAt["\($0)/\(e.agreementIndex)"] }
                }.first
                guard let id = targetId else {
                    summary.correctionsSkipped += r.corrections.count
                    continue
                }
                // Corrections already replayed by an earlier copy are not repeated.
                let present = try await target.corrections(instrument: id)
                var done = 0
                while done < min(present.count, r.corrections.count), Self.same(present[done], r.corrections[done]) { done += 1 }
                for c in r.corrections.dropFirst(done) {
                    _ = try await target.correct(instrument: id, field: c.field.rawValue, value: c.newValue, actor: c.actor)
                    summary.corrections += 1
                }
            }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    static func same(_ a: Correction, _ b: Correction) -> Bool {
        a.field == b.field && a.newValue == b.newValue && a.actor == b.actor
    }
}

extension SQLiteRegistry: ArticleEnumerating {
    public func articleIds(after: Int64, limit: Int) async throws -> [Int64] {
        try await pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, limit])
        }
    }

    /// Creates or upgrades the database at `path`; returns the migrations applied now and all known ones.
    public static func migrate(path: String) throws(RegistryError) -> (applied: [String], all: [String]) {
        do {
            // The standard tokenizer: a migration may rebuild the search index with it.
            let tokenizer = ThaiAwareTokenizer.standard
            let migrator = Self.migrator(text: SearchText(tokenizer: tokenizer))
            var before = Set<String>()
            if FileManager.default.fileExists(atPath: path) {
                before = try DatabaseQueue(path: path).read { try migrator.appliedIdentifiers($0) }
            }
            _ = try SQLiteRegistry(path: path, clock: SystemClock(), tokenizer: tokenizer)
            let all = migrator.migrations
            return (all.filter { !before.contains($0) }, all)
        } catch let e as RegistryError {
            throw e
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }
}

extension PostgresRegistry: ArticleEnumerating {
    public func articleIds(after: Int64, limit: Int) async throws -> [Int64] {
        try await read { c in
            try await self.column(c, "SELECT id FROM articles WHERE id > \(after) ORDER BY id LIMIT \(limit)", as: Int64.self)
        }
    }
}
