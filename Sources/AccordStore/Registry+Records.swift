import AccordCore
import ThaiText

/// One article to store with what the extractor read from it.
public struct IngestItem: Sendable, Equatable {
    /// The article text exactly as read (kept verbatim; hashed for idempotency).
    public var text: String
    /// Where it was read from (file path or URL), for messages and provenance.
    public var path: String?
    /// The extractor's report; `extraction.source` gives newsId, url, title and date.
    public var extraction: Extraction
    /// `ContentHash.sha256(text)` when the caller already computed it (saves hashing twice); nil otherwise.
    public var contentHash: String?

    public init(text: String, path: String? = nil, extraction: Extraction, contentHash: String? = nil) {
        self.text = text
        self.path = path
        self.extraction = extraction
        self.contentHash = contentHash
    }
}

/// What storing one article did.
public struct IngestOutcome: Sendable, Equatable, Codable {
    /// How the article itself was treated.
    public enum Disposition: String, Sendable, Codable {
        /// First time this article (newsId or text) was seen.
        case new
        /// Same newsId, different text: stored as a new revision, its contribution replaced.
        case revised
        /// Identical text already stored: nothing changed.
        case duplicate
    }

    public var disposition: Disposition
    /// The stored article's id.
    public var articleId: Int64
    /// The revision number of that article (1 for the first).
    public var revision: Int
    /// Instruments created from this article's agreements.
    public var createdInstruments: [Int64]
    /// Existing instruments this article's agreements were linked to (or whose contribution it replaced).
    public var updatedInstruments: [Int64]

    public init(disposition: Disposition, articleId: Int64, revision: Int, createdInstruments: [Int64] = [], updatedInstruments: [Int64] = []) {
        self.disposition = disposition
        self.articleId = articleId
        self.revision = revision
        self.createdInstruments = createdInstruments
        self.updatedInstruments = updatedInstruments
    }
}

/// An instrument's standing, derived from its timeline and term (see `InstrumentStatus.derive`).
public enum InstrumentStatus: String, Codable, CaseIterable, Sendable {
    /// Reported as planned or approved by the cabinet as a draft, not yet signed.
    case draftApproved = "draft-approved"
    /// Signed (or exchanged); whether it is in force the news may not say (entry into force is its own event).
    case signed
    /// Signed, and its term ends within 180 days.
    case expiring
    /// Its term has ended.
    case expired
    /// Renewed after an earlier term.
    case renewed
    /// Only implementation or other news, no approval or signing reported.
    case reported
    /// Its entry into force is reported (signed is not in force: only this event says so).
    case inForce = "in-force"
    /// A declaration or statement adopted at a meeting, without a signature.
    case adopted

    /// English label for people.
    public var label: String {
        switch self {
        case .draftApproved: "Draft approved"
        case .signed: "Signed"
        case .expiring: "Expiring"
        case .expired: "Expired"
        case .renewed: "Renewed"
        case .reported: "Reported"
        case .inForce: "In force"
        case .adopted: "Adopted"
        }
    }
}

/// Criteria shared by `list`, `search` and `export`; nil or empty means "any".
public struct InstrumentFilter: Sendable, Equatable, Codable {
    /// Counterpart code (ISO alpha-2 or a body's acronym), case-insensitive.
    public var counterpart: String?
    public var area: Area?
    public var instrument: InstrumentKind?
    /// The instrument has at least one event of this kind (in the year range when given).
    public var event: EventKind?
    public var status: InstrumentStatus?
    /// Inclusive year bounds on event dates (Gregorian).
    public var fromYear: Int?
    public var toYear: Int?
    /// Only instruments with a foreign party (true) or only domestic ones (false).
    public var international: Bool?
    /// A Thai agency code (`ThaiAgencies`): instruments one of whose parties is that agency or one under it.
    public var agency: String?

    public init(counterpart: String? = nil, area: Area? = nil, instrument: InstrumentKind? = nil, event: EventKind? = nil,
                status: InstrumentStatus? = nil, fromYear: Int? = nil, toYear: Int? = nil, international: Bool? = nil, agency: String? = nil) {
        self.agency = agency
        self.counterpart = counterpart
        self.area = area
        self.instrument = instrument
        self.event = event
        self.status = status
        self.fromYear = fromYear
        self.toYear = toYear
        self.international = international
    }

    /// True when no criterion is set.
    public var isEmpty: Bool { self == InstrumentFilter() }
}

