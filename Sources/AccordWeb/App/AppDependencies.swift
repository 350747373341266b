import AccordCore
import ThaiText
import AccordExtraction
import AccordStore
import Foundation
import Logging
import Prometheus

/// What the routes need, passed explicitly to `AccordServer.buildRouter(_:)`.
public struct AppDependencies: Sendable {
    /// The registry.
    public var store: any RegistryStore
    /// "Today" for statuses and page dates.
    public var clock: any RegistryClock
    /// The bearer token that authorises writes (and signs sessions).
    public var token: String
    public var logger: Logger
    /// Page size and body limit come from here.
    public var config: AppConfig
    /// Signs and checks form tokens (per-process secret).
    public var csrf: CSRFProtection
    /// Issues, checks and revokes signed-in sessions (held by this process).
    public var sessions: SessionProtection
    /// Refuses clients that failed authentication too often.
    public var authFailures: AuthFailureLimiter
    /// Where `/metrics` reads from; the app's own counters live here too.
    public var metrics: PrometheusCollectorRegistry
    /// Cached whole-corpus answers, dropped on every write.
    public var cache: QueryCache
    public var extractor: Extractor

    public init(store: any RegistryStore, clock: any RegistryClock, token: String, logger: Logger, config: AppConfig,
                csrf: CSRFProtection = CSRFProtection(signer: .random()), metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
                cache: QueryCache = QueryCache(), extractor: Extractor = Extractor()) {
        self.store = store
        self.clock = clock
        self.token = token
        self.logger = logger
        self.config = config
        self.csrf = csrf
        self.sessions = SessionProtection(apiToken: token)
        self.authFailures = AuthFailureLimiter(limit: config.authFailureLimit, window: config.authFailureWindow)
        self.metrics = metrics
        self.cache = cache
        self.extractor = extractor
    }

    /// What ingesting one article read and did.
    public struct IngestResult: Sendable, Encodable {
        public var extraction: Extraction
        public var outcome: IngestOutcome
    }

    /// Reads, extracts and stores one article; the cache is dropped when anything changed.
    public func ingest(text: String, path: String?) async throws -> IngestResult {
        // A text already stored is answered from its hash: no reading, extraction or tokenising again.
        if let id = try await store.storedArticleId(contentHash: ContentHash.sha256(text)) {
            let stored = try await store.article(id)
            metrics.makeCounter(name: "accord_articles_ingested_total", labels: [("disposition", IngestOutcome.Disposition.duplicate.rawValue)], help: "Articles stored through the web application").increment()
            return IngestResult(extraction: stored.extraction,
                                outcome: IngestOutcome(disposition: .duplicate, articleId: id, revision: stored.source.revision))
        }
        let extraction = try preview(text: text, path: path)
        let outcome = try await store.ingest([IngestItem(text: text, path: path, extraction: extraction)])[0]
        if outcome.disposition != .duplicate { cache.invalidate() }
        metrics.makeCounter(name: "accord_articles_ingested_total", labels: [("disposition", outcome.disposition.rawValue)], help: "Articles stored through the web application").increment()
        logger.info("ingested article", metadata: [
            "article": "\(outcome.articleId)", "disposition": "\(outcome.disposition.rawValue)",
            "created": "\(outcome.createdInstruments)", "updated": "\(outcome.updatedInstruments)",
        ])
        return IngestResult(extraction: extraction, outcome: outcome)
    }

    /// What the extractor reads from one article, without storing it.
    public func preview(text: String, path: String?) throws -> Extraction {
        let article: Article
        do {
            article = try ArticleReader.read(data: Data(text.utf8), path: path ?? "text")
        } catch {
            throw APIError.invalid("text", error.description)
        }
        return extractor.extract(article)
    }

    /// Corrects one field by hand and drops the cache.
    public func correct(instrument id: Int64, field: String, value: String?, actor: String) async throws -> Correction {
        let correction = try await store.correct(instrument: id, field: field, value: value, actor: actor)
        cache.invalidate()
        metrics.makeCounter(name: "accord_corrections_total", labels: [("field", correction.field.rawValue)], help: "Hand corrections made through the web application").increment()
        logger.notice("corrected instrument", metadata: ["instrument": "\(id)", "field": "\(field)", "actor": "\(actor)"])
        return correction
    }

    /// The alerts of the instruments matching `filter` (newest due first), of one kind or all, due on
    /// or after `since`; the whole registry's alerts are cached until the next write or the next day.
    public func alerts(_ filter: InstrumentFilter = InstrumentFilter(), kind: AlertKind? = nil, since: CalendarDate? = nil,
                       acknowledged: AcknowledgedAlerts = .hide) async throws -> [InstrumentAlert] {
        let today = clock.today, thresholds = config.alertThresholds
        let all: [InstrumentAlert]
        if filter.isEmpty {
            all = try await cache.alerts(today: today) { Alerts.derive(try await store.timelines(InstrumentFilter()), today: today, thresholds: thresholds) }
        } else {
            all = Alerts.derive(try await store.timelines(filter), today: today, thresholds: thresholds)
        }
        return all.filter { a in (kind.map { a.kind == $0 } ?? true) && (since.map { !(a.due < $0) } ?? true) }
            .acknowledged(try await store.acknowledgements(), show: acknowledged)
    }

    /// Records an acknowledgement of an alert (audited) and drops the cached pages that count alerts.
    public func acknowledge(alert id: String, actor: String) async throws -> AlertAcknowledgement {
        let ack = try await store.acknowledge(alert: id, actor: actor)
        cache.invalidate()
        logger.notice("acknowledged alert", metadata: ["alert": "\(id)", "actor": "\(ack.actor)"])
        return ack
    }

    /// Dashboard figures, cached until the next write.
    public func stats() async throws -> RegistryStats {
        try await cache.stats(today: clock.today) { try await store.stats() }
    }

    /// Counterparts, cached until the next write.
    public func partners() async throws -> [PartnerSummary] {
        try await cache.partners(today: clock.today) { try await store.partners() }
    }

    /// Areas with counts, cached until the next write.
    public func areas() async throws -> [AreaCount] {
        try await cache.areas(today: clock.today) { try await store.areas() }
    }
}
