import AccordCore
import Foundation
import ThaiText

/// The registry's storage contract: everything extraction, search and the web layer need.
///
/// Backends (SQLite now, PostgreSQL later) implement it and must pass the same conformance
/// suite (`Tests/AccordStoreTests/RegistryStoreConformance.swift`). Ids are stable integers
/// assigned by the backend; dates are `CalendarDate` days; "today" comes from the clock the
/// backend was opened with, never from the system inside queries.
public protocol RegistryStore: Sendable {
    /// Stores a batch of articles and their extractions in one transaction, linking each
    /// agreement to an existing instrument or creating one; returns one outcome per item, in order.
    func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome]

    /// Which of these content hashes (`ContentHash.sha256` of an article's text) are already stored,
    /// so a re-run can skip extracting articles it already has.
    func storedContentHashes(_ hashes: [String]) async throws -> Set<String>

    /// The id of the stored article with exactly this text (SHA-256 of its UTF-8), or nil.
    func storedArticleId(contentHash: String) async throws -> Int64?

    /// The records matching a filter with their summary, duration and timeline only (no parties,
    /// signatories, scope, evidence or corrections): what `Alerts` reads, cheaper than `export`.
    func timelines(_ filter: InstrumentFilter) async throws -> [InstrumentRecord]

    /// Records that `actor` acknowledged an alert (audited: who and when); acknowledging it again keeps
    /// the first record. Throws `instrumentNotFound` for an unknown instrument.
    func acknowledge(alert id: String, actor: String) async throws -> AlertAcknowledgement

    /// Every acknowledgement, oldest first.
    func acknowledgements() async throws -> [AlertAcknowledgement]

    /// One page of instrument summaries matching a filter, newest activity first.
    func instruments(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary>

    /// The full record of one instrument: parties, signatories, scope, timeline with sources.
    func instrument(_ id: Int64) async throws -> InstrumentRecord

    /// Every counterpart (country or body code) with its instrument count, most instruments first.
    func partners() async throws -> [PartnerSummary]

    /// One counterpart's instruments and area breakdown; `RegistryError.notFound` when unknown.
    func partner(_ code: String) async throws -> PartnerDetail

    /// Every area with its instrument count (areas without instruments included, count 0).
    func areas() async throws -> [AreaCount]

    /// Thai-aware full-text search over instruments and articles, BM25-ranked, filtered.
    func search(_ query: String, filter: InstrumentFilter, limit: Int) async throws -> SearchResults

    /// Totals and breakdowns for a dashboard.
    func stats() async throws -> RegistryStats

    /// One stored article (current or older revision) with its raw text.
    func article(_ id: Int64) async throws -> ArticleRecord

    /// Why an instrument's sources were joined: one explanation per linked contribution.
    func links(instrument id: Int64) async throws -> [LinkExplanation]

    /// Overrides one field of an instrument by hand; kept in an audit log and never overwritten
    /// by later re-extraction. Fields: see `CorrectableField`.
    func correct(instrument id: Int64, field: String, value: String?, actor: String) async throws -> Correction

    /// The audit log of hand corrections for one instrument, oldest first.
    func corrections(instrument id: Int64) async throws -> [Correction]

    /// Every instrument record matching a filter (for export), ordered by id.
    func export(_ filter: InstrumentFilter) async throws -> [InstrumentRecord]

    /// Checks the store's integrity (SQLite: `integrity_check` + `foreign_key_check`); returns problems found.
    func integrityProblems() async throws -> [String]

    /// Records no reviewer has confirmed, least certain first (`RecordConfidence`), then newest; filtered like lists.
    func reviewQueue(_ filter: InstrumentFilter, page: PageRequest) async throws -> Page<InstrumentSummary>

    /// Records that break the registry's date rules (`InvariantViolation.Rule`), by instrument id.
    func invariantViolations() async throws -> [InvariantViolation]

    /// The instruments the current revision of an article contributes to, found by the path it was
    /// ingested from; empty when no stored article has that path.
    func instrumentIds(articlePath: String) async throws -> [Int64]
}

/// What the registry rejects, with the ids or names concerned.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No instrument with this id.
    case instrumentNotFound(Int64)
    /// No article with this id.
    case articleNotFound(Int64)
    /// No counterpart with this code.
    case partnerNotFound(String)
    /// A correction names a field that cannot be corrected.
    case invalidField(String)
    /// A correction's value does not fit the field (e.g. a non-numeric duration).
    case invalidValue(field: String, value: String)
    /// The database could not be opened or migrated.
    case unavailable(path: String, reason: String)
    /// A search query has no searchable words.
    case emptyQuery(String)

    public var description: String {
        switch self {
        case .instrumentNotFound(let id): "no instrument with id \(id)"
        case .articleNotFound(let id): "no article with id \(id)"
        case .partnerNotFound(let code): "no counterpart with code \(code)"
        case .invalidField(let f): "field \(f) cannot be corrected (allowed: \(CorrectableField.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .invalidValue(let f, let v): "value \(v) does not fit field \(f)"
        case .unavailable(let p, let r): "\(p): \(r)"
        case .emptyQuery(let q): "query \"\(q)\" has no searchable words"
        }
    }
}

/// The source of "today" for status computation; passed explicitly so tests can fix the date.
public protocol RegistryClock: Sendable {
    /// The current day.
    var today: CalendarDate { get }
}

/// The real clock: today's date in UTC+7 (Bangkok), where the news is published.
public struct SystemClock: RegistryClock {
    public init() {}
    public var today: CalendarDate {
        // Seconds since 1970 shifted to Bangkok time, then whole days.
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return CalendarDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}

/// A clock stuck on one day, for tests and reproducible exports.
public struct FixedClock: RegistryClock {
    public let today: CalendarDate
    public init(_ today: CalendarDate) { self.today = today }
}

extension RegistryStore {
    /// Default: claims to know nothing, so callers extract every article and `ingest` reports
    /// duplicates itself; backends override it to let re-runs skip extraction.
    public func storedContentHashes(_ hashes: [String]) async throws -> Set<String> { [] }

    /// Default: the full records.
    public func timelines(_ filter: InstrumentFilter) async throws -> [InstrumentRecord] { try await export(filter) }

    /// Default: no lookup by text; `ingest` reports duplicates itself.
    public func storedArticleId(contentHash: String) async throws -> Int64? { nil }
}