/// Which slice of a result list to return.
public struct PageRequest: Sendable, Equatable {
    public var offset: Int
    public var limit: Int
    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = max(0, offset)
        self.limit = max(1, min(limit, 10_000))
    }
}

/// One slice of a result list and the total it was cut from.
public struct Page<Item: Sendable & Codable>: Sendable, Codable {
    public var items: [Item]
    public var total: Int
    public var offset: Int
    public var limit: Int
    public init(items: [Item], total: Int, offset: Int, limit: Int) {
        self.items = items
        self.total = total
        self.offset = offset
        self.limit = limit
    }
}

/// An instrument as listed: enough for a table row.
public struct InstrumentSummary: Sendable, Codable, Equatable {
    public var id: Int64
    public var kind: InstrumentKind
    /// The instrument's own name (Thai, else English) when an article gives one, else a title composed
    /// from kind, parties and subject (`titleComposed`).
    public var title: String
    /// The English name when an article gives one, else composed (`titleEnComposed`).
    public var titleEn: String?
    /// True when `title` was composed: no article gives the instrument a name.
    public var titleComposed: Bool
    /// True when `titleEn` was composed: no article gives an English name.
    public var titleEnComposed: Bool
    /// How far the record can be trusted, 0...1 (`RecordConfidence`), and what lowered it.
    public var confidence: Double
    public var confidenceReasons: [String]
    /// A reviewer confirmed the record (an audited correction of field `confirmed`).
    public var confirmed: Bool
    public var counterparts: [String]
    public var areas: [Area]
    public var status: InstrumentStatus
    /// Earliest and latest event dates.
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    /// Date of the signing (or latest renewal) that starts the current term.
    public var signedDate: CalendarDate?
    /// When the term ends, if the duration is known.
    public var termEnd: CalendarDate?
    public var eventCount: Int
    public var sourceCount: Int

    public init(id: Int64, kind: InstrumentKind, title: String, titleEn: String? = nil, titleComposed: Bool = false, titleEnComposed: Bool = false, confidence: Double = 0, confidenceReasons: [String] = [], confirmed: Bool = false, counterparts: [String], areas: [Area], status: InstrumentStatus, firstDate: CalendarDate? = nil, lastDate: CalendarDate? = nil, signedDate: CalendarDate? = nil, termEnd: CalendarDate? = nil, eventCount: Int, sourceCount: Int) {
        self.id = id
        self.kind = kind
        self.title = title
        self.titleEn = titleEn
        self.titleComposed = titleComposed
        self.titleEnComposed = titleEnComposed
        self.confidence = confidence
        self.confidenceReasons = confidenceReasons
        self.confirmed = confirmed
        self.counterparts = counterparts
        self.areas = areas
        self.status = status
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.signedDate = signedDate
        self.termEnd = termEnd
        self.eventCount = eventCount
        self.sourceCount = sourceCount
    }
}

/// One organisation that is party to an instrument.
public struct PartyRecord: Sendable, Codable, Equatable {
    public var id: Int64
    public var name: String
    public var nameEn: String?
    public var country: String?
    /// The Thai agency the name stands for (`ThaiAgencies` code), when it is one.
    public var agency: String?

    public init(id: Int64, name: String, nameEn: String? = nil, country: String? = nil, agency: String? = nil) {
        self.agency = agency
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.country = country
    }
}

/// One person with the role they played in one event.
public struct SignatoryRecord: Sendable, Codable, Equatable {
    public var personId: Int64
    public var name: String
    public var position: String?
    public var country: String?
    public var role: SignatoryRole
    /// The event (timeline entry) where they appeared.
    public var eventId: Int64

    public init(personId: Int64, name: String, position: String? = nil, country: String? = nil, role: SignatoryRole, eventId: Int64) {
        self.personId = personId
        self.name = name
        self.position = position
        self.country = country
        self.role = role
        self.eventId = eventId
    }
}

/// One scope item as written, with its areas and the event it was read from.
public struct ScopeRecord: Sendable, Codable, Equatable {
    public var text: String
    public var areas: [Area]
    public var eventId: Int64

    public init(text: String, areas: [Area], eventId: Int64) {
        self.text = text
        self.areas = areas
        self.eventId = eventId
    }
}

/// An article as a source of a timeline entry.
public struct SourceRef: Sendable, Codable, Equatable {
    public var articleId: Int64
    public var newsId: String?
    public var url: String?
    public var title: String
    public var published: CalendarDate?
    public var revision: Int

