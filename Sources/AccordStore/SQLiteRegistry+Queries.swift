import AccordCore
import Foundation
import GRDB
import ThaiText

extension SQLiteRegistry {
    /// The status column computed against today: term end decides expiring/expired.
    func statusSQL(_ alias: String = "i") -> String {
        let (today, soon) = todayISO
        return """
            (CASE WHEN \(alias).status_override IS NOT NULL THEN \(alias).status_override
                  WHEN \(alias).term_end IS NOT NULL AND \(alias).term_end < '\(today)' THEN 'expired'
                  WHEN \(alias).term_end IS NOT NULL AND \(alias).term_end <= '\(soon)' THEN 'expiring'
                  ELSE \(alias).base_status END)
            """
    }

    /// SQL conditions on instruments aliased `i`, with their arguments.
    func filterSQL(_ f: InstrumentFilter) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = ["1"]
        var args: [any DatabaseValueConvertible] = []
        if let c = f.counterpart?.trimmingCharacters(in: .whitespaces).uppercased(), !c.isEmpty {
            clauses.append("i.id IN (SELECT instrument_id FROM instrument_counterparts WHERE code = ?)")
            args.append(c)
        }
        if let a = f.area {
            clauses.append("i.id IN (SELECT instrument_id FROM instrument_areas WHERE area = ?)")
            args.append(a.rawValue)
        }
        if let k = f.instrument {
            clauses.append("i.kind = ?")
            args.append(k.rawValue)
        }
        if let s = f.status {
            clauses.append("\(statusSQL()) = ?")
            args.append(s.rawValue)
        }
        if let intl = f.international {
            clauses.append("i.international = ?")
            args.append(intl)
        }
        if let a = f.agency?.trimmingCharacters(in: .whitespaces).uppercased(), !a.isEmpty {
            let codes = ThaiAgencies.withDescendants(a)
            clauses.append("""
                i.id IN (SELECT e.instrument_id FROM event_parties p JOIN organisations o ON o.id = p.organisation_id
                JOIN events e ON e.id = p.event_id WHERE o.agency IN (\(Array(repeating: "?", count: codes.count).joined(separator: ","))))
                """)
            args.append(contentsOf: codes)
        }
        if f.event != nil || f.fromYear != nil || f.toYear != nil {
            var ev = ["e.instrument_id = i.id"]
            if let e = f.event { ev.append("e.kind = ?"); args.append(e.rawValue) }
            if let y = f.fromYear { ev.append("e.date >= ?"); args.append(String(format: "%04d-01-01", y)) }
            if let y = f.toYear { ev.append("e.date <= ?"); args.append(String(format: "%04d-12-31", y)) }
            clauses.append("EXISTS (SELECT 1 FROM events e WHERE \(ev.joined(separator: " AND ")))")
        }
        return (clauses.joined(separator: " AND "), StatementArguments(args))
    }

    var summaryColumns: String {
        "i.id, i.kind, i.title_th, i.title_en, i.counterparts_text, i.areas_text, i.first_date, i.last_date, i.term_start, i.term_end, i.event_count, i.source_count, i.parties_text, i.confidence, i.confidence_reasons, i.confirmed, \(statusSQL()) AS status"
    }

    static func summary(_ r: Row) -> InstrumentSummary {
        let kind = InstrumentKind(rawValue: r["kind"]) ?? .other
        let counterparts = (r["counterparts_text"] as String).split(separator: ",").map(String.init)
        let areas = (r["areas_text"] as String).split(separator: ",").compactMap { Area(rawValue: String($0)) }
        let title = InstrumentTitle.display(kind: kind, titleTh: r["title_th"], titleEn: r["title_en"],
                                            parties: PartiesText.decode(r["parties_text"]), counterparts: counterparts, areas: areas)
        return InstrumentSummary(
            id: r["id"], kind: kind, title: title.th, titleEn: title.en, titleComposed: title.composedTh, titleEnComposed: title.composedEn,
            confidence: r["confidence"], confidenceReasons: (r["confidence_reasons"] as String).split(separator: "|").map(String.init), confirmed: r["confirmed"],
            counterparts: counterparts, areas: areas,
            status: InstrumentStatus(rawValue: r["status"]) ?? .reported,
            firstDate: date(r["first_date"]), lastDate: date(r["last_date"]), signedDate: date(r["term_start"]),
            termEnd: date(r["term_end"]), eventCount: r["event_count"], sourceCount: r["source_count"])
    }

    static func date(_ s: String?) -> CalendarDate? { s.flatMap { CalendarDate(iso: $0) } }

    public func instruments(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary> {
        try await summaries(filter, extra: "1", order: "i.last_date DESC NULLS LAST, i.id DESC", page: page)
    }

    /// One page of summaries matching the filter and `extra`, in `order`, with the total.
    func summaries(_ filter: InstrumentFilter, extra: String, order: String, page: PageRequest) async throws -> Page<InstrumentSummary> {
        let (cond, args) = filterSQL(filter)
        let columns = summaryColumns
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM instruments i WHERE \(extra) AND \(cond)", arguments: args) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM instruments i WHERE \(extra) AND \(cond)
                ORDER BY \(order) LIMIT \(page.limit) OFFSET \(page.offset)
                """, arguments: args)
            return Page(items: rows.map(Self.summary), total: total, offset: page.offset, limit: page.limit)
        }
    }

    public func instrument(_ id: Int64) async throws -> InstrumentRecord {
        let columns = summaryColumns
        return try await pool.read { db in try self.record(db, id: id, columns: columns) }
    }

    public func reviewQueue(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary> {
        try await summaries(filter, extra: "i.confirmed = 0", order: "i.confidence, i.last_date DESC NULLS LAST, i.id DESC", page: page)
    }

    func record(_ db: Database, id: Int64, columns: String) throws -> InstrumentRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns), i.international, i.place, i.duration_years, i.modalities_text FROM instruments i WHERE i.id = ?", arguments: [id]) else {
            throw RegistryError.instrumentNotFound(id)
        }
        let parties = try Row.fetchAll(db, sql: """
            SELECT o.id, o.name, coalesce(o.name_en, min(p.name_en)) AS name_en, coalesce(o.country, min(p.country)) AS country, o.agency
            FROM event_parties p JOIN organisations o ON o.id = p.organisation_id JOIN events e ON e.id = p.event_id
            WHERE e.instrument_id = ? GROUP BY o.id ORDER BY min(e.id), min(p.ordinal)
            """, arguments: [id]).map { PartyRecord(id: $0["id"], name: $0["name"], nameEn: $0["name_en"], country: $0["country"], agency: $0["agency"]) }
        let signatories = try Row.fetchAll(db, sql: """
            SELECT s.person_id, pe.name, s.position, s.country, s.role, s.event_id
            FROM event_signatories s JOIN people pe ON pe.id = s.person_id JOIN events e ON e.id = s.event_id
            WHERE e.instrument_id = ? ORDER BY e.date, e.id, s.ordinal
            """, arguments: [id]).map {
                SignatoryRecord(personId: $0["person_id"], name: $0["name"], position: $0["position"], country: $0["country"],
                                role: SignatoryRole(rawValue: $0["role"]) ?? .signatory, eventId: $0["event_id"])
            }
        var scope: [ScopeRecord] = []
        for r in try Row.fetchAll(db, sql: """
            SELECT s.id, s.text, s.event_id, (SELECT group_concat(area) FROM scope_item_areas a WHERE a.scope_item_id = s.id) AS areas
            FROM scope_items s JOIN events e ON e.id = s.event_id WHERE e.instrument_id = ? ORDER BY e.date, e.id, s.ordinal
            """, arguments: [id]) {
            let areas = ((r["areas"] as String?) ?? "").split(separator: ",").compactMap { Area(rawValue: String($0)) }.sorted()
            scope.append(ScopeRecord(text: r["text"], areas: areas, eventId: r["event_id"]))
        }
        var timeline: [TimelineEvent] = []
        for r in try Row.fetchAll(db, sql: """
            SELECT e.*, a.news_id, a.url, a.title AS article_title, a.published, a.revision
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.instrument_id = ?
            ORDER BY e.date IS NULL, e.date, e.id
            """, arguments: [id]) {
            let eventId: Int64 = r["id"]
            let evidence = try Row.fetchAll(db, sql: "SELECT field, start, \"end\" FROM evidence WHERE event_id = ? ORDER BY ordinal", arguments: [eventId])
                .map { Evidence(field: $0["field"], start: $0["start"], end: $0["end"]) }
            timeline.append(TimelineEvent(
                id: eventId, kind: EventKind(rawValue: r["kind"]) ?? .other, date: Self.date(r["date"]), dateIsPublished: r["date_is_published"],
                source: SourceRef(articleId: r["article_id"], newsId: r["news_id"], url: r["url"], title: r["article_title"],
                                  published: Self.date(r["published"]), revision: r["revision"]),
                agreementIndex: r["agreement_index"], titleTh: r["title_th"], titleEn: r["title_en"], place: r["place"],
                durationYears: r["duration_years"], evidence: evidence))
        }
        return InstrumentRecord(
            summary: Self.summary(row), titleTh: row["title_th"], titleEn: row["title_en"], international: row["international"],
            place: row["place"], durationYears: row["duration_years"], parties: parties, signatories: signatories, scope: scope,
            modalities: (row["modalities_text"] as String).split(separator: ",").compactMap { Modality(rawValue: String($0)) },
            timeline: timeline, corrections: try Self.corrections(db, id))
    }

    static func corrections(_ db: Database, _ id: Int64) throws -> [Correction] {
        try Row.fetchAll(db, sql: "SELECT * FROM corrections WHERE instrument_id = ? ORDER BY id", arguments: [id]).map {
            Correction(id: $0["id"], instrumentId: $0["instrument_id"], field: CorrectableField(rawValue: $0["field"]) ?? .titleTh,
                       oldValue: $0["old_value"], newValue: $0["new_value"], actor: $0["actor"], at: $0["at"])
        }
    }

    public func partners() async throws -> [PartnerSummary] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.code, count(*) AS n, max(i.last_date) AS last FROM instrument_counterparts c JOIN instruments i ON i.id = c.instrument_id
                GROUP BY c.code ORDER BY n DESC, c.code
                """).map { PartnerSummary(code: $0["code"], instrumentCount: $0["n"], lastDate: Self.date($0["last"])) }
        }
    }

    public func partner(_ code: String) async throws -> PartnerDetail {
        let c = code.uppercased()
        let page = try await instruments(InstrumentFilter(counterpart: c), page: PageRequest(offset: 0, limit: 10_000))
        guard !page.items.isEmpty else { throw RegistryError.partnerNotFound(code) }
        let areas = try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.area, count(*) AS n FROM instrument_areas a JOIN instrument_counterparts c ON c.instrument_id = a.instrument_id
                WHERE c.code = ? GROUP BY a.area ORDER BY n DESC, a.area
                """, arguments: [c]).compactMap { r in Area(rawValue: r["area"]).map { AreaCount(area: $0, count: r["n"]) } }
        }
        return PartnerDetail(code: c, instruments: page.items, areas: areas)
    }

    public func areas() async throws -> [AreaCount] {
        let counts = try await pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT area, count(*) AS n FROM instrument_areas GROUP BY area")
                .map { ($0["area"] as String, $0["n"] as Int) })
        }
        return Area.allCases.map { AreaCount(area: $0, count: counts[$0.rawValue] ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.area < $1.area }
    }

    public func search(_ query: String, filter: InstrumentFilter, limit: Int) async throws -> SearchResults {
        guard let match = text.matchExpression(query) else { throw RegistryError.emptyQuery(query) }
        let (cond, args) = filterSQL(filter)
        let columns = summaryColumns
        let limit = max(1, min(limit, 1000))
        return try await pool.read { db in
            var instrumentArgs: StatementArguments = [match]
            instrumentArgs += args
            let instruments = try Row.fetchAll(db, sql: """
                SELECT \(columns), bm25(instruments_fts, 10.0, 4.0, 3.0, 2.0) AS rank
                FROM instruments_fts JOIN instruments i ON i.id = instruments_fts.rowid
                WHERE instruments_fts MATCH ? AND \(cond) ORDER BY rank LIMIT \(limit)
                """, arguments: instrumentArgs).map { InstrumentHit(summary: Self.summary($0), rank: $0["rank"]) }

            var articleConds = ["a.is_current = 1"]
            var articleArgs: StatementArguments = [match]
            if let y = filter.fromYear { articleConds.append("a.published >= ?"); articleArgs += [String(format: "%04d-01-01", y)] }
            if let y = filter.toYear { articleConds.append("a.published <= ?"); articleArgs += [String(format: "%04d-12-31", y)] }
            var yearless = filter
            yearless.fromYear = nil
            yearless.toYear = nil
            if !yearless.isEmpty {
                articleConds.append("a.id IN (SELECT e2.article_id FROM events e2 JOIN instruments i ON i.id = e2.instrument_id WHERE \(cond))")
                articleArgs += args
            }
            // Rank and cut first, then fetch columns and linked instruments for the few rows kept.
            let articles = try Row.fetchAll(db, sql: """
                SELECT a.id, a.news_id, a.url, a.title, a.published, a.revision, a.text, top.rank,
                       (SELECT group_concat(DISTINCT e.instrument_id) FROM events e WHERE e.article_id = a.id) AS instruments
                FROM (SELECT articles_fts.rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank
                      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                      WHERE articles_fts MATCH ? AND \(articleConds.joined(separator: " AND ")) ORDER BY rank LIMIT \(limit)) top
                JOIN articles a ON a.id = top.id ORDER BY top.rank
                """, arguments: articleArgs).map { r in
                    ArticleHit(source: Self.source(r), rank: r["rank"],
                               instrumentIds: ((r["instruments"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) },
                               snippet: ArticleHit.snippet(text: r["text"], title: r["title"], query: query))
                }
            return SearchResults(query: query, instruments: instruments, articles: articles)
        }
    }

    static func source(_ r: Row) -> SourceRef {
        SourceRef(articleId: r["id"], newsId: r["news_id"], url: r["url"], title: r["title"], published: date(r["published"]), revision: r["revision"])
    }

    public func stats() async throws -> RegistryStats {
        let columns = summaryColumns
        let status = statusSQL()
        let (today, soon) = todayISO
        return try await pool.read { db in
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE is_current = 1") ?? 0
            let agreementArticles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE is_current = 1 AND is_agreement_news = 1") ?? 0
            let instruments = try Int.fetchOne(db, sql: "SELECT count(*) FROM instruments") ?? 0
            let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
            let partners = try Int.fetchOne(db, sql: "SELECT count(DISTINCT code) FROM instrument_counterparts") ?? 0
            var byStatus: [String: Int] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT \(status) AS s, count(*) AS n FROM instruments i GROUP BY s") { byStatus[r["s"]] = r["n"] }
            let perYear = try Row.fetchAll(db, sql: """
                SELECT CAST(substr(date, 1, 4) AS INTEGER) AS y, kind, count(*) AS n FROM events WHERE date IS NOT NULL GROUP BY y, kind ORDER BY y, kind
                """).compactMap { r in EventKind(rawValue: r["kind"]).map { RegistryStats.YearCount(year: r["y"], event: $0, count: r["n"]) } }
            let partnerAreas = try Row.fetchAll(db, sql: """
                SELECT c.code, a.area, count(*) AS n FROM instrument_counterparts c JOIN instrument_areas a ON a.instrument_id = c.instrument_id
                GROUP BY c.code, a.area ORDER BY c.code, a.area
                """).compactMap { r in Area(rawValue: r["area"]).map { RegistryStats.PartnerAreaCount(partner: r["code"], area: $0, count: r["n"]) } }
            let expiring = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM instruments i WHERE i.term_end >= ? AND i.term_end <= ? ORDER BY i.term_end LIMIT 50
                """, arguments: [today, soon]).map(Self.summary)
            let latest = try Row.fetchAll(db, sql: """
                SELECT id, news_id, url, title, published, revision FROM articles WHERE is_current = 1 AND is_agreement_news = 1
                ORDER BY published DESC NULLS LAST, id DESC LIMIT 20
                """).map(Self.source)
            return RegistryStats(articles: articles, agreementArticles: agreementArticles, instruments: instruments, events: events,
                                 partners: partners, byStatus: byStatus, perYear: perYear, partnerAreas: partnerAreas,
                                 expiringSoon: expiring, latestArticles: latest)
        }
    }

    public func article(_ id: Int64) async throws -> ArticleRecord {
        try await pool.read { db in
            guard let r = try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]) else {
                throw RegistryError.articleNotFound(id)
            }
            let extraction = try JSONDecoder().decode(Extraction.self, from: Data((r["extraction_json"] as String).utf8))
            return ArticleRecord(source: Self.source(r), path: r["path"], contentHash: r["content_hash"],
                                 isAgreementNews: r["is_agreement_news"], isCurrent: r["is_current"], text: r["text"], extraction: extraction)
        }
    }

    public func links(instrument id: Int64) async throws -> [LinkExplanation] {
        try await pool.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM instruments WHERE id = ?", arguments: [id]) != nil else {
                throw RegistryError.instrumentNotFound(id)
            }
            return try Row.fetchAll(db, sql: """
                SELECT l.*, a.id, a.news_id, a.url, a.title, a.published, a.revision FROM links l
                JOIN events e ON e.id = l.event_id JOIN articles a ON a.id = e.article_id
                WHERE l.instrument_id = ? ORDER BY e.date IS NULL, e.date, e.id
                """, arguments: [id]).map { r in
                    LinkExplanation(instrumentId: r["instrument_id"], eventId: r["event_id"], matchedEventId: r["matched_event_id"],
                                    score: r["score"], reasons: (try? JSONDecoder().decode([String].self, from: Data((r["reasons_json"] as String).utf8))) ?? [],
                                    source: Self.source(r))
                }
        }
    }

    public func correct(instrument id: Int64, field: String, value: String?, actor: String) async throws -> Correction {
        let (f, value, actor) = try CorrectableField.validate(field: field, value: value, actor: actor)
        let timestamp = Self.nowTimestamp()
        let today = clock.today
        let columns = summaryColumns
        return try await pool.write { db in
            let current = try self.record(db, id: id, columns: columns)
            let old: String? = switch f {
            case .titleTh: current.titleTh
            case .titleEn: current.titleEn
            case .instrument: current.summary.kind.rawValue
            case .durationYears: current.durationYears.map { String($0) }
            case .place: current.place
            case .status: current.summary.status.rawValue
            case .confirmed: current.summary.confirmed ? "yes" : nil
            }
            try db.execute(sql: "INSERT INTO corrections (instrument_id, field, old_value, new_value, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, f.rawValue, old, value, actor, timestamp])
            let cid = db.lastInsertedRowID
            try self.refreshInstrument(db, id: id, today: today, timestamp: timestamp)
            return Correction(id: cid, instrumentId: id, field: f, oldValue: old, newValue: value, actor: actor, at: timestamp)
        }
    }

    public func corrections(instrument id: Int64) async throws -> [Correction] {
        try await pool.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM instruments WHERE id = ?", arguments: [id]) != nil else {
                throw RegistryError.instrumentNotFound(id)
            }
            return try Self.corrections(db, id)
        }
    }

    public func acknowledge(alert id: String, actor: String) async throws -> AlertAcknowledgement {
        let instrument = try AlertAcknowledgement.validate(alertId: id, actor: actor)
        let actor = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        let timestamp = Self.nowTimestamp()
        return try await pool.write { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM instruments WHERE id = ?", arguments: [instrument]) != nil else {
                throw RegistryError.instrumentNotFound(instrument)
            }
            try db.execute(sql: "INSERT INTO alert_acknowledgements (alert_id, instrument_id, actor, at) VALUES (?, ?, ?, ?) ON CONFLICT (alert_id) DO NOTHING",
                           arguments: [id, instrument, actor, timestamp])
            let row = try Row.fetchOne(db, sql: "SELECT * FROM alert_acknowledgements WHERE alert_id = ?", arguments: [id])!
            return AlertAcknowledgement(alertId: row["alert_id"], instrumentId: row["instrument_id"], actor: row["actor"], at: row["at"])
        }
    }

    public func acknowledgements() async throws -> [AlertAcknowledgement] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert_acknowledgements ORDER BY at, alert_id").map {
                AlertAcknowledgement(alertId: $0["alert_id"], instrumentId: $0["instrument_id"], actor: $0["actor"], at: $0["at"])
            }
        }
    }

    public func timelines(_ filter: InstrumentFilter) async throws -> [InstrumentRecord] {
        let (cond, args) = filterSQL(filter)
        let columns = summaryColumns
        return try await pool.read { db in
            // Two statements for the whole set (not a few per record): the summaries, then every event.
            var records: [Int64: InstrumentRecord] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT \(columns), i.international, i.duration_years FROM instruments i WHERE \(cond) ORDER BY i.id", arguments: args) {
                let s = Self.summary(row)
                order.append(s.id)
                records[s.id] = InstrumentRecord(summary: s, international: row["international"], durationYears: row["duration_years"],
                                                 parties: [], signatories: [], scope: [], modalities: [], timeline: [], corrections: [])
            }
            guard !records.isEmpty else { return [] }
            for r in try Row.fetchAll(db, sql: """
                SELECT e.id, e.instrument_id, e.kind, e.date, e.date_is_published, e.article_id, e.agreement_index, e.title_th, e.title_en,
                       e.place, e.duration_years, a.news_id, a.url, a.title AS article_title, a.published, a.revision
                FROM events e JOIN articles a ON a.id = e.article_id JOIN instruments i ON i.id = e.instrument_id
                WHERE \(cond) ORDER BY e.instrument_id, e.date IS NULL, e.date, e.id
                """, arguments: args) {
                let instrument: Int64 = r["instrument_id"]
                records[instrument]?.timeline.append(TimelineEvent(
                    id: r["id"], kind: EventKind(rawValue: r["kind"]) ?? .other, date: Self.date(r["date"]), dateIsPublished: r["date_is_published"],
                    source: SourceRef(articleId: r["article_id"], newsId: r["news_id"], url: r["url"], title: r["article_title"],
                                      published: Self.date(r["published"]), revision: r["revision"]),
                    agreementIndex: r["agreement_index"], titleTh: r["title_th"], titleEn: r["title_en"], place: r["place"],
                    durationYears: r["duration_years"], evidence: []))
            }
            return order.compactMap { records[$0] }
        }
    }

    public func export(_ filter: InstrumentFilter) async throws -> [InstrumentRecord] {
        let (cond, args) = filterSQL(filter)
        let columns = summaryColumns
        return try await pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT i.id FROM instruments i WHERE \(cond) ORDER BY i.id", arguments: args)
                .map { try self.record(db, id: $0, columns: columns) }
        }
    }
}
