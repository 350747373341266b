import AccordCore
import Foundation
import PostgresNIO
import ThaiText

extension PostgresRegistry {
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

    /// SQL conditions on instruments aliased `i`, binding their values into `sql`.
    func filterSQL(_ f: InstrumentFilter, _ sql: inout SQLBuilder) -> String {
        var clauses: [String] = ["true"]
        if let c = f.counterpart?.trimmingCharacters(in: .whitespaces).uppercased(), !c.isEmpty {
            clauses.append("i.id IN (SELECT instrument_id FROM instrument_counterparts WHERE code = \(sql.bind(c)))")
        }
        if let a = f.area {
            clauses.append("i.id IN (SELECT instrument_id FROM instrument_areas WHERE area = \(sql.bind(a.rawValue)))")
        }
        if let k = f.instrument { clauses.append("i.kind = \(sql.bind(k.rawValue))") }
        if let s = f.status { clauses.append("\(statusSQL()) = \(sql.bind(s.rawValue))") }
        if let intl = f.international { clauses.append("i.international = \(sql.bind(intl))") }
        if let a = f.agency?.trimmingCharacters(in: .whitespaces).uppercased(), !a.isEmpty {
            let codes = ThaiAgencies.withDescendants(a).map { sql.bind($0) }.joined(separator: ",")
            clauses.append("""
                i.id IN (SELECT e.instrument_id FROM event_parties p JOIN organisations o ON o.id = p.organisation_id
                JOIN events e ON e.id = p.event_id WHERE o.agency IN (\(codes)))
                """)
        }
        if f.event != nil || f.fromYear != nil || f.toYear != nil {
            var ev = ["e.instrument_id = i.id"]
            if let e = f.event { ev.append("e.kind = \(sql.bind(e.rawValue))") }
            if let y = f.fromYear { ev.append("e.date >= \(sql.bind(String(format: "%04d-01-01", y)))") }
            if let y = f.toYear { ev.append("e.date <= \(sql.bind(String(format: "%04d-12-31", y)))") }
            clauses.append("EXISTS (SELECT 1 FROM events e WHERE \(ev.joined(separator: " AND ")))")
        }
        return clauses.joined(separator: " AND ")
    }

    var summaryColumns: String {
        "i.id, i.kind, i.title_th, i.title_en, i.counterparts_text, i.areas_text, i.first_date, i.last_date, i.term_start, i.term_end, i.event_count, i.source_count, i.parties_text, i.confidence, i.confidence_reasons, i.confirmed, \(statusSQL()) AS status"
    }

    static func summary(_ r: PostgresRandomAccessRow) throws -> InstrumentSummary {
        let kind = InstrumentKind(rawValue: try r["kind"].decode(String.self)) ?? .other
        let counterparts = try r["counterparts_text"].decode(String.self).split(separator: ",").map(String.init)
        let areas = try r["areas_text"].decode(String.self).split(separator: ",").compactMap { Area(rawValue: String($0)) }
        let title = InstrumentTitle.display(kind: kind, titleTh: try r["title_th"].decode(String?.self), titleEn: try r["title_en"].decode(String?.self),
                                            parties: PartiesText.decode(try r["parties_text"].decode(String.self)), counterparts: counterparts, areas: areas)
        return InstrumentSummary(
            id: try r["id"].decode(Int64.self), kind: kind, title: title.th, titleEn: title.en, titleComposed: title.composedTh,
            titleEnComposed: title.composedEn, confidence: try r["confidence"].decode(Double.self),
            confidenceReasons: try r["confidence_reasons"].decode(String.self).split(separator: "|").map(String.init),
            confirmed: try r["confirmed"].decode(Bool.self), counterparts: counterparts, areas: areas,
            status: InstrumentStatus(rawValue: try r["status"].decode(String.self)) ?? .reported,
            firstDate: try date(r["first_date"]), lastDate: try date(r["last_date"]), signedDate: try date(r["term_start"]),
            termEnd: try date(r["term_end"]), eventCount: try r["event_count"].decode(Int.self), sourceCount: try r["source_count"].decode(Int.self))
    }

    static func date(_ cell: PostgresCell) throws -> CalendarDate? {
        try cell.decode(String?.self).flatMap { CalendarDate(iso: $0) }
    }