    public init(articleId: Int64, newsId: String? = nil, url: String? = nil, title: String, published: CalendarDate? = nil, revision: Int) {
        self.articleId = articleId
        self.newsId = newsId
        self.url = url
        self.title = title
        self.published = published
        self.revision = revision
    }
}

/// One entry of an instrument's timeline: an event read from one agreement of one article.
public struct TimelineEvent: Sendable, Codable, Equatable {
    public var id: Int64
    public var kind: EventKind
    public var date: CalendarDate?
    /// True when the article gave no date and `date` is its publication date.
    public var dateIsPublished: Bool
    public var source: SourceRef
    /// Which agreement of the article's extraction this is (0-based).
    public var agreementIndex: Int
    /// The title as this article gave it.
    public var titleTh: String?
    public var titleEn: String?
    public var place: String?
    public var durationYears: Double?
    /// Offsets into the source article for each field read.
    public var evidence: [Evidence]

    public init(id: Int64, kind: EventKind, date: CalendarDate? = nil, dateIsPublished: Bool, source: SourceRef, agreementIndex: Int, titleTh: String? = nil, titleEn: String? = nil, place: String? = nil, durationYears: Double? = nil, evidence: [Evidence]) {
        self.id = id
        self.kind = kind
        self.date = date
        self.dateIsPublished = dateIsPublished
        self.source = source
        self.agreementIndex = agreementIndex
        self.titleTh = titleTh
        self.titleEn = titleEn
        self.place = place
        self.durationYears = durationYears
        self.evidence = evidence
    }
}

/// Everything the registry knows about one instrument.
public struct InstrumentRecord: Sendable, Codable, Equatable {
    public var summary: InstrumentSummary
    public var titleTh: String?
    public var titleEn: String?
    public var international: Bool
    public var place: String?
    public var durationYears: Double?
    public var parties: [PartyRecord]
    public var signatories: [SignatoryRecord]
    public var scope: [ScopeRecord]
    public var modalities: [Modality]
    /// Oldest first; undated events last.
    public var timeline: [TimelineEvent]
    /// Hand corrections applied on top of extraction, oldest first.
    public var corrections: [Correction]

    public init(summary: InstrumentSummary, titleTh: String? = nil, titleEn: String? = nil, international: Bool, place: String? = nil, durationYears: Double? = nil, parties: [PartyRecord], signatories: [SignatoryRecord], scope: [ScopeRecord], modalities: [Modality], timeline: [TimelineEvent], corrections: [Correction]) {
        self.summary = summary
        self.titleTh = titleTh
        self.titleEn = titleEn
        self.international = international
        self.place = place
        self.durationYears = durationYears
        self.parties = parties
        self.signatories = signatories
        self.scope = scope
        self.modalities = modalities
        self.timeline = timeline
        self.corrections = corrections
    }
}

/// A counterpart with its instrument count.
public struct PartnerSummary: Sendable, Codable, Equatable {
    public var code: String
    public var instrumentCount: Int
    public var lastDate: CalendarDate?

    public init(code: String, instrumentCount: Int, lastDate: CalendarDate? = nil) {
        self.code = code
        self.instrumentCount = instrumentCount
        self.lastDate = lastDate
    }
}

/// One counterpart's instruments and areas.
public struct PartnerDetail: Sendable, Codable, Equatable {
    public var code: String
    public var instruments: [InstrumentSummary]
    public var areas: [AreaCount]

    public init(code: String, instruments: [InstrumentSummary], areas: [AreaCount]) {
        self.code = code
        self.instruments = instruments
        self.areas = areas
    }
}

/// An area with its instrument count.
public struct AreaCount: Sendable, Codable, Equatable {
    public var area: Area
    public var count: Int

    public init(area: Area, count: Int) {
        self.area = area
        self.count = count
    }
}

/// An instrument found by search, with its BM25 rank (lower is better, as SQLite reports it).
public struct InstrumentHit: Sendable, Codable, Equatable {
    public var summary: InstrumentSummary
    public var rank: Double

    public init(summary: InstrumentSummary, rank: Double) {
        self.summary = summary
        self.rank = rank
    }
}

/// An article found by search.
public struct ArticleHit: Sendable, Codable, Equatable {
    public var source: SourceRef
    public var rank: Double
    /// Instruments this article contributed to.
    public var instrumentIds: [Int64]
    /// A passage around the first query word (`ArticleHit.snippet(text:title:query:)`).
    public var snippet: String?

    public init(source: SourceRef, rank: Double, instrumentIds: [Int64], snippet: String? = nil) {
        self.source = source
        self.rank = rank
        self.instrumentIds = instrumentIds
        self.snippet = snippet
    }
}

