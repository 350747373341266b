import AccordCore
import Foundation
import PostgresNIO
import ThaiText

extension PostgresRegistry {
    /// Stores a batch in one transaction (retried whole on serialization failure or deadlock).
    ///
    /// Concurrency: the transaction first takes, in one sorted pass, transaction-scoped advisory
    /// locks on every article key and every (instrument kind, counterpart) of the batch. The
    /// article-key locks make "which revision is this?" a decision of one writer at a time; the
    /// linking locks are the unavoidable part: deciding that no existing instrument matches and
    /// founding one is a read-then-write that no unique key can express (the match is a
    /// similarity, not an equality), so two ingesters seeing the same new instrument at once would
    /// both found it. Two agreements can only ever link when they share the kind and a counterpart
    /// (or are both domestic), so they always contend for at least one common lock and the second
    /// sees the first's instrument. Locks are taken in one global order, so ingesters never
    /// deadlock on them; row-level conflicts elsewhere surface as 40P01 and are retried.
    public func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome] {
        guard !items.isEmpty else { return [] }
        // Hashing and tokenising are the costly pure part: do them on two tasks before holding any lock.
        let half = (items.count + 1) / 2
        let prepared = await withTaskGroup(of: (Int, [PreparedArticle]).self) { group in
            for (part, range) in [(0, 0..<half), (1, half..<items.count)] where !range.isEmpty {
                group.addTask { (part, items[range].map { self.prepare($0) }) }
            }
            var parts: [[PreparedArticle]] = [[], []]
            for await (part, done) in group { parts[part] = done }
            return parts[0] + parts[1]
        }
        let locks = Self.lockKeys(prepared)
        let timestamp = Self.nowTimestamp()
        let today = clock.today
        return try await transaction { c in
            try await self.run(c, "SELECT pg_advisory_xact_lock(k) FROM unnest(\(locks)::bigint[]) AS t(k)")
            var known = try await self.knownArticles(c, prepared)
            var dirty = Set<Int64>()
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(prepared.count)
            for p in prepared {
                outcomes.append(try await self.ingestOne(c, p, known: &known, dirty: &dirty))
            }
            for id in dirty.sorted() {
                try await self.refreshInstrument(c, id: id, today: today, timestamp: timestamp)
            }
            return outcomes
        }
    }

    /// Which of these content hashes are already stored, so a re-run can skip extracting them.
    public func storedArticleId(contentHash: String) async throws -> Int64? {
        try await read { c in
            try await self.column(c, "SELECT id FROM articles WHERE content_hash = \(contentHash)", as: Int64.self).first
        }
    }

    public func storedContentHashes(_ hashes: [String]) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await read { c in
            Set(try await self.column(c, "SELECT content_hash FROM articles WHERE content_hash = ANY(\(hashes)::text[])", as: String.self))
        }
    }

    /// An item with its hash and tokens computed outside the transaction.
    struct PreparedArticle: Sendable {
        var item: IngestItem
        var hash: String
        var key: String
        var titleTokens: String
        var bodyTokens: String
        /// Normalised title words of each agreement, by index.
        var agreementTitleWords: [Set<String>]
        /// Normalised words of each agreement's scope items, by index.
        var agreementScopeWords: [Set<String>]
    }

    /// The same tokens and title words as the SQLite backend (`SearchText`, `TitleWords`), so both find and link alike.
    func prepare(_ item: IngestItem) -> PreparedArticle {
        var item = item
        item.extraction = item.extraction.checkedForStorage()
        let hash = item.contentHash ?? ContentHash.sha256(item.text)
        let ex = item.extraction
        let key = ex.source.newsId.map { "news:" + $0 } ?? "sha256:" + hash
        let (title, body) = SQLiteRegistry.articleSearchTokens(title: ex.source.title, text: item.text,
                                                               isAgreementNews: ex.isAgreementNews, using: text)
        let words = ex.agreements.map { a in
            TitleWords.of(a.titleTh, tokenizer: text.tokenizer).union(TitleWords.of(a.titleEn, tokenizer: text.tokenizer))
        }
        let scope = ex.agreements.map { a in
            TitleWords.of(a.scope.map(\.text).joined(separator: "\n"), tokenizer: text.tokenizer)
        }
        return PreparedArticle(item: item, hash: hash, key: key, titleTokens: title,
                               bodyTokens: body, agreementTitleWords: words, agreementScopeWords: scope)
    }

    /// Advisory lock keys for a batch, sorted: one per article key, one per (kind, counterpart).
    static func lockKeys(_ batch: [PreparedArticle]) -> [Int64] {
        var keys = Set<Int64>()
        for p in batch {
            keys.insert(lockKey("article|" + p.key))
            for a in p.item.extraction.agreements {
                let codes = Set(a.counterparts.map { $0.uppercased() })
                if codes.isEmpty { keys.insert(lockKey("link|\(a.instrument.rawValue)|")) }
                for code in codes { keys.insert(lockKey("link|\(a.instrument.rawValue)|\(code)")) }
            }
        }
        return keys.sorted()
    }

    /// FNV-1a, 64 bits: stable across processes and versions (Swift's `Hasher` is seeded per process).
    static func lockKey(_ s: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: h)
    }

    /// What the database already holds for a batch's hashes and keys, read with two queries; kept
    /// current as the batch inserts, so duplicates and revisions inside one batch are seen too.
    struct KnownArticles: Sendable {
        /// Content hash → stored (id, revision).
        var byHash: [String: (id: Int64, revision: Int)] = [:]
        /// Article key → latest stored (id, revision).
        var latest: [String: (id: Int64, revision: Int)] = [:]
    }

    func knownArticles(_ c: PostgresConnection, _ batch: [PreparedArticle]) async throws -> KnownArticles {
        var known = KnownArticles()
        let hashes = batch.map(\.hash), keys = Array(Set(batch.map(\.key))).sorted()
        for r in try await rows(c, "SELECT content_hash, id, revision FROM articles WHERE content_hash = ANY(\(hashes)::text[])") {
            known.byHash[try r["content_hash"].decode(String.self)] = (try r["id"].decode(Int64.self), try r["revision"].decode(Int.self))
        }
        // The key locks are held, so no other writer adds a revision of these keys before commit.
        for r in try await rows(c, """
            SELECT DISTINCT ON (article_key) article_key, id, revision FROM articles WHERE article_key = ANY(\(keys)::text[])
            ORDER BY article_key, revision DESC
            """) {
            known.latest[try r["article_key"].decode(String.self)] = (try r["id"].decode(Int64.self), try r["revision"].decode(Int.self))
        }
        return known
    }

    func ingestOne(_ c: PostgresConnection, _ p: PreparedArticle, known: inout KnownArticles, dirty: inout Set<Int64>) async throws -> IngestOutcome {
        let ex = p.item.extraction
        if let k = known.byHash[p.hash] {
            return IngestOutcome(disposition: .duplicate, articleId: k.id, revision: k.revision)
        }
        var revision = 1
        var disposition = IngestOutcome.Disposition.new
        var updated = Set<Int64>()
        // A revision's agreements go back to the instruments the previous revision fed, by index and kind,
        // so ids (and hand corrections) stay stable when an article is re-extracted.
        var inherited: [Int: (instrumentId: Int64, kind: String)] = [:]
        if let prev = known.latest[p.key] {
            let prevId = prev.id
            revision = prev.revision + 1
            disposition = .revised
            // The new text replaces the old revision's contribution; the old text stays as history.
            for r in try await rows(c, "SELECT agreement_index, instrument_id, instrument_kind FROM events WHERE article_id = \(prevId)") {
                let instrumentId = try r["instrument_id"].decode(Int64.self)
                inherited[try r["agreement_index"].decode(Int.self)] = (instrumentId, try r["instrument_kind"].decode(String.self))
                updated.insert(instrumentId)
                dirty.insert(instrumentId)
            }
            try await run(c, "DELETE FROM events WHERE article_id = \(prevId)")
            try await run(c, "UPDATE articles SET is_current = false WHERE article_key = \(p.key) AND is_current")
        }
        let json = String(decoding: try JSONEncoder().encode(ex), as: UTF8.self)
        let inserted: Int64? = try await scalar(c, """
            INSERT INTO articles (article_key, revision, is_current, news_id, url, path, title, published, language,
                                  content_hash, text, is_agreement_news, extraction_json, search)
            VALUES (\(p.key), \(revision), true, \(ex.source.newsId), \(ex.source.url), \(p.item.path), \(ex.source.title),
                    \(ex.source.published?.iso), \(ex.source.language?.rawValue), \(p.hash), \(p.item.text),
                    \(ex.isAgreementNews), \(json)::jsonb,
                    setweight(to_tsvector('simple', \(p.titleTokens)), 'A') || setweight(to_tsvector('simple', \(p.bodyTokens)), 'B'))
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """)
        guard let articleId = inserted else {
            // The same text under another key committed meanwhile: it is stored, so this is a duplicate.
            let r = try await rows(c, "SELECT id, revision FROM articles WHERE content_hash = \(p.hash)")[0]
            let k = (id: try r["id"].decode(Int64.self), revision: try r["revision"].decode(Int.self))
            known.byHash[p.hash] = k
            return IngestOutcome(disposition: .duplicate, articleId: k.id, revision: k.revision)
        }
        known.byHash[p.hash] = (articleId, revision)
        known.latest[p.key] = (articleId, revision)

        var created: [Int64] = []
        for (index, agreement) in ex.agreements.enumerated() {
            let words = index < p.agreementTitleWords.count ? p.agreementTitleWords[index] : []
            let scopeWords = index < p.agreementScopeWords.count ? p.agreementScopeWords[index] : []
            let counterparts = Set(agreement.counterparts.map { $0.uppercased() })
            let probe = LinkProbe(kind: agreement.instrument, counterparts: counterparts, event: agreement.event,
                                  date: agreement.eventDate ?? ex.source.published, articleId: articleId, titleWords: words,
                                  scopeWords: scopeWords)
            var decision: LinkDecision?
            if let heir = inherited[index], heir.kind == agreement.instrument.rawValue,
               try await scalar(c, "SELECT id FROM instruments WHERE id = \(heir.instrumentId)", as: Int64.self) != nil {
                decision = LinkDecision(instrumentId: heir.instrumentId, matchedEventId: nil, score: 1,
                                        reasons: ["revision \(revision) of article \(p.key) replaces the contribution of agreement \(index) of the previous revision"])
            } else {
                decision = InstrumentLinker.best(for: probe, among: try await candidates(c, for: probe))
            }
            let instrumentId: Int64
            if let decision {
                instrumentId = decision.instrumentId
                if !created.contains(instrumentId) { updated.insert(instrumentId) }
            } else {
                let international = agreement.international || !counterparts.isEmpty
                guard let id = try await scalar(c, """
                    INSERT INTO instruments (kind, international, base_status) VALUES (\(agreement.instrument.rawValue), \(international), 'reported')
                    RETURNING id
                    """, as: Int64.self) else { throw RegistryError.unavailable(path: info.description, reason: "instrument insert returned no id") }
                instrumentId = id
                created.append(instrumentId)
            }
            dirty.insert(instrumentId)
            let eventId = try await insertEvent(c, agreement, index: index, articleId: articleId, instrumentId: instrumentId,
                                                fallbackDate: ex.source.published, titleWords: words, scopeWords: scopeWords)
            // Visible to the next agreements of this batch before the refresh rewrites the list.
            let codes = counterparts.sorted()
            try await run(c, """
                INSERT INTO instrument_counterparts (instrument_id, code) SELECT \(instrumentId), unnest(\(codes)::text[])
                ON CONFLICT DO NOTHING
                """)
            let reasons = decision?.reasons ?? ["founded the instrument: no existing instrument matched kind, counterparts, title and dates"]
            let reasonsJSON = String(decoding: try JSONEncoder().encode(reasons), as: UTF8.self)
            try await run(c, """
                INSERT INTO links (event_id, instrument_id, matched_event_id, score, reasons_json)
                VALUES (\(eventId), \(instrumentId), \(decision?.matchedEventId), \(decision?.score ?? 1.0), \(reasonsJSON)::jsonb)
                """)
        }
        updated.subtract(created)
        return IngestOutcome(disposition: disposition, articleId: articleId, revision: revision,
                             createdInstruments: created, updatedInstruments: updated.sorted())
    }

    /// Instruments of the same kind sharing a counterpart (or, for domestic probes, without any)
    /// and at least one title or scope word (no content score passes without one), in three queries.
    func candidates(_ c: PostgresConnection, for probe: LinkProbe) async throws -> [LinkCandidate] {
        let kinds = InstrumentLinker.family(probe.kind).map(\.rawValue)
        let codes = probe.counterparts.sorted()
        var found = Set<Int64>()
        // Instruments sharing a title or scope word.
        let words = probe.titleWords.union(probe.scopeWords).sorted()
        if !words.isEmpty {
            if probe.counterparts.isEmpty {
                found.formUnion(try await column(c, """
                    SELECT DISTINCT e.instrument_id FROM event_words w JOIN events e ON e.id = w.event_id
                    JOIN instruments i ON i.id = e.instrument_id WHERE w.word = ANY(\(words)::text[]) AND i.kind = ANY(\(kinds)::text[])
                    AND NOT EXISTS (SELECT 1 FROM instrument_counterparts c WHERE c.instrument_id = i.id)
                    """, as: Int64.self))
            } else {
                found.formUnion(try await column(c, """
                    SELECT DISTINCT e.instrument_id FROM event_words w JOIN events e ON e.id = w.event_id
                    JOIN instruments i ON i.id = e.instrument_id WHERE w.word = ANY(\(words)::text[]) AND i.kind = ANY(\(kinds)::text[])
                    AND EXISTS (SELECT 1 FROM instrument_counterparts c WHERE c.instrument_id = i.id AND c.code = ANY(\(codes)::text[]))
                    """, as: Int64.self))
            }
        }
        // Instruments with the same partner reported close in time (InstrumentLinker.closeInTime).
        if let d = probe.date, !probe.counterparts.isEmpty {
            let lo = d.adding(days: -InstrumentLinker.closeReportDays).iso, hi = d.adding(days: InstrumentLinker.closeReportDays).iso
            found.formUnion(try await column(c, """
                SELECT DISTINCT ic.instrument_id FROM instrument_counterparts ic JOIN events e ON e.instrument_id = ic.instrument_id
                JOIN instruments i ON i.id = ic.instrument_id
                WHERE ic.code = ANY(\(codes)::text[]) AND e.date BETWEEN \(lo) AND \(hi) AND i.kind = ANY(\(kinds)::text[])
                """, as: Int64.self))
        }
        let ids = found.sorted()
        guard !ids.isEmpty else { return [] }
        var counterparts: [Int64: Set<String>] = [:]
        for r in try await rows(c, "SELECT instrument_id, code FROM instrument_counterparts WHERE instrument_id = ANY(\(ids)::bigint[])") {
            counterparts[try r["instrument_id"].decode(Int64.self), default: []].insert(try r["code"].decode(String.self))
        }
        var kindOf: [Int64: InstrumentKind] = [:]
        for r in try await rows(c, "SELECT id, kind FROM instruments WHERE id = ANY(\(ids)::bigint[])") {
            kindOf[try r["id"].decode(Int64.self)] = InstrumentKind(rawValue: try r["kind"].decode(String.self)) ?? .other
        }
        var events: [Int64: [LinkEvent]] = [:]
        for r in try await rows(c, "SELECT id, instrument_id, kind, date, article_id, title_words, scope_words FROM events WHERE instrument_id = ANY(\(ids)::bigint[]) ORDER BY id") {
            let e = LinkEvent(id: try r["id"].decode(Int64.self), kind: EventKind(rawValue: try r["kind"].decode(String.self)) ?? .other,
                              date: try r["date"].decode(String?.self).flatMap { CalendarDate(iso: $0) },
                              articleId: try r["article_id"].decode(Int64.self),
                              titleWords: Set(try r["title_words"].decode(String.self).split(separator: " ").map(String.init)),
                              scopeWords: Set(try r["scope_words"].decode(String.self).split(separator: " ").map(String.init)))
            events[try r["instrument_id"].decode(Int64.self), default: []].append(e)
        }
        return ids.map { LinkCandidate(instrumentId: $0, kind: kindOf[$0] ?? probe.kind, counterparts: counterparts[$0] ?? [], events: events[$0] ?? []) }
    }

    func insertEvent(_ c: PostgresConnection, _ a: Agreement, index: Int, articleId: Int64, instrumentId: Int64,
                     fallbackDate: CalendarDate?, titleWords: Set<String>, scopeWords: Set<String>) async throws -> Int64 {
        let date = a.eventDate ?? fallbackDate
        let undated = a.eventDate == nil ? true : a.eventDateIsPublished
        let duration: Double? = (a.durationYears ?? 0) > 0 ? a.durationYears : nil
        guard let eventId = try await scalar(c, """
            INSERT INTO events (instrument_id, article_id, agreement_index, kind, date, date_is_published, instrument_kind,
                                title_th, title_en, title_words, international, place, duration_years, scope_words)
            VALUES (\(instrumentId), \(articleId), \(index), \(a.event.rawValue), \(date?.iso), \(date == nil ? false : undated),
                    \(a.instrument.rawValue), \(a.titleTh), \(a.titleEn), \(titleWords.sorted().joined(separator: " ")),
                    \(a.international || !a.counterparts.isEmpty), \(a.place), \(duration), \(scopeWords.sorted().joined(separator: " ")))
            RETURNING id
            """, as: Int64.self) else { throw RegistryError.unavailable(path: info.description, reason: "event insert returned no id") }
        let linkWords = titleWords.union(scopeWords).sorted()
        if !linkWords.isEmpty {
            try await run(c, "INSERT INTO event_words (word, event_id) SELECT unnest(\(linkWords)::text[]), \(eventId)")
        }
        let codes = Set(a.counterparts.map { $0.uppercased() }).sorted()
        if !codes.isEmpty {
            try await run(c, "INSERT INTO event_counterparts (event_id, code) SELECT \(eventId), unnest(\(codes)::text[])")
        }
        for (i, party) in a.parties.enumerated() {
            let orgId = try await upsertId(c, """
                INSERT INTO organisations (name, name_en, country, agency)
                VALUES (\(party.name), \(party.nameEn), \(party.country), \(ThaiAgencies.code(forParty: party)))
                ON CONFLICT (name) DO UPDATE SET name_en = coalesce(organisations.name_en, excluded.name_en),
                    country = coalesce(organisations.country, excluded.country)
                WHERE (organisations.name_en IS NULL AND excluded.name_en IS NOT NULL)
                   OR (organisations.country IS NULL AND excluded.country IS NOT NULL)
                RETURNING id
                """, fallback: "SELECT id FROM organisations WHERE name = \(party.name)")
            try await run(c, """
                INSERT INTO event_parties (event_id, organisation_id, ordinal, name_en, country)
                VALUES (\(eventId), \(orgId), \(i), \(party.nameEn), \(party.country))
                """)
        }
        for (i, s) in a.signatories.enumerated() {
            let personId = try await upsertId(c, "INSERT INTO people (name) VALUES (\(s.name)) ON CONFLICT (name) DO NOTHING RETURNING id",
                                              fallback: "SELECT id FROM people WHERE name = \(s.name)")
            try await run(c, """
                INSERT INTO event_signatories (event_id, person_id, ordinal, position, country, role)
                VALUES (\(eventId), \(personId), \(i), \(s.position), \(s.country), \(s.role.rawValue))
                """)
        }
        for (i, item) in a.scope.enumerated() {
            let areas = Set(item.areas.map(\.rawValue)).sorted()
            try await run(c, """
                WITH s AS (INSERT INTO scope_items (event_id, ordinal, text) VALUES (\(eventId), \(i), \(item.text)) RETURNING id)
                INSERT INTO scope_item_areas (scope_item_id, area) SELECT s.id, a FROM s, unnest(\(areas)::text[]) AS a
                """)
        }
        let areas = Set((a.areas + a.scope.flatMap(\.areas)).map(\.rawValue)).sorted()
        if !areas.isEmpty {
            try await run(c, "INSERT INTO event_areas (event_id, area) SELECT \(eventId), unnest(\(areas)::text[])")
        }
        let modalities = Set(a.modalities.map(\.rawValue)).sorted()
        if !modalities.isEmpty {
            try await run(c, "INSERT INTO event_modalities (event_id, modality) SELECT \(eventId), unnest(\(modalities)::text[])")
        }
        if !a.evidence.isEmpty {
            let fields = a.evidence.map(\.field)
            let starts = a.evidence.map { max(0, $0.start) }
            let ends = a.evidence.map { max(max(0, $0.start), $0.end) }
            try await run(c, """
                INSERT INTO evidence (event_id, ordinal, field, start_offset, end_offset)
                SELECT \(eventId), t.n - 1, t.f, t.s, t.e FROM unnest(\(fields)::text[], \(starts)::bigint[], \(ends)::bigint[])
                    WITH ORDINALITY AS t(f, s, e, n)
                """)
        }
        return eventId
    }

    /// The id an upsert returned, or (when the row already existed and was left alone, or a
    /// concurrent writer committed it after this statement's snapshot) the id a fresh select finds.
    func upsertId(_ c: PostgresConnection, _ upsert: PostgresQuery, fallback: PostgresQuery) async throws -> Int64 {
        if let id = try await scalar(c, upsert, as: Int64.self) { return id }
        guard let id = try await scalar(c, fallback, as: Int64.self) else {
            throw RegistryError.unavailable(path: info.description, reason: "upsert found no row: \(fallback.sql)")
        }
        return id
    }

    /// Recomputes an instrument's derived columns, search document and status from its events,
    /// then applies hand corrections on top. Locks the row first, so concurrent refreshes of one
    /// instrument run one after the other and the last sees every committed event. An instrument
    /// left without events or corrections (its only article was revised away) is deleted.
    func refreshInstrument(_ c: PostgresConnection, id: Int64, today: CalendarDate, timestamp: String) async throws {
        guard let storedKind = try await scalar(c, "SELECT kind FROM instruments WHERE id = \(id) FOR UPDATE", as: String.self) else { return }
        var events: [DerivationEvent] = []
        for r in try await rows(c, """
            SELECT kind, date, title_th, title_en, place, duration_years, international, article_id
            FROM events WHERE instrument_id = \(id) ORDER BY date IS NULL, date, id
            """) {
            events.append(DerivationEvent(
                kind: EventKind(rawValue: try r["kind"].decode(String.self)) ?? .other,
                date: try r["date"].decode(String?.self).flatMap { CalendarDate(iso: $0) },
                titleTh: try r["title_th"].decode(String?.self), titleEn: try r["title_en"].decode(String?.self),
                place: try r["place"].decode(String?.self), durationYears: try r["duration_years"].decode(Double?.self),
                international: try r["international"].decode(Bool.self), articleId: try r["article_id"].decode(Int64.self)))
        }
        var corrections: [(field: String, value: String?)] = []
        for r in try await rows(c, "SELECT field, new_value FROM corrections WHERE instrument_id = \(id) ORDER BY id") {
            corrections.append((try r["field"].decode(String.self), try r["new_value"].decode(String?.self)))
        }
        if events.isEmpty && corrections.isEmpty {
            try await run(c, "DELETE FROM instruments WHERE id = \(id)")
            return
        }
        // Sorted in Swift: the server's collation must not change what is stored.
        let counterparts = try await column(c, "SELECT DISTINCT code FROM event_counterparts c JOIN events e ON e.id = c.event_id WHERE e.instrument_id = \(id)", as: String.self).sorted()
        let areas = try await column(c, "SELECT DISTINCT area FROM event_areas a JOIN events e ON e.id = a.event_id WHERE e.instrument_id = \(id)", as: String.self).sorted()
        let modalities = try await column(c, "SELECT DISTINCT modality FROM event_modalities m JOIN events e ON e.id = m.event_id WHERE e.instrument_id = \(id)", as: String.self).sorted()
        let d = InstrumentDerivation.derive(kind: storedKind, events: events, corrections: corrections, counterparts: counterparts, today: today)

        let parties = try await column(c, """
            SELECT DISTINCT o.name || ' ' || coalesce(o.name_en, '') FROM event_parties p JOIN organisations o ON o.id = p.organisation_id
            JOIN events e ON e.id = p.event_id WHERE e.instrument_id = \(id)
            """, as: String.self).sorted()
        var scope = try await column(c, "SELECT s.text FROM scope_items s JOIN events e ON e.id = s.event_id WHERE e.instrument_id = \(id) ORDER BY s.id", as: String.self)
        // Areas by code and by their English and Thai labels, so "cybersecurity" finds Thai-only records.
        scope += areas.compactMap { Area(rawValue: $0) }.map { "\($0.rawValue) \($0.label) \($0.labelTh)" }
        let people = try await column(c, """
            SELECT DISTINCT pe.name || ' ' || coalesce(s.position, '') FROM event_signatories s JOIN people pe ON pe.id = s.person_id
            JOIN events e ON e.id = s.event_id WHERE e.instrument_id = \(id)
            """, as: String.self).sorted()
        var partyNames: [(name: String, nameEn: String?)] = []
        // The id is an Int64 from the database, so the SQL carries no user text.
        for r in try await rows(c, PostgresQuery(unsafeSQL: PartiesText.query(instrument: String(id)))) {
            partyNames.append((try r["name"].decode(String.self), try r["name_en"].decode(String?.self)))
        }
        let partiesText = PartiesText.encode(partyNames)
        let titleTokens = text.indexTokens(d.titleVariants.joined(separator: "\n") + "\n" + counterparts.joined(separator: " "))
        let partyTokens = text.indexTokens(parties.joined(separator: "\n"))
        let scopeTokens = text.indexTokens(scope.joined(separator: "\n"))
        let peopleTokens = text.indexTokens(people.joined(separator: "\n"))
        try await run(c, """
            UPDATE instruments SET kind = \(d.kind), title_th = \(d.titleTh), title_en = \(d.titleEn), international = \(d.international),
                place = \(d.place), duration_years = \(d.durationYears), base_status = \(d.baseStatus.rawValue), status_override = \(d.statusOverride),
                term_start = \(d.termStart?.iso), term_end = \(d.termEnd?.iso), first_date = \(d.firstDate?.iso), last_date = \(d.lastDate?.iso),
                counterparts_text = \(counterparts.joined(separator: ",")), areas_text = \(areas.joined(separator: ",")),
                modalities_text = \(modalities.joined(separator: ",")), event_count = \(d.eventCount), source_count = \(d.sourceCount),
                updated_at = now(), parties_text = \(partiesText),
                search = setweight(to_tsvector('simple', \(titleTokens)), 'A') || setweight(to_tsvector('simple', \(partyTokens)), 'B')
                      || setweight(to_tsvector('simple', \(scopeTokens)), 'C') || setweight(to_tsvector('simple', \(peopleTokens)), 'D')
            WHERE id = \(id)
            """)
        try await run(c, "DELETE FROM instrument_counterparts WHERE instrument_id = \(id) AND code <> ALL(\(counterparts)::text[])")
        try await run(c, "INSERT INTO instrument_counterparts (instrument_id, code) SELECT \(id), unnest(\(counterparts)::text[]) ON CONFLICT DO NOTHING")
        try await run(c, "DELETE FROM instrument_areas WHERE instrument_id = \(id) AND area <> ALL(\(areas)::text[])")
        try await run(c, "INSERT INTO instrument_areas (instrument_id, area) SELECT \(id), unnest(\(areas)::text[]) ON CONFLICT DO NOTHING")
        try await Self.storeConfidence(c, instrument: id, logger: logger)
    }

    /// Scores the record (`RecordConfidence`) from its stored rows and keeps whether a reviewer confirmed it.
    static func storeConfidence(_ c: PostgresConnection, instrument id: Int64, logger: Logger) async throws {
        var inputs: RecordConfidence.Inputs?
        for try await (th, en, intl, cps, parties, sources) in try await c.query("""
            SELECT title_th, title_en, international, counterparts_text, parties_text, source_count FROM instruments WHERE id = \(id)
            """, logger: logger).decode((String?, String?, Bool, String, String, Int).self) {
            inputs = RecordConfidence.Inputs(titles: [th, en].compactMap { $0 }, partyCount: PartiesText.decode(parties).count,
                                             international: intl, counterparts: cps.split(separator: ",").map(String.init),
                                             sourceCount: sources, ownDatedEvents: 0, signingDates: [])
        }
        guard var x = inputs else { return }
        for try await (kind, date, published, th, en) in try await c.query("""
            SELECT kind, date, date_is_published, title_th, title_en FROM events WHERE instrument_id = \(id)
            """, logger: logger).decode((String, String?, Bool, String?, String?).self) {
            x.titles += [th, en].compactMap { $0 }
            if date != nil && !published { x.ownDatedEvents += 1 }
            if ["signing", "exchange"].contains(kind), !published, let d = date.flatMap({ CalendarDate(iso: $0) }) { x.signingDates.append(d) }
        }
        let (score, reasons) = RecordConfidence.score(x)
        var confirmed = false
        for try await value in try await c.query("""
            SELECT new_value FROM corrections WHERE instrument_id = \(id) AND field = 'confirmed' ORDER BY id DESC LIMIT 1
            """, logger: logger).decode(String?.self) { confirmed = value != nil }
        try await c.query("""
            UPDATE instruments SET confidence = \(score), confidence_reasons = \(reasons.joined(separator: "|")), confirmed = \(confirmed) WHERE id = \(id)
            """, logger: logger)
    }
}
