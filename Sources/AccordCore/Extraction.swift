import ThaiText

/// What the extractor reports for one news article (`extraction.schema.json`).
public struct Extraction: Codable, Sendable, Equatable {
    public var source: Source
    public var isAgreementNews: Bool
    public var agreements: [Agreement]

    public init(source: Source, isAgreementNews: Bool, agreements: [Agreement]) {
        self.source = source
        self.isAgreementNews = isAgreementNews
        self.agreements = agreements
    }
}

/// The article an extraction was read from.
public struct Source: Codable, Sendable, Equatable {
    /// Trailing number of the thaigov.go.th URL.
    public var newsId: String?
    public var url: String?
    /// Headline without the site prefix.
    public var title: String
    /// The article's date line, Gregorian.
    public var published: CalendarDate?
    public var language: Language?

    public init(newsId: String? = nil, url: String? = nil, title: String, published: CalendarDate?, language: Language? = nil) {
        self.newsId = newsId
        self.url = url
        self.title = title
        self.published = published
        self.language = language
    }

    enum CodingKeys: String, CodingKey { case newsId, url, title, published, language }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(newsId, forKey: .newsId)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encodeIfPresent(language, forKey: .language)
    }
}

/// One cooperation instrument and the event the article reports about it.
public struct Agreement: Codable, Sendable, Equatable {
    public var instrument: InstrumentKind
    public var event: EventKind
    public var eventDate: CalendarDate?
    /// True when no date is stated and `eventDate` fell back to the publication date.
    public var eventDateIsPublished: Bool
    public var titleTh: String?
    public var titleEn: String?
    /// True when any party is foreign.
    public var international: Bool
    /// Non-Thai parties: ISO 3166-1 alpha-2 codes or a body's acronym (ASEAN, EU, ...).
    public var counterparts: [String]
    public var parties: [Party]
    public var signatories: [Signatory]
    public var place: String?
    public var durationYears: Double?
    public var scope: [ScopeItem]
    public var areas: [Area]
    public var modalities: [Modality]
    /// Where in the text each field was read.
    public var evidence: [Evidence]

    public init(
        instrument: InstrumentKind, event: EventKind, eventDate: CalendarDate? = nil,
        eventDateIsPublished: Bool = false, titleTh: String? = nil, titleEn: String? = nil,
        international: Bool = false, counterparts: [String] = [], parties: [Party] = [],
        signatories: [Signatory] = [], place: String? = nil, durationYears: Double? = nil,
        scope: [ScopeItem] = [], areas: [Area] = [], modalities: [Modality] = [], evidence: [Evidence] = []
    ) {
        self.instrument = instrument
        self.event = event
        self.eventDate = eventDate
        self.eventDateIsPublished = eventDateIsPublished
        self.titleTh = titleTh
        self.titleEn = titleEn
        self.international = international
        self.counterparts = counterparts
        self.parties = parties
        self.signatories = signatories
        self.place = place
        self.durationYears = durationYears
        self.scope = scope
        self.areas = areas
        self.modalities = modalities
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case instrument, event, eventDate, eventDateIsPublished, titleTh, titleEn, international,
             counterparts, parties, signatories, place, durationYears, scope, areas, modalities, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instrument = try c.decode(InstrumentKind.self, forKey: .instrument)
        event = try c.decode(EventKind.self, forKey: .event)
        eventDate = try c.decodeIfPresent(CalendarDate.self, forKey: .eventDate)
        eventDateIsPublished = try c.decodeIfPresent(Bool.self, forKey: .eventDateIsPublished) ?? false
        titleTh = try c.decodeIfPresent(String.self, forKey: .titleTh)
        titleEn = try c.decodeIfPresent(String.self, forKey: .titleEn)
        international = try c.decodeIfPresent(Bool.self, forKey: .international) ?? false
        counterparts = try c.decodeIfPresent([String].self, forKey: .counterparts) ?? []
        parties = try c.decodeIfPresent([Party].self, forKey: .parties) ?? []
        signatories = try c.decodeIfPresent([Signatory].self, forKey: .signatories) ?? []
        place = try c.decodeIfPresent(String.self, forKey: .place)
        durationYears = try c.decodeIfPresent(Double.self, forKey: .durationYears)
        scope = try c.decodeIfPresent([ScopeItem].self, forKey: .scope) ?? []
        areas = try c.decodeIfPresent([Area].self, forKey: .areas) ?? []
        modalities = try c.decodeIfPresent([Modality].self, forKey: .modalities) ?? []
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(instrument, forKey: .instrument)
        try c.encode(event, forKey: .event)
        try c.encode(eventDate, forKey: .eventDate)
        try c.encode(eventDateIsPublished, forKey: .eventDateIsPublished)
        try c.encode(titleTh, forKey: .titleTh)
        try c.encode(titleEn, forKey: .titleEn)
        try c.encode(international, forKey: .international)
        try c.encode(counterparts, forKey: .counterparts)
        try c.encode(parties, forKey: .parties)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(place, forKey: .place)
        try c.encode(durationYears, forKey: .durationYears)
        try c.encode(scope, forKey: .scope)
        try c.encode(areas, forKey: .areas)
        try c.encode(modalities, forKey: .modalities)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// A party to an instrument: a government, ministry, agency, body or company.
public struct Party: Codable, Sendable, Equatable, Hashable {
    /// As written in the article.
    public var name: String
    public var nameEn: String?
    /// ISO alpha-2 or a body's acronym.
    public var country: String?

    public init(name: String, nameEn: String? = nil, country: String? = nil) {
        self.name = name
        self.nameEn = nameEn
        self.country = country
    }

    enum CodingKeys: String, CodingKey { case name, nameEn, country }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(country, forKey: .country)
    }
}

/// A person who signed, witnessed or represented a party.
public struct Signatory: Codable, Sendable, Equatable, Hashable {
    /// Full name without honorifics.
    public var name: String
    public var position: String?
    public var country: String?
    public var role: SignatoryRole

    public init(name: String, position: String? = nil, country: String? = nil, role: SignatoryRole) {
        self.name = name
        self.position = position
        self.country = country
        self.role = role
    }

    enum CodingKeys: String, CodingKey { case name, position, country, role }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(position, forKey: .position)
        try c.encode(country, forKey: .country)
        try c.encode(role, forKey: .role)
    }
}

/// One enumerated scope item, as written, with its area codes.
public struct ScopeItem: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var areas: [Area]

    public init(text: String, areas: [Area]) {
        self.text = text
        self.areas = areas
    }
}

/// Where a field was read: offsets in Unicode scalars into the article text.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    /// The field's name, e.g. `instrument`, `eventDate`, `signatories[0]`, `scope[2]`.
    public var field: String
    public var start: Int
    public var end: Int

    public init(field: String, start: Int, end: Int) {
        self.field = field
        self.start = start
        self.end = end
    }
}
