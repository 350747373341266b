import AccordCore
import Foundation
import GRDB
import ThaiText

extension SQLiteRegistry {
    /// Stores a batch in one write transaction: articles and every derived row commit together,
    /// so an interrupted ingest leaves either the whole batch or none of it.
    public func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome] {
        guard !items.isEmpty else { return [] }
        // Hashing and tokenising are the costly pure part: do them on two tasks before taking the write lock.
        let half = (items.count + 1) / 2
        let prepared = await withTaskGroup(of: (Int, [PreparedItem]).self) { group in
            for (part, range) in [(0, 0..<half), (1, half..<items.count)] where !range.isEmpty {
                group.addTask { (part, items[range].map { self.prepare($0) }) }
            }
            var parts: [[PreparedItem]] = [[], []]
            for await (part, done) in group { parts[part] = done }
            return parts[0] + parts[1]
        }
        let timestamp = Self.nowTimestamp()
        let today = clock.today
        return try await pool.write { db in
            var dirty = Set<Int64>()
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(prepared.count)
            for p in prepared {
                outcomes.append(try Self.ingestOne(db, p, timestamp: timestamp, dirty: &dirty))
            }
            for id in dirty.sorted() {
                try self.refreshInstrument(db, id: id, today: today, timestamp: timestamp)
            }
            return outcomes
        }
    }

    public func storedArticleId(contentHash: String) async throws -> Int64? {
        try await pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE content_hash = ?", arguments: [contentHash])
        }
    }

    public func storedContentHashes(_ hashes: [String]) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await pool.read { db in
            var found = Set<String>()
            // Chunks keep the statement under SQLite's variable limit.
            for start in stride(from: 0, to: hashes.count, by: 500) {
                let chunk = Array(hashes[start..<min(start + 500, hashes.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                found.formUnion(try String.fetchAll(db, sql: "SELECT content_hash FROM articles WHERE content_hash IN (\(marks))",
                                                    arguments: StatementArguments(chunk)))
            }
            return found
        }
    }

    /// An item with its hash and tokens computed outside the transaction.
    struct PreparedItem: Sendable {
        var item: IngestItem
        var hash: String
        var titleTokens: String
        var bodyTokens: String
        /// Normalised title words of each agreement, by index.
        var agreementTitleWords: [Set<String>]
        /// Normalised words of each agreement's scope items, by index.
        var agreementScopeWords: [Set<String>]
    }

    func prepare(_ item: IngestItem) -> PreparedItem {
        var item = item
        item.extraction = item.extraction.checkedForStorage()
        let hash = item.contentHash ?? ContentHash.sha256(item.text)
        let (title, body) = Self.articleSearchTokens(title: item.extraction.source.title, text: item.text,
                                                     isAgreementNews: item.extraction.isAgreementNews, using: text)
        let words = item.extraction.agreements.map { a in
            TitleWords.of(a.titleTh, tokenizer: text.tokenizer).union(TitleWords.of(a.titleEn, tokenizer: text.tokenizer))
        }
        let scope = item.extraction.agreements.map { a in
            TitleWords.of(a.scope.map(\.text).joined(separator: "\n"), tokenizer: text.tokenizer)
        }
        return PreparedItem(item: item, hash: hash, titleTokens: title, bodyTokens: body, agreementTitleWords: words, agreementScopeWords: scope)
    }

    static func ingestOne(_ db: Database, _ p: PreparedItem, timestamp: String, dirty: inout Set<Int64>) throws -> IngestOutcome {
        let ex = p.item.extraction
        if let row = try Row.fetchOne(db, sql: "SELECT id, revision FROM articles WHERE content_hash = ?", arguments: [p.hash]) {
            return IngestOutcome(disposition: .duplicate, articleId: row["id"], revision: row["revision"])
        }
        let key = ex.source.newsId.map { "news:" + $0 } ?? "sha256:" + p.hash
        var revision = 1
        var disposition = IngestOutcome.Disposition.new
        var updated = Set<Int64>()
        // A revision's agreements go back to the instruments the previous revision fed, by index and kind,
        // so ids (and hand corrections) stay stable when an article is re-extracted.
        var inherited: [Int: (instrumentId: Int64, kind: String)] = [:]
        if let prev = try Row.fetchOne(db, sql: "SELECT id, revision FROM articles WHERE article_key = ? ORDER BY revision DESC LIMIT 1", arguments: [key]) {
            let prevId: Int64 = prev["id"]
            revision = (prev["revision"] as Int) + 1
            disposition = .revised
            // The new text replaces the old revision's contribution; the old text stays as history.
            let touched = try Int64.fetchAll(db, sql: "SELECT DISTINCT instrument_id FROM events WHERE article_id = ?", arguments: [prevId])
            for r in try Row.fetchAll(db, sql: "SELECT agreement_index, instrument_id, instrument_kind FROM events WHERE article_id = ?", arguments: [prevId]) {
                inherited[r["agreement_index"]] = (r["instrument_id"], r["instrument_kind"])
            }
            try db.execute(sql: "DELETE FROM events WHERE article_id = ?", arguments: [prevId])
            try db.execute(sql: "UPDATE articles SET is_current = 0 WHERE article_key = ?", arguments: [key])
            for id in touched {
                updated.insert(id)
                dirty.insert(id)
            }
        }
        let json = String(decoding: try JSONEncoder().encode(ex), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO articles (article_key, revision, is_current, news_id, url, path, title, published, language,
                                  content_hash, text, is_agreement_news, extraction_json, ingested_at)
            VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [key, revision, ex.source.newsId, ex.source.url, p.item.path, ex.source.title,
                             ex.source.published?.iso, ex.source.language?.rawValue, p.hash, p.item.text,
                             ex.isAgreementNews, json, timestamp])
        let articleId = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                       arguments: [articleId, p.titleTokens, p.bodyTokens])

        var created: [Int64] = []
        for (index, agreement) in ex.agreements.enumerated() {
            let words = index < p.agreementTitleWords.count ? p.agreementTitleWords[index] : []
            let scopeWords = index < p.agreementScopeWords.count ? p.agreementScopeWords[index] : []
            let counterparts = Set(agreement.counterparts.map { $0.uppercased() })
            let probe = LinkProbe(kind: agreement.instrument, counterparts: counterparts, event: agreement.event,
                                  date: agreement.eventDate ?? ex.source.published, articleId: articleId, titleWords: words, scopeWords: scopeWords)
            var decision: LinkDecision?
            if let heir = inherited[index], heir.kind == agreement.instrument.rawValue,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM instruments WHERE id = ?", arguments: [heir.instrumentId]) != nil {
                decision = LinkDecision(instrumentId: heir.instrumentId, matchedEventId: nil, score: 1,
                                        reasons: ["revision \(revision) of article \(key) replaces the contribution of agreement \(index) of the previous revision"])
            } else {
                decision = InstrumentLinker.best(for: probe, among: try candidates(db, for: probe))
            }
            let instrumentId: Int64
            if let decision {
                instrumentId = decision.instrumentId
                if !created.contains(instrumentId) { updated.insert(instrumentId) }
            } else {
                try db.execute(sql: """
                    INSERT INTO instruments (kind, international, base_status, created_at, updated_at)
                    VALUES (?, ?, 'reported', ?, ?)
                    """, arguments: [agreement.instrument.rawValue, agreement.international || !counterparts.isEmpty, timestamp, timestamp])
                instrumentId = db.lastInsertedRowID
                created.append(instrumentId)
            }
            dirty.insert(instrumentId)
            let eventId = try insertEvent(db, agreement, index: index, articleId: articleId, instrumentId: instrumentId,
                                          fallbackDate: ex.source.published, titleWords: words, scopeWords: scopeWords)
            for code in counterparts {
                try db.execute(sql: "INSERT OR IGNORE INTO instrument_counterparts (instrument_id, code) VALUES (?, ?)", arguments: [instrumentId, code])
            }
            let reasons = decision?.reasons ?? ["founded the instrument: no existing instrument matched kind, counterparts, title and dates"]
            try db.execute(sql: "INSERT INTO links (event_id, instrument_id, matched_event_id, score, reasons_json) VALUES (?, ?, ?, ?, ?)",
                           arguments: [eventId, instrumentId, decision?.matchedEventId, decision?.score ?? 1.0,
                                       String(decoding: try JSONEncoder().encode(reasons), as: UTF8.self)])
        }
        updated.subtract(created)
        return IngestOutcome(disposition: disposition, articleId: articleId, revision: revision,
                             createdInstruments: created, updatedInstruments: updated.sorted())
    }

    /// Instruments of the same kind sharing a counterpart (or, for domestic probes, without any)
    /// and at least one title or scope word (no content score passes without one), in three queries.
    static func candidates(_ db: Database, for probe: LinkProbe) throws -> [LinkCandidate] {
        let kinds = InstrumentLinker.family(probe.kind).map(\.rawValue)
        let kindMarks = Array(repeating: "?", count: kinds.count).joined(separator: ",")
        var counterpartSQL = ""
        var counterpartArgs: [any DatabaseValueConvertible] = []
        if probe.counterparts.isEmpty {
            counterpartSQL = " AND NOT EXISTS (SELECT 1 FROM instrument_counterparts c WHERE c.instrument_id = i.id)"
        } else {
            let marks = Array(repeating: "?", count: probe.counterparts.count).joined(separator: ",")
            counterpartArgs = probe.counterparts.sorted()
            counterpartSQL = " AND EXISTS (SELECT 1 FROM instrument_counterparts c WHERE c.instrument_id = i.id AND c.code IN (\(marks)))"
        }
        var ids = Set<Int64>()
        // Instruments sharing a title or scope word.
        let words = Array(probe.titleWords.union(probe.scopeWords))
        if !words.isEmpty {
            let wordMarks = Array(repeating: "?", count: words.count).joined(separator: ",")
            let sql = """
                SELECT DISTINCT e.instrument_id FROM event_words w JOIN events e ON e.id = w.event_id
                JOIN instruments i ON i.id = e.instrument_id WHERE w.word IN (\(wordMarks)) AND i.kind IN (\(kindMarks))
                """ + counterpartSQL
            ids.formUnion(try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(words + kinds + counterpartArgs)))
        }
        // Instruments with the same partner reported close in time (InstrumentLinker.closeInTime).
        if let d = probe.date, !probe.counterparts.isEmpty {
            let lo = d.adding(days: -InstrumentLinker.closeReportDays).iso, hi = d.adding(days: InstrumentLinker.closeReportDays).iso
            let marks = Array(repeating: "?", count: probe.counterparts.count).joined(separator: ",")
            let sql = """
                SELECT DISTINCT c.instrument_id FROM instrument_counterparts c JOIN events e ON e.instrument_id = c.instrument_id
                JOIN instruments i ON i.id = c.instrument_id
                WHERE c.code IN (\(marks)) AND e.date BETWEEN ? AND ? AND i.kind IN (\(kindMarks))
                """
            ids.formUnion(try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(probe.counterparts.sorted() + [lo, hi] + kinds)))
        }
        guard !ids.isEmpty else { return [] }
        let idList = ids.sorted().map(String.init).joined(separator: ",")
        var codes: [Int64: Set<String>] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT instrument_id, code FROM instrument_counterparts WHERE instrument_id IN (\(idList))") {
            codes[r["instrument_id"], default: []].insert(r["code"])
        }
        var kindOf: [Int64: InstrumentKind] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, kind FROM instruments WHERE id IN (\(idList))") {
            kindOf[r["id"]] = InstrumentKind(rawValue: r["kind"]) ?? .other
        }
        var events: [Int64: [LinkEvent]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT instrument_id, id, kind, date, article_id, title_words, scope_words FROM events WHERE instrument_id IN (\(idList)) ORDER BY id
            """) {
            let words = (r["title_words"] as String).split(separator: " ").map(String.init)
            events[r["instrument_id"], default: []].append(
                LinkEvent(id: r["id"], kind: EventKind(rawValue: r["kind"]) ?? .other, date: (r["date"] as String?).flatMap { CalendarDate(iso: $0) },
                          articleId: r["article_id"], titleWords: Set(words),
                          scopeWords: Set((r["scope_words"] as String).split(separator: " ").map(String.init))))
        }
        return events.keys.sorted().map { id in
            LinkCandidate(instrumentId: id, kind: kindOf[id] ?? probe.kind, counterparts: codes[id] ?? [], events: events[id] ?? [])
        }
    }

    static func insertEvent(_ db: Database, _ a: Agreement, index: Int, articleId: Int64, instrumentId: Int64,
                            fallbackDate: CalendarDate?, titleWords: Set<String>, scopeWords: Set<String>) throws -> Int64 {
        let date = a.eventDate ?? fallbackDate
        let undated = a.eventDate == nil ? true : a.eventDateIsPublished
        try db.execute(sql: """
            INSERT INTO events (instrument_id, article_id, agreement_index, kind, date, date_is_published, instrument_kind,
                                title_th, title_en, title_words, international, place, duration_years, scope_words)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [instrumentId, articleId, index, a.event.rawValue, date?.iso, date == nil ? false : undated,
                             a.instrument.rawValue, a.titleTh, a.titleEn, titleWords.sorted().joined(separator: " "),
                             a.international || !a.counterparts.isEmpty, a.place,
                             (a.durationYears ?? 0) > 0 ? a.durationYears : nil, scopeWords.sorted().joined(separator: " ")])
        let eventId = db.lastInsertedRowID
        for w in titleWords.union(scopeWords) {
            try db.execute(sql: "INSERT INTO event_words (word, event_id) VALUES (?, ?)", arguments: [w, eventId])
        }
        for code in Set(a.counterparts.map { $0.uppercased() }) {
            try db.execute(sql: "INSERT INTO event_counterparts (event_id, code) VALUES (?, ?)", arguments: [eventId, code])
        }
        for (i, party) in a.parties.enumerated() {
            try db.execute(sql: "INSERT INTO organisations (name, name_en, country, agency) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET name_en = coalesce(name_en, excluded.name_en), country = coalesce(country, excluded.country)",
                           arguments: [party.name, party.nameEn, party.country, ThaiAgencies.code(forParty: party)])
            let orgId = try Int64.fetchOne(db, sql: "SELECT id FROM organisations WHERE name = ?", arguments: [party.name])!
            try db.execute(sql: "INSERT INTO event_parties (event_id, organisation_id, ordinal, name_en, country) VALUES (?, ?, ?, ?, ?)",
                           arguments: [eventId, orgId, i, party.nameEn, party.country])
        }
        for (i, s) in a.signatories.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO people (name) VALUES (?)", arguments: [s.name])
            let personId = try Int64.fetchOne(db, sql: "SELECT id FROM people WHERE name = ?", arguments: [s.name])!
            try db.execute(sql: "INSERT INTO event_signatories (event_id, person_id, ordinal, position, country, role) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [eventId, personId, i, s.position, s.country, s.role.rawValue])
        }
        for (i, item) in a.scope.enumerated() {
            try db.execute(sql: "INSERT INTO scope_items (event_id, ordinal, text) VALUES (?, ?, ?)", arguments: [eventId, i, item.text])
            let itemId = db.lastInsertedRowID
            for area in Set(item.areas) {
                try db.execute(sql: "INSERT INTO scope_item_areas (scope_item_id, area) VALUES (?, ?)", arguments: [itemId, area.rawValue])
            }
        }
        for area in Set(a.areas + a.scope.flatMap(\.areas)) {
            try db.execute(sql: "INSERT INTO event_areas (event_id, area) VALUES (?, ?)", arguments: [eventId, area.rawValue])
        }
        for m in Set(a.modalities) {
            try db.execute(sql: "INSERT INTO event_modalities (event_id, modality) VALUES (?, ?)", arguments: [eventId, m.rawValue])
        }
        for (i, e) in a.evidence.enumerated() {
            try db.execute(sql: "INSERT INTO evidence (event_id, ordinal, field, start, \"end\") VALUES (?, ?, ?, ?, ?)",
                           arguments: [eventId, i, e.field, max(0, e.start), max(max(0, e.start), e.end)])
        }
        return eventId
    }

    /// Recomputes an instrument's derived columns, search row and status from its events, then
    /// applies hand corrections on top (so re-extraction never overwrites them). An instrument
    /// left without events or corrections (its only article was revised away) is deleted.
    func refreshInstrument(_ db: Database, id: Int64, today: CalendarDate, timestamp: String) throws {
        let events = try Row.fetchAll(db, sql: """
            SELECT e.id, e.kind, e.date, e.title_th, e.title_en, e.place, e.duration_years, e.international, e.article_id
            FROM events e WHERE e.instrument_id = ? ORDER BY e.date IS NULL, e.date, e.id
            """, arguments: [id])
        let correctionCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM corrections WHERE instrument_id = ?", arguments: [id]) ?? 0
        if events.isEmpty && correctionCount == 0 {
            try db.execute(sql: "DELETE FROM instruments_fts WHERE rowid = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM instruments WHERE id = ?", arguments: [id])
            return
        }
        let startKinds: Set<String> = ["signing", "exchange", "renewal"]
        // The title as the signing (or latest term-starting event) gives it, else the latest event's.
        let preferred = events.filter { startKinds.contains($0["kind"]) }.reversed() + events.reversed()
        var titleTh = preferred.lazy.compactMap { $0["title_th"] as String? }.first
        var titleEn = preferred.lazy.compactMap { $0["title_en"] as String? }.first
        var place = preferred.lazy.compactMap { $0["place"] as String? }.first
        var kind = try String.fetchOne(db, sql: "SELECT kind FROM instruments WHERE id = ?", arguments: [id]) ?? "other"
        let statusEvents = events.map { r in
            StatusEvent(kind: EventKind(rawValue: r["kind"]) ?? .other, date: (r["date"] as String?).flatMap { CalendarDate(iso: $0) },
                        durationYears: r["duration_years"])
        }
        var durationOverride: Double?
        var statusOverride: String?
        // Latest correction per field wins.
        for c in try Row.fetchAll(db, sql: "SELECT field, new_value FROM corrections WHERE instrument_id = ? ORDER BY id", arguments: [id]) {
            let value: String? = c["new_value"]
            switch CorrectableField(rawValue: c["field"]) {
            case .titleTh: titleTh = value
            case .titleEn: titleEn = value
            case .place: place = value
            case .instrument: if let value { kind = value }
            case .durationYears: durationOverride = value.flatMap(Double.init)
            case .status: statusOverride = value
            case .confirmed: break
            case nil: break
            }
        }
        let derived = InstrumentStatus.derive(events: statusEvents, durationOverride: durationOverride, today: today)
        // Store status without "today"; expiring/expired are computed at query time from term_end.
        let base = derived.stored(events: statusEvents)
        let dates = statusEvents.compactMap(\.date)
        let counterparts = try String.fetchAll(db, sql: "SELECT DISTINCT code FROM event_counterparts c JOIN events e ON e.id = c.event_id WHERE e.instrument_id = ? ORDER BY code", arguments: [id])
        let areas = try String.fetchAll(db, sql: "SELECT DISTINCT area FROM event_areas a JOIN events e ON e.id = a.event_id WHERE e.instrument_id = ? ORDER BY area", arguments: [id])
        let modalities = try String.fetchAll(db, sql: "SELECT DISTINCT modality FROM event_modalities m JOIN events e ON e.id = m.event_id WHERE e.instrument_id = ? ORDER BY modality", arguments: [id])
        let sources = Set(events.map { $0["article_id"] as Int64 }).count
        let international = events.contains { ($0["international"] as Bool) } || !counterparts.isEmpty
        let parties = PartiesText.encode(try Row.fetchAll(db, sql: PartiesText.query(instrument: "?"), arguments: [id]).map { ($0["name"], $0["name_en"]) })
        try db.execute(sql: """
            UPDATE instruments SET kind = ?, title_th = ?, title_en = ?, international = ?, place = ?, duration_years = ?,
                base_status = ?, status_override = ?, term_start = ?, term_end = ?, first_date = ?, last_date = ?,
                counterparts_text = ?, areas_text = ?, modalities_text = ?, event_count = ?, source_count = ?, updated_at = ?,
                parties_text = ?
            WHERE id = ?
            """, arguments: [kind, titleTh, titleEn, international, place, derived.durationYears, base.rawValue, statusOverride,
                             derived.termStart?.iso, derived.termEnd?.iso, dates.min()?.iso, dates.max()?.iso,
                             counterparts.joined(separator: ","), areas.joined(separator: ","), modalities.joined(separator: ","),
                             events.count, sources, timestamp, parties, id])
        try db.execute(sql: "DELETE FROM instrument_counterparts WHERE instrument_id = ?", arguments: [id])
        for c in counterparts { try db.execute(sql: "INSERT INTO instrument_counterparts (instrument_id, code) VALUES (?, ?)", arguments: [id, c]) }
        try db.execute(sql: "DELETE FROM instrument_areas WHERE instrument_id = ?", arguments: [id])
        for a in areas { try db.execute(sql: "INSERT INTO instrument_areas (instrument_id, area) VALUES (?, ?)", arguments: [id, a]) }

        try Self.writeSearchRow(db, instrument: id, text: text)
        try Self.storeConfidence(db, instrument: id)
    }

    /// Scores the record (`RecordConfidence`) from its stored rows and keeps whether a reviewer confirmed it.
    static func storeConfidence(_ db: Database, instrument id: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT title_th, title_en, international, counterparts_text, parties_text, source_count FROM instruments WHERE id = ?", arguments: [id]) else { return }
        let events = try Row.fetchAll(db, sql: "SELECT kind, date, date_is_published, title_th, title_en FROM events WHERE instrument_id = ?", arguments: [id])
        var titles = [row["title_th"] as String?, row["title_en"] as String?].compactMap { $0 }
        titles += events.flatMap { [$0["title_th"] as String?, $0["title_en"] as String?].compactMap { $0 } }
        let inputs = RecordConfidence.Inputs(
            titles: titles, partyCount: PartiesText.decode(row["parties_text"]).count, international: row["international"],
            counterparts: (row["counterparts_text"] as String).split(separator: ",").map(String.init), sourceCount: row["source_count"],
            ownDatedEvents: events.filter { ($0["date"] as String?) != nil && !($0["date_is_published"] as Bool) }.count,
            signingDates: events.filter { ["signing", "exchange"].contains($0["kind"] as String) && !($0["date_is_published"] as Bool) }
                .compactMap { ($0["date"] as String?).flatMap { CalendarDate(iso: $0) } })
        let (score, reasons) = RecordConfidence.score(inputs)
        let confirmed = try String.fetchOne(db, sql: "SELECT new_value FROM corrections WHERE instrument_id = ? AND field = 'confirmed' ORDER BY id DESC LIMIT 1", arguments: [id]) != nil
        try db.execute(sql: "UPDATE instruments SET confidence = ?, confidence_reasons = ?, confirmed = ? WHERE id = ?",
                       arguments: [score, reasons.joined(separator: "|"), confirmed, id])
    }

    /// Rewrites an instrument's search row: every title variant and counterpart, parties, scope texts, people.
    static func writeSearchRow(_ db: Database, instrument id: Int64, text: SearchText) throws {
        let row = try Row.fetchOne(db, sql: "SELECT title_th, title_en, counterparts_text FROM instruments WHERE id = ?", arguments: [id])
        let counterparts = ((row?["counterparts_text"] as String?) ?? "").split(separator: ",").map(String.init)
        let eventTitles = try Row.fetchAll(db, sql: "SELECT title_th, title_en FROM events WHERE instrument_id = ?", arguments: [id])
            .flatMap { [$0["title_th"] as String?, $0["title_en"] as String?].compactMap { $0 } }
        let titles = Set(eventTitles + [row?["title_th"] as String?, row?["title_en"] as String?].compactMap { $0 })
        let parties = try String.fetchAll(db, sql: """
            SELECT DISTINCT o.name || ' ' || coalesce(o.name_en, '') FROM event_parties p JOIN organisations o ON o.id = p.organisation_id
            JOIN events e ON e.id = p.event_id WHERE e.instrument_id = ?
            """, arguments: [id])
        var scope = try String.fetchAll(db, sql: "SELECT s.text FROM scope_items s JOIN events e ON e.id = s.event_id WHERE e.instrument_id = ?", arguments: [id])
        // Areas by code and by their English and Thai labels, so "cybersecurity" finds Thai-only records.
        let areas = ((try String.fetchOne(db, sql: "SELECT areas_text FROM instruments WHERE id = ?", arguments: [id])) ?? "")
            .split(separator: ",").compactMap { Area(rawValue: String($0)) }
        scope += areas.map { "\($0.rawValue) \($0.label) \($0.labelTh)" }
        let people = try String.fetchAll(db, sql: """
            SELECT DISTINCT pe.name || ' ' || coalesce(s.position, '') FROM event_signatories s JOIN people pe ON pe.id = s.person_id
            JOIN events e ON e.id = s.event_id WHERE e.instrument_id = ?
            """, arguments: [id])
        try db.execute(sql: "DELETE FROM instruments_fts WHERE rowid = ?", arguments: [id])
        try db.execute(sql: "INSERT INTO instruments_fts (rowid, title, parties, scope, people) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, text.indexTokens(titles.sorted().joined(separator: "\n") + "\n" + counterparts.joined(separator: " ")),
                                   text.indexTokens(parties.joined(separator: "\n")), text.indexTokens(scope.joined(separator: "\n")),
                                   text.indexTokens(people.joined(separator: "\n"))])
    }

    /// The search tokens of an article: its title, and its body when it is agreement news.
    static func articleSearchTokens(title: String, text body: String, isAgreementNews: Bool, using text: SearchText) -> (title: String, body: String) {
        // Only agreement news is indexed in full; other articles are searchable by title. The
        // registry's questions are about instruments, and this keeps the index a tenth the size.
        (text.indexTokens(title), isAgreementNews ? text.indexTokens(body) : "")
    }
}