    static func source(_ r: PostgresRandomAccessRow, id: String = "id") throws -> SourceRef {
        SourceRef(articleId: try r[id].decode(Int64.self), newsId: try r["news_id"].decode(String?.self), url: try r["url"].decode(String?.self),
                  title: try r["title"].decode(String.self), published: try date(r["published"]), revision: try r["revision"].decode(Int.self))
    }

    public func instruments(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary> {
        try await summaries(filter, extra: "true", order: "i.last_date DESC NULLS LAST, i.id DESC", page: page)
    }

    /// One page of summaries matching the filter and `extra`, in `order`, with the total.
    func summaries(_ filter: InstrumentFilter, extra: String, order: String, page: PageRequest) async throws -> Page<InstrumentSummary> {
        var sql = SQLBuilder()
        let cond = filterSQL(filter, &sql)
        let countQuery = sql.query("SELECT count(*) FROM instruments i WHERE \(extra) AND \(cond)")
        let pageQuery = sql.query("""
            SELECT \(summaryColumns) FROM instruments i WHERE \(extra) AND \(cond)
            ORDER BY \(order) LIMIT \(page.limit) OFFSET \(page.offset)
            """)
        return try await read { c in
            let total = try await self.scalar(c, countQuery, as: Int.self) ?? 0
            let items = try await self.rows(c, pageQuery).map(Self.summary)
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    public func instrument(_ id: Int64) async throws -> InstrumentRecord {
        let columns = summaryColumns
        return try await read { c in try await self.record(c, id: id, columns: columns) }
    }

    public func reviewQueue(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary> {
        try await summaries(filter, extra: "NOT i.confirmed", order: "i.confidence, i.last_date DESC NULLS LAST, i.id DESC", page: page)
    }

    func record(_ c: PostgresConnection, id: Int64, columns: String) async throws -> InstrumentRecord {
        var sql = SQLBuilder()
        let text = "SELECT \(columns), i.international, i.place, i.duration_years, i.modalities_text FROM instruments i WHERE i.id = \(sql.bind(id))"
        guard let row = try await rows(c, sql.query(text)).first else {
            throw RegistryError.instrumentNotFound(id)
        }
        let parties = try await rows(c, """
            SELECT o.id, o.name, coalesce(o.name_en, min(p.name_en)) AS name_en, coalesce(o.country, min(p.country)) AS country, o.agency
            FROM event_parties p JOIN organisations o ON o.id = p.organisation_id JOIN events e ON e.id = p.event_id
            WHERE e.instrument_id = \(id) GROUP BY o.id ORDER BY min(e.id), min(p.ordinal)
            """).map {
                PartyRecord(id: try $0["id"].decode(Int64.self), name: try $0["name"].decode(String.self),
                            nameEn: try $0["name_en"].decode(String?.self), country: try $0["country"].decode(String?.self),
                            agency: try $0["agency"].decode(String?.self))
            }
        let signatories = try await rows(c, """
            SELECT s.person_id, pe.name, s.position, s.country, s.role, s.event_id
            FROM event_signatories s JOIN people pe ON pe.id = s.person_id JOIN events e ON e.id = s.event_id
            WHERE e.instrument_id = \(id) ORDER BY e.date NULLS FIRST, e.id, s.ordinal
            """).map {
                SignatoryRecord(personId: try $0["person_id"].decode(Int64.self), name: try $0["name"].decode(String.self),
                                position: try $0["position"].decode(String?.self), country: try $0["country"].decode(String?.self),
                                role: SignatoryRole(rawValue: try $0["role"].decode(String.self)) ?? .signatory, eventId: try $0["event_id"].decode(Int64.self))
            }
        let scope = try await rows(c, """
            SELECT s.id, s.text, s.event_id, (SELECT string_agg(area, ',') FROM scope_item_areas a WHERE a.scope_item_id = s.id) AS areas
            FROM scope_items s JOIN events e ON e.id = s.event_id WHERE e.instrument_id = \(id) ORDER BY e.date NULLS FIRST, e.id, s.ordinal
            """).map { r in
                let areas = (try r["areas"].decode(String?.self) ?? "").split(separator: ",").compactMap { Area(rawValue: String($0)) }.sorted()
                return ScopeRecord(text: try r["text"].decode(String.self), areas: areas, eventId: try r["event_id"].decode(Int64.self))
            }
        var evidence: [Int64: [Evidence]] = [:]
        for r in try await rows(c, """
            SELECT v.event_id, v.field, v.start_offset, v.end_offset FROM evidence v JOIN events e ON e.id = v.event_id
            WHERE e.instrument_id = \(id) ORDER BY v.event_id, v.ordinal
            """) {
            evidence[try r["event_id"].decode(Int64.self), default: []].append(
                Evidence(field: try r["field"].decode(String.self), start: try r["start_offset"].decode(Int.self), end: try r["end_offset"].decode(Int.self)))
        }
        let timeline = try await rows(c, """
            SELECT e.id AS event_id, e.kind, e.date, e.date_is_published, e.article_id, e.agreement_index, e.title_th, e.title_en,
                   e.place, e.duration_years, a.news_id, a.url, a.title, a.published, a.revision
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.instrument_id = \(id)
            ORDER BY e.date IS NULL, e.date, e.id
            """).map { r in
                let eventId = try r["event_id"].decode(Int64.self)
                return TimelineEvent(
                    id: eventId, kind: EventKind(rawValue: try r["kind"].decode(String.self)) ?? .other, date: try Self.date(r["date"]),
                    dateIsPublished: try r["date_is_published"].decode(Bool.self), source: try Self.source(r, id: "article_id"),
                    agreementIndex: try r["agreement_index"].decode(Int.self), titleTh: try r["title_th"].decode(String?.self),
                    titleEn: try r["title_en"].decode(String?.self), place: try r["place"].decode(String?.self),
                    durationYears: try r["duration_years"].decode(Double?.self), evidence: evidence[eventId] ?? [])
            }
        return InstrumentRecord(
            summary: try Self.summary(row), titleTh: try row["title_th"].decode(String?.self), titleEn: try row["title_en"].decode(String?.self),
            international: try row["international"].decode(Bool.self), place: try row["place"].decode(String?.self),
            durationYears: try row["duration_years"].decode(Double?.self), parties: parties, signatories: signatories, scope: scope,
            modalities: try row["modalities_text"].decode(String.self).split(separator: ",").compactMap { Modality(rawValue: String($0)) },
            timeline: timeline, corrections: try await correctionRows(c, id))
    }

    func correctionRows(_ c: PostgresConnection, _ id: Int64) async throws -> [Correction] {
        try await rows(c, "SELECT id, instrument_id, field, old_value, new_value, actor, at FROM corrections WHERE instrument_id = \(id) ORDER BY id").map {
            Correction(id: try $0["id"].decode(Int64.self), instrumentId: try $0["instrument_id"].decode(Int64.self),
                       field: CorrectableField(rawValue: try $0["field"].decode(String.self)) ?? .titleTh,
                       oldValue: try $0["old_value"].decode(String?.self), newValue: try $0["new_value"].decode(String?.self),
                       actor: try $0["actor"].decode(String.self), at: try $0["at"].decode(String.self))
        }
    }

    public func partners() async throws -> [PartnerSummary] {
        try await read { c in
            try await self.rows(c, """
                SELECT c.code, count(*)::bigint AS n, max(i.last_date) AS last FROM instrument_counterparts c JOIN instruments i ON i.id = c.instrument_id
                GROUP BY c.code ORDER BY n DESC, c.code COLLATE "C"
                """).map {
                    PartnerSummary(code: try $0["code"].decode(String.self), instrumentCount: try $0["n"].decode(Int.self), lastDate: try Self.date($0["last"]))
                }
        }
    }

    public func partner(_ code: String) async throws -> PartnerDetail {
        let c = code.uppercased()
        let page = try await instruments(InstrumentFilter(counterpart: c), page: PageRequest(offset: 0, limit: 10_000))
        guard !page.items.isEmpty else { throw RegistryError.partnerNotFound(code) }
        let areas = try await read { conn in
            try await self.rows(conn, """
                SELECT a.area, count(*)::bigint AS n FROM instrument_areas a JOIN instrument_counterparts c ON c.instrument_id = a.instrument_id
                WHERE c.code = \(c) GROUP BY a.area ORDER BY n DESC, a.area COLLATE "C"
                """).compactMap { r in try Area(rawValue: try r["area"].decode(String.self)).map { AreaCount(area: $0, count: try r["n"].decode(Int.self)) } }
        }
        return PartnerDetail(code: c, instruments: page.items, areas: areas)
    }

    public func areas() async throws -> [AreaCount] {
        let counts = try await read { c in
            var counts: [String: Int] = [:]
            for r in try await self.rows(c, "SELECT area, count(*)::bigint AS n FROM instrument_areas GROUP BY area") {
                counts[try r["area"].decode(String.self)] = try r["n"].decode(Int.self)
            }
            return counts
        }
        return Area.allCases.map { AreaCount(area: $0, count: counts[$0.rawValue] ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.area < $1.area }
    }

    public func search(_ query: String, filter: InstrumentFilter, limit: Int) async throws -> SearchResults {
        guard let tsquery = text.tsQuery(query) else { throw RegistryError.emptyQuery(query) }
        let columns = summaryColumns
        let limit = max(1, min(limit, 1000))
        var isql = SQLBuilder()
        let q = isql.bind(tsquery)
        let cond = filterSQL(filter, &isql)
        // Weights {D, C, B, A}: people 0.2, scope 0.3, parties 0.4, title 1.0 (as SQLite's BM25 column weights 2:3:4:10).
        // Ranks are negated so that, as with SQLite's BM25, lower is better.
        let instrumentQuery = isql.query("""
            SELECT \(columns), -ts_rank_cd('{0.2, 0.3, 0.4, 1.0}', i.search, q.q)::float8 AS rank
            FROM instruments i, to_tsquery('simple', \(q)) AS q(q)
            WHERE i.search @@ q.q AND \(cond) ORDER BY rank, i.id LIMIT \(limit)
            """)

        var asql = SQLBuilder()
        let aq = asql.bind(tsquery)
        var articleConds = ["a.is_current"]
        if let y = filter.fromYear { articleConds.append("a.published >= \(asql.bind(String(format: "%04d-01-01", y)))") }
        if let y = filter.toYear { articleConds.append("a.published <= \(asql.bind(String(format: "%04d-12-31", y)))") }
        var yearless = filter
        yearless.fromYear = nil
        yearless.toYear = nil
        if !yearless.isEmpty {
            let acond = filterSQL(filter, &asql)
            articleConds.append("a.id IN (SELECT e2.article_id FROM events e2 JOIN instruments i ON i.id = e2.instrument_id WHERE \(acond))")
        }
        // Weights: title (A) 1.0, body (B) 0.2, as SQLite's BM25 column weights 5:1.
        let articleQuery = asql.query("""
            SELECT a.id, a.news_id, a.url, a.title, a.published, a.revision, a.text, -ts_rank_cd('{0.1, 0.1, 0.2, 1.0}', a.search, q.q)::float8 AS rank,
                   (SELECT string_agg(DISTINCT e.instrument_id::text, ',') FROM events e WHERE e.article_id = a.id) AS instruments
            FROM articles a, to_tsquery('simple', \(aq)) AS q(q)
            WHERE a.search @@ q.q AND \(articleConds.joined(separator: " AND ")) ORDER BY rank, a.id LIMIT \(limit)
            """)
        return try await read { c in
            let instruments = try await self.rows(c, instrumentQuery).map {
                InstrumentHit(summary: try Self.summary($0), rank: try $0["rank"].decode(Double.self))
            }
            let articles = try await self.rows(c, articleQuery).map { r in
                ArticleHit(source: try Self.source(r), rank: try r["rank"].decode(Double.self),
                           instrumentIds: (try r["instruments"].decode(String?.self) ?? "").split(separator: ",").compactMap { Int64($0) }.sorted(),
                           snippet: ArticleHit.snippet(text: try r["text"].decode(String.self), title: try r["title"].decode(String.self), query: query))
            }
            return SearchResults(query: query, instruments: instruments, articles: articles)
        }
    }

    public func stats() async throws -> RegistryStats {
        let columns = summaryColumns
        let status = statusSQL()
        let (today, soon) = todayISO
        return try await read { c in
            let articles = try await self.scalar(c, "SELECT count(*) FROM articles WHERE is_current", as: Int.self) ?? 0
            let agreementArticles = try await self.scalar(c, "SELECT count(*) FROM articles WHERE is_current AND is_agreement_news", as: Int.self) ?? 0
            let instruments = try await self.scalar(c, "SELECT count(*) FROM instruments", as: Int.self) ?? 0
            let events = try await self.scalar(c, "SELECT count(*) FROM events", as: Int.self) ?? 0
            let partners = try await self.scalar(c, "SELECT count(DISTINCT code) FROM instrument_counterparts", as: Int.self) ?? 0
            var byStatus: [String: Int] = [:]
            for r in try await self.rows(c, PostgresQuery(unsafeSQL: "SELECT \(status) AS s, count(*)::bigint AS n FROM instruments i GROUP BY 1")) {
                byStatus[try r["s"].decode(String.self)] = try r["n"].decode(Int.self)
            }
            let perYear = try await self.rows(c, """
                SELECT CAST(substr(date, 1, 4) AS integer) AS y, kind, count(*)::bigint AS n FROM events WHERE date IS NOT NULL
                GROUP BY 1, 2 ORDER BY y, kind COLLATE "C"
                """).compactMap { r in
                    try EventKind(rawValue: try r["kind"].decode(String.self)).map {
                        RegistryStats.YearCount(year: try r["y"].decode(Int.self), event: $0, count: try r["n"].decode(Int.self))
                    }
                }
            let partnerAreas = try await self.rows(c, """
                SELECT c.code, a.area, count(*)::bigint AS n FROM instrument_counterparts c JOIN instrument_areas a ON a.instrument_id = c.instrument_id
                GROUP BY c.code, a.area ORDER BY c.code COLLATE "C", a.area COLLATE "C"
                """).compactMap { r in
                    try Area(rawValue: try r["area"].decode(String.self)).map {
                        RegistryStats.PartnerAreaCount(partner: try r["code"].decode(String.self), area: $0, count: try r["n"].decode(Int.self))
                    }
                }
            var ssql = SQLBuilder()
            let text = """
                SELECT \(columns) FROM instruments i WHERE i.term_end >= \(ssql.bind(today)) AND i.term_end <= \(ssql.bind(soon))
                ORDER BY i.term_end, i.id LIMIT 50
                """
            let expiring = try await self.rows(c, ssql.query(text)).map(Self.summary)
            let latest = try await self.rows(c, """
                SELECT id, news_id, url, title, published, revision FROM articles WHERE is_current AND is_agreement_news
                ORDER BY published DESC NULLS LAST, id DESC LIMIT 20
                """).map { try Self.source($0) }
            return RegistryStats(articles: articles, agreementArticles: agreementArticles, instruments: instruments, events: events,
                                 partners: partners, byStatus: byStatus, perYear: perYear, partnerAreas: partnerAreas,
                                 expiringSoon: expiring, latestArticles: latest)
        }
    }

    public func article(_ id: Int64) async throws -> ArticleRecord {
        try await read { c in
            guard let r = try await self.rows(c, """
                SELECT id, news_id, url, title, published, revision, path, content_hash, is_agreement_news, is_current, text,
                       extraction_json::text AS extraction_json
                FROM articles WHERE id = \(id)
                """).first else { throw RegistryError.articleNotFound(id) }
            let extraction = try JSONDecoder().decode(Extraction.self, from: Data(try r["extraction_json"].decode(String.self).utf8))
            return ArticleRecord(source: try Self.source(r), path: try r["path"].decode(String?.self), contentHash: try r["content_hash"].decode(String.self),
                                 isAgreementNews: try r["is_agreement_news"].decode(Bool.self), isCurrent: try r["is_current"].decode(Bool.self),
                                 text: try r["text"].decode(String.self), extraction: extraction)
        }
    }

    public func links(instrument id: Int64) async throws -> [LinkExplanation] {
        try await read { c in
            guard try await self.scalar(c, "SELECT id FROM instruments WHERE id = \(id)", as: Int64.self) != nil else {
                throw RegistryError.instrumentNotFound(id)
            }
            return try await self.rows(c, """
                SELECT l.event_id, l.instrument_id, l.matched_event_id, l.score, l.reasons_json::text AS reasons_json,
                       a.id, a.news_id, a.url, a.title, a.published, a.revision FROM links l
                JOIN events e ON e.id = l.event_id JOIN articles a ON a.id = e.article_id
                WHERE l.instrument_id = \(id) ORDER BY e.date IS NULL, e.date, e.id
                """).map { r in
                    LinkExplanation(instrumentId: try r["instrument_id"].decode(Int64.self), eventId: try r["event_id"].decode(Int64.self),
                                    matchedEventId: try r["matched_event_id"].decode(Int64?.self), score: try r["score"].decode(Double.self),
                                    reasons: (try? JSONDecoder().decode([String].self, from: Data(try r["reasons_json"].decode(String.self).utf8))) ?? [],
                                    source: try Self.source(r))
                }
        }
    }

    public func correct(instrument id: Int64, field: String, value: String?, actor: String) async throws -> Correction {
        let (f, value, actor) = try CorrectableField.validate(field: field, value: value, actor: actor)
        let timestamp = Self.nowTimestamp()
        let today = clock.today
        let columns = summaryColumns
        return try await transaction { c in
            // Lock the row: two officers correcting one instrument are applied one after the other.
            guard try await self.scalar(c, "SELECT id FROM instruments WHERE id = \(id) FOR UPDATE", as: Int64.self) != nil else {
                throw RegistryError.instrumentNotFound(id)
            }
            let current = try await self.record(c, id: id, columns: columns)
            let old: String? = switch f {
            case .titleTh: current.titleTh
            case .titleEn: current.titleEn
            case .instrument: current.summary.kind.rawValue
            case .durationYears: current.durationYears.map { String($0) }
            case .place: current.place
            case .status: current.summary.status.rawValue
            case .confirmed: current.summary.confirmed ? "yes" : nil
            }
            guard let cid = try await self.scalar(c, """
                INSERT INTO corrections (instrument_id, field, old_value, new_value, actor, at)
                VALUES (\(id), \(f.rawValue), \(old), \(value), \(actor), \(timestamp)) RETURNING id
                """, as: Int64.self) else { throw RegistryError.instrumentNotFound(id) }
            try await self.refreshInstrument(c, id: id, today: today, timestamp: timestamp)
            return Correction(id: cid, instrumentId: id, field: f, oldValue: old, newValue: value, actor: actor, at: timestamp)
        }
    }

    public func acknowledge(alert id: String, actor: String) async throws -> AlertAcknowledgement {
        let instrument = try AlertAcknowledgement.validate(alertId: id, actor: actor)
        let actor = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        let timestamp = Self.nowTimestamp()
        return try await transaction { c in
            guard try await self.scalar(c, "SELECT id FROM instruments WHERE id = \(instrument)", as: Int64.self) != nil else {
                throw RegistryError.instrumentNotFound(instrument)
            }
            try await c.query("""
                INSERT INTO alert_acknowledgements (alert_id, instrument_id, actor, at) VALUES (\(id), \(instrument), \(actor), \(timestamp))
                ON CONFLICT (alert_id) DO NOTHING
                """, logger: self.logger)
            for try await (a, i, who, at) in try await c.query("SELECT alert_id, instrument_id, actor, at FROM alert_acknowledgements WHERE alert_id = \(id)", logger: self.logger)
                .decode((String, Int64, String, String).self) {
                return AlertAcknowledgement(alertId: a, instrumentId: i, actor: who, at: at)
            }
            throw RegistryError.instrumentNotFound(instrument)
        }
    }

    public func acknowledgements() async throws -> [AlertAcknowledgement] {
        try await read { c in
            var out: [AlertAcknowledgement] = []
            for try await (a, i, who, at) in try await c.query("SELECT alert_id, instrument_id, actor, at FROM alert_acknowledgements ORDER BY at, alert_id", logger: self.logger)
                .decode((String, Int64, String, String).self) {
                out.append(AlertAcknowledgement(alertId: a, instrumentId: i, actor: who, at: at))
            }
            return out
        }
    }

    public func corrections(instrument id: Int64) async throws -> [Correction] {
        try await read { c in
            guard try await self.scalar(c, "SELECT id FROM instruments WHERE id = \(id)", as: Int64.self) != nil else {
                throw RegistryError.instrumentNotFound(id)
            }
            return try await self.correctionRows(c, id)
        }
    }

    public func export(_ filter: InstrumentFilter) async throws -> [InstrumentRecord] {
        var sql = SQLBuilder()
        let cond = filterSQL(filter, &sql)
        let columns = summaryColumns
        let idQuery = sql.query("SELECT i.id FROM instruments i WHERE \(cond) ORDER BY i.id")
        return try await read { c in
            var out: [InstrumentRecord] = []
            for id in try await self.column(c, idQuery, as: Int64.self) {
                out.append(try await self.record(c, id: id, columns: columns))
            }
            return out
        }
    }
}

extension SearchText {
    /// A PostgreSQL tsquery for a user query: every word required, each as a prefix (`'word':*`),
    /// the same words `matchExpression` gives FTS5; nil when no word remains. Parsed with
    /// `to_tsquery('simple', …)`, so documents and queries go through the same parser.
    public func tsQuery(_ query: String) -> String? {
        let terms = queryWords(query).map { "'" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "':*" }
        return terms.isEmpty ? nil : terms.joined(separator: " & ")
    }
}
