import AccordCore
import Foundation
import GRDB
import ThaiText

/// The embedded registry: one SQLite file in WAL mode, read and written through a GRDB `DatabasePool`.
public final class SQLiteRegistry: RegistryStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let clock: any RegistryClock
    let text: SearchText

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// - Parameters:
    ///   - clock: where "today" comes from for status (expiring, expired).
    ///   - tokenizer: the word segmenter used for title linking and the search index.
    public init(path: String, clock: any RegistryClock, tokenizer: any WordTokenizing) throws(RegistryError) {
        self.path = path
        self.clock = clock
        self.text = SearchText(tokenizer: tokenizer)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // WAL + NORMAL: a crash loses at most the last transactions, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator(text: text).migrate(pool)
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }

    /// The schema, as append-only migrations named by intent. Never edit a shipped migration:
    /// add a new one.
    static func migrator(text: SearchText) -> DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("createArticles") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    -- newsId when the article has one, else "sha256:<hash>": revisions share it.
                    article_key TEXT NOT NULL,
                    revision INTEGER NOT NULL CHECK (revision >= 1),
                    is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
                    news_id TEXT,
                    url TEXT,
                    path TEXT,
                    title TEXT NOT NULL,
                    published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    language TEXT,
                    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
                    text TEXT NOT NULL,
                    is_agreement_news INTEGER NOT NULL CHECK (is_agreement_news IN (0, 1)),
                    extraction_json TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    UNIQUE (article_key, revision)
                );
                CREATE INDEX articles_current ON articles(article_key) WHERE is_current = 1;
                CREATE INDEX articles_published ON articles(published);
                """)
        }
        m.registerMigration("createInstrumentsAndTimeline") { db in
            try db.execute(sql: """
                CREATE TABLE instruments (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    title_th TEXT,
                    title_en TEXT,
                    international INTEGER NOT NULL CHECK (international IN (0, 1)),
                    place TEXT,
                    duration_years REAL CHECK (duration_years IS NULL OR duration_years > 0),
                    -- Status without "today": draft-approved, signed, renewed or reported.
                    base_status TEXT NOT NULL,
                    status_override TEXT,
                    term_start TEXT,
                    term_end TEXT,
                    first_date TEXT,
                    last_date TEXT,
                    counterparts_text TEXT NOT NULL DEFAULT '',
                    areas_text TEXT NOT NULL DEFAULT '',
                    modalities_text TEXT NOT NULL DEFAULT '',
                    event_count INTEGER NOT NULL DEFAULT 0,
                    source_count INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX instruments_last_date ON instruments(last_date);
                CREATE INDEX instruments_kind ON instruments(kind);

                CREATE TABLE instrument_counterparts (
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    code TEXT NOT NULL,
                    PRIMARY KEY (instrument_id, code)
                ) WITHOUT ROWID;
                CREATE INDEX instrument_counterparts_code ON instrument_counterparts(code);

                CREATE TABLE instrument_areas (
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    area TEXT NOT NULL,
                    PRIMARY KEY (instrument_id, area)
                ) WITHOUT ROWID;
                CREATE INDEX instrument_areas_area ON instrument_areas(area);

                -- One row per agreement of one article: the timeline entry and the unit of contribution.
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    agreement_index INTEGER NOT NULL CHECK (agreement_index >= 0),
                    kind TEXT NOT NULL,
                    date TEXT,
                    date_is_published INTEGER NOT NULL CHECK (date_is_published IN (0, 1)),
                    instrument_kind TEXT NOT NULL,
                    title_th TEXT,
                    title_en TEXT,
                    title_words TEXT NOT NULL,
                    international INTEGER NOT NULL CHECK (international IN (0, 1)),
                    place TEXT,
                    duration_years REAL,
                    UNIQUE (article_id, agreement_index)
                );
                CREATE INDEX events_instrument ON events(instrument_id);
                CREATE INDEX events_kind_date ON events(kind, date);

                CREATE TABLE event_counterparts (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    code TEXT NOT NULL,
                    PRIMARY KEY (event_id, code)
                ) WITHOUT ROWID;

                CREATE TABLE organisations (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    name_en TEXT,
                    country TEXT
                );
                CREATE TABLE event_parties (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
                    ordinal INTEGER NOT NULL,
                    name_en TEXT,
                    country TEXT,
                    PRIMARY KEY (event_id, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX event_parties_organisation ON event_parties(organisation_id);

                CREATE TABLE people (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE event_signatories (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES people(id),
                    ordinal INTEGER NOT NULL,
                    position TEXT,
                    country TEXT,
                    role TEXT NOT NULL CHECK (role IN ('signatory', 'witness', 'representative')),
                    PRIMARY KEY (event_id, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX event_signatories_person ON event_signatories(person_id);

                CREATE TABLE scope_items (
                    id INTEGER PRIMARY KEY,
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    UNIQUE (event_id, ordinal)
                );
                CREATE TABLE scope_item_areas (
                    scope_item_id INTEGER NOT NULL REFERENCES scope_items(id) ON DELETE CASCADE,
                    area TEXT NOT NULL,
                    PRIMARY KEY (scope_item_id, area)
                ) WITHOUT ROWID;
                CREATE TABLE event_areas (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    area TEXT NOT NULL,
                    PRIMARY KEY (event_id, area)
                ) WITHOUT ROWID;
                CREATE TABLE event_modalities (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    modality TEXT NOT NULL,
                    PRIMARY KEY (event_id, modality)
                ) WITHOUT ROWID;

                -- Where each field was read: offsets in Unicode scalars into the article text.
                CREATE TABLE evidence (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    field TEXT NOT NULL,
                    start INTEGER NOT NULL CHECK (start >= 0),
                    "end" INTEGER NOT NULL CHECK ("end" >= start),
                    PRIMARY KEY (event_id, ordinal)
                ) WITHOUT ROWID;
                """)
        }
        m.registerMigration("recordWhyEventsWereLinked") { db in
            try db.execute(sql: """
                CREATE TABLE links (
                    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    -- NULL when the event founded the instrument.
                    matched_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
                    score REAL NOT NULL,
                    reasons_json TEXT NOT NULL
                );
                CREATE INDEX links_instrument ON links(instrument_id);
                """)
        }
        m.registerMigration("auditHandCorrections") { db in
            try db.execute(sql: """
                CREATE TABLE corrections (
                    id INTEGER PRIMARY KEY,
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    field TEXT NOT NULL,
                    old_value TEXT,
                    new_value TEXT,
                    actor TEXT NOT NULL CHECK (length(actor) > 0),
                    at TEXT NOT NULL
                );
                CREATE INDEX corrections_instrument ON corrections(instrument_id, id);
                """)
        }
        m.registerMigration("indexThaiSearchTokens") { db in
            // Segmented tokens, space-joined (see SearchText). Articles: contentless (the text is in
            // `articles`); instruments: stored, so a refresh can delete and reinsert its row.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
                CREATE VIRTUAL TABLE instruments_fts USING fts5(title, parties, scope, people, tokenize='unicode61 remove_diacritics 0');
                """)
        }
        m.registerMigration("indexThaiMarksAsWordCharacters") { db in
            // unicode61's default categories (L* N* Co) make Thai vowel signs and tone marks (Mn, Mc)
            // separators, cutting จีน into จ + น. Rebuild both indexes with marks as word characters.
            let tokenize = "tokenize='unicode61 remove_diacritics 0 categories ''L* N* Co Mn Mc'''"
            try db.execute(sql: """
                DROP TABLE articles_fts;
                DROP TABLE instruments_fts;
                CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', \(tokenize));
                CREATE VIRTUAL TABLE instruments_fts USING fts5(title, parties, scope, people, \(tokenize));
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, text, is_agreement_news FROM articles")
            while let r = try rows.next() {
                let tokens = articleSearchTokens(title: r["title"], text: r["text"], isAgreementNews: r["is_agreement_news"], using: text)
                try db.execute(sql: "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", arguments: [r["id"] as Int64, tokens.title, tokens.body])
            }
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM instruments") {
                try writeSearchRow(db, instrument: id, text: text)
            }
        }
        m.registerMigration("rememberScopeWordsForLinking") { db in
            // Events stored before this migration have no scope words: they link on titles only.
            try db.execute(sql: "ALTER TABLE events ADD COLUMN scope_words TEXT NOT NULL DEFAULT ''")
        }
        m.registerMigration("indexLinkWordsForCandidateLookup") { db in
            // Linking needs a shared title or scope word, so candidates are found through this
            // inverted index instead of reading every instrument of the same kind.
            try db.execute(sql: """
                CREATE TABLE event_words (
                    word TEXT NOT NULL,
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    PRIMARY KEY (word, event_id)
                ) WITHOUT ROWID;
                CREATE INDEX event_words_event ON event_words(event_id);
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title_words, scope_words FROM events")
            while let r = try rows.next() {
                let words = Set(((r["title_words"] as String) + " " + (r["scope_words"] as String)).split(separator: " ").map(String.init))
                for w in words { try db.execute(sql: "INSERT INTO event_words (word, event_id) VALUES (?, ?)", arguments: [w, r["id"] as Int64]) }
            }
        }
        m.registerMigration("searchInstrumentsByAreaLabels") { db in
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM instruments") {
                try writeSearchRow(db, instrument: id, text: text)
            }
        }
        m.registerMigration("rememberPartiesForDisplayTitles") { db in
            // Records without a name of their own get a title composed from kind, parties and subject.
            try db.execute(sql: "ALTER TABLE instruments ADD COLUMN parties_text TEXT NOT NULL DEFAULT ''")
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM instruments") {
                // The query as it was when this migration shipped (before organisations had an agency).
                let rows = try Row.fetchAll(db, sql: """
                    SELECT o.name AS name, coalesce(min(p.name_en), o.name_en) AS name_en FROM event_parties p
                    JOIN organisations o ON o.id = p.organisation_id JOIN events e ON e.id = p.event_id
                    WHERE e.instrument_id = ? GROUP BY o.id, o.name, o.name_en ORDER BY min(e.id), min(p.ordinal)
                    """, arguments: [id])
                let text = PartiesText.encode(rows.map { ($0["name"], $0["name_en"]) })
                try db.execute(sql: "UPDATE instruments SET parties_text = ? WHERE id = ?", arguments: [text, id])
            }
        }
        m.registerMigration("normalisePartiesToThaiAgencies") { db in
            // The Thai agency (ThaiAgencies code) an organisation's name stands for, for filters and short names.
            try db.execute(sql: "ALTER TABLE organisations ADD COLUMN agency TEXT")
            try db.execute(sql: "CREATE INDEX organisations_agency ON organisations(agency)")
            for r in try Row.fetchAll(db, sql: "SELECT id, name, name_en, country FROM organisations") {
                if let code = ThaiAgencies.code(forParty: Party(name: r["name"], nameEn: r["name_en"], country: r["country"])) {
                    try db.execute(sql: "UPDATE organisations SET agency = ? WHERE id = ?", arguments: [code, r["id"] as Int64])
                }
            }
        }
        m.registerMigration("composeTitlesWithAgencyCodes") { db in
            // Composed English titles name Thai agencies by their short code (MDES).
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM instruments") {
                let rows = try Row.fetchAll(db, sql: PartiesText.query(instrument: "?"), arguments: [id])
                let text = PartiesText.encode(rows.map { ($0["name"], $0["name_en"]) })
                try db.execute(sql: "UPDATE instruments SET parties_text = ? WHERE id = ?", arguments: [text, id])
            }
        }
        m.registerMigration("scoreRecordConfidenceForReview") { db in
            // The review queue lists the least certain records first; confirmed ones are marked.
            try db.execute(sql: """
                ALTER TABLE instruments ADD COLUMN confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1);
                ALTER TABLE instruments ADD COLUMN confidence_reasons TEXT NOT NULL DEFAULT '';
                ALTER TABLE instruments ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1));
                CREATE INDEX instruments_review ON instruments(confirmed, confidence);
                """)
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM instruments") { try storeConfidence(db, instrument: id) }
        }
        m.registerMigration("acknowledgeAlerts") { db in
            // Who acknowledged which alert, when: alerts themselves are derived, never stored.
            try db.execute(sql: """
                CREATE TABLE alert_acknowledgements (
                    alert_id TEXT PRIMARY KEY CHECK (length(alert_id) BETWEEN 1 AND 200),
                    instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
                    actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
                    at TEXT NOT NULL
                );
                CREATE INDEX alert_acknowledgements_instrument ON alert_acknowledgements(instrument_id);
                """)
        }
        return m
    }

    /// Checks `integrity_check` and `foreign_key_check`; an empty list means the database is sound.
    public func integrityProblems() async throws -> [String] {
        try await pool.read { db in
            var problems: [String] = []
            for row in try Row.fetchAll(db, sql: "PRAGMA integrity_check") {
                let s: String = row[0]
                if s != "ok" { problems.append("integrity: \(s)") }
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign key: table \(row[0] as String? ?? "?") rowid \(row[1] as Int64? ?? -1) -> \(row[2] as String? ?? "?")")
            }
            return problems
        }
    }

    public func invariantViolations() async throws -> [InvariantViolation] {
        try await pool.read { db in
            var out: [InvariantViolation] = []
            for r in try Row.fetchAll(db, sql: RegistryInvariants.eventsAfterArticleSQL) {
                if let v = RegistryInvariants.eventAfterArticle(instrument: r["instrument_id"], event: r["event_id"], kind: r["kind"],
                                                                date: r["date"], published: r["published"]) { out.append(v) }
            }
            for r in try Row.fetchAll(db, sql: RegistryInvariants.termsSQL) {
                out.append(RegistryInvariants.termEndsBeforeStart(instrument: r["id"], start: r["term_start"], end: r["term_end"]))
            }
            return out
        }
    }

    public func instrumentIds(articlePath: String) async throws -> [Int64] {
        try await pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT DISTINCT e.instrument_id FROM events e JOIN articles a ON a.id = e.article_id
                WHERE a.path = ? AND a.is_current = 1 ORDER BY e.instrument_id
                """, arguments: [articlePath])
        }
    }

    /// Today as the clock says, and the end of the expiring window.
    var todayISO: (today: String, soon: String) {
        let t = clock.today
        return (t.iso, t.adding(days: InstrumentStatus.expiringWindowDays).iso)
    }

    static func nowTimestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