/// Search answers: instruments and articles, each best first.
public struct SearchResults: Sendable, Codable, Equatable {
    public var query: String
    public var instruments: [InstrumentHit]
    public var articles: [ArticleHit]

    public init(query: String, instruments: [InstrumentHit], articles: [ArticleHit]) {
        self.query = query
        self.instruments = instruments
        self.articles = articles
    }
}

/// Counts for a dashboard.
public struct RegistryStats: Sendable, Codable, Equatable {
    /// Events of one kind in one year.
    public struct YearCount: Sendable, Codable, Equatable {
        public var year: Int
        public var event: EventKind
        public var count: Int

        public init(year: Int, event: EventKind, count: Int) {
            self.year = year
            self.event = event
            self.count = count
        }
    }
    /// Instruments with one counterpart in one area.
    public struct PartnerAreaCount: Sendable, Codable, Equatable {
        public var partner: String
        public var area: Area
        public var count: Int

        public init(partner: String, area: Area, count: Int) {
            self.partner = partner
            self.area = area
            self.count = count
        }
    }
    public var articles: Int
    public var agreementArticles: Int
    public var instruments: Int
    public var events: Int
    public var partners: Int
    public var byStatus: [String: Int]
    public var perYear: [YearCount]
    public var partnerAreas: [PartnerAreaCount]
    /// Instruments whose term ends within 180 days of today, soonest first.
    public var expiringSoon: [InstrumentSummary]
    /// The most recently published agreement articles.
    public var latestArticles: [SourceRef]

    public init(articles: Int, agreementArticles: Int, instruments: Int, events: Int, partners: Int, byStatus: [String: Int], perYear: [YearCount], partnerAreas: [PartnerAreaCount], expiringSoon: [InstrumentSummary], latestArticles: [SourceRef]) {
        self.articles = articles
        self.agreementArticles = agreementArticles
        self.instruments = instruments
        self.events = events
        self.partners = partners
        self.byStatus = byStatus
        self.perYear = perYear
        self.partnerAreas = partnerAreas
        self.expiringSoon = expiringSoon
        self.latestArticles = latestArticles
    }
}

/// A stored article with its raw text.
public struct ArticleRecord: Sendable, Codable, Equatable {
    public var source: SourceRef
    public var path: String?
    public var contentHash: String
    public var isAgreementNews: Bool
    /// False when a later revision of the same newsId replaced it.
    public var isCurrent: Bool
    public var text: String
    /// The extraction as stored.
    public var extraction: Extraction

    public init(source: SourceRef, path: String? = nil, contentHash: String, isAgreementNews: Bool, isCurrent: Bool, text: String, extraction: Extraction) {
        self.source = source
        self.path = path
        self.contentHash = contentHash
        self.isAgreementNews = isAgreementNews
        self.isCurrent = isCurrent
        self.text = text
        self.extraction = extraction
    }
}

/// Why one contribution (an agreement in an article) was joined to an instrument.
public struct LinkExplanation: Sendable, Codable, Equatable {
    public var instrumentId: Int64
    public var eventId: Int64
    /// The existing event it was matched against; nil when it founded the instrument.
    public var matchedEventId: Int64?
    public var score: Double
    public var reasons: [String]
    public var source: SourceRef

    public init(instrumentId: Int64, eventId: Int64, matchedEventId: Int64? = nil, score: Double, reasons: [String], source: SourceRef) {
        self.instrumentId = instrumentId
        self.eventId = eventId
        self.matchedEventId = matchedEventId
        self.score = score
        self.reasons = reasons
        self.source = source
    }
}

/// Instrument fields that can be corrected by hand.
public enum CorrectableField: String, CaseIterable, Sendable, Codable {
    case titleTh, titleEn, instrument, durationYears, place, status
    /// A reviewer confirms the record as it stands ("yes"); no value withdraws the confirmation.
    case confirmed
}

/// One hand correction: who changed which field, when, from what to what.
public struct Correction: Sendable, Codable, Equatable {
    public var id: Int64
    public var instrumentId: Int64
    public var field: CorrectableField
    public var oldValue: String?
    public var newValue: String?
    public var actor: String
    /// ISO 8601 timestamp (UTC).
    public var at: String

    public init(id: Int64, instrumentId: Int64, field: CorrectableField, oldValue: String? = nil, newValue: String? = nil, actor: String, at: String) {
        self.id = id
        self.instrumentId = instrumentId
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.actor = actor
        self.at = at
    }
}
