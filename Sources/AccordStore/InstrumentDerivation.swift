import Foundation
import AccordCore
import ThaiText

/// One timeline event as an instrument's derived columns need it.
public struct DerivationEvent: Sendable, Equatable {
    public var kind: EventKind
    public var date: CalendarDate?
    public var titleTh: String?
    public var titleEn: String?
    public var place: String?
    public var durationYears: Double?
    public var international: Bool
    public var articleId: Int64

    public init(kind: EventKind, date: CalendarDate?, titleTh: String?, titleEn: String?, place: String?,
                durationYears: Double?, international: Bool, articleId: Int64) {
        self.kind = kind
        self.date = date
        self.titleTh = titleTh
        self.titleEn = titleEn
        self.place = place
        self.durationYears = durationYears
        self.international = international
        self.articleId = articleId
    }
}

/// The columns an instrument row stores, derived from its events and hand corrections.
public struct DerivedInstrument: Sendable, Equatable {
    public var kind: String
    public var titleTh: String?
    public var titleEn: String?
    public var place: String?
    public var international: Bool
    public var durationYears: Double?
    /// Status without "today": draft-approved, signed, renewed or reported (expiry is computed at query time).
    public var baseStatus: InstrumentStatus
    public var statusOverride: String?
    public var termStart: CalendarDate?
    public var termEnd: CalendarDate?
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    public var eventCount: Int
    public var sourceCount: Int
    /// Every title variant of the events and the corrected titles, sorted: the search index's title field.
    public var titleVariants: [String]
}

/// Backend-neutral derivation of an instrument's stored columns (the SQLite backend's refresh rules).
public enum InstrumentDerivation {
    /// Derives the row from events ordered oldest first (undated last), with hand corrections
    /// (oldest first) applied on top so re-extraction never overwrites them.
    public static func derive(kind storedKind: String, events: [DerivationEvent], corrections: [(field: String, value: String?)],
                              counterparts: [String], today: CalendarDate) -> DerivedInstrument {
        let startKinds: Set<EventKind> = [.signing, .exchange, .renewal]
        // The title as the signing (or latest term-starting event) gives it, else the latest event's.
        let preferred = events.filter { startKinds.contains($0.kind) }.reversed() + events.reversed()
        var titleTh = preferred.lazy.compactMap(\.titleTh).first
        var titleEn = preferred.lazy.compactMap(\.titleEn).first
        var place = preferred.lazy.compactMap(\.place).first
        var kind = storedKind
        let statusEvents = events.map { StatusEvent(kind: $0.kind, date: $0.date, durationYears: $0.durationYears) }
        var durationOverride: Double?
        var statusOverride: String?
        // Latest correction per field wins.
        for c in corrections {
            switch CorrectableField(rawValue: c.field) {
            case .titleTh: titleTh = c.value
            case .titleEn: titleEn = c.value
            case .place: place = c.value
            case .instrument: if let v = c.value { kind = v }
            case .durationYears: durationOverride = c.value.flatMap(Double.init)
            case .status: statusOverride = c.value
            case .confirmed: break
            case nil: break
            }
        }
        let derived = InstrumentStatus.derive(events: statusEvents, durationOverride: durationOverride, today: today)
        let base = derived.stored(events: statusEvents)
        let dates = statusEvents.compactMap(\.date)
        let titles = Set(events.flatMap { [$0.titleTh, $0.titleEn].compactMap { $0 } } + [titleTh, titleEn].compactMap { $0 })
        return DerivedInstrument(
            kind: kind, titleTh: titleTh, titleEn: titleEn, place: place,
            international: events.contains(where: \.international) || !counterparts.isEmpty,
            durationYears: derived.durationYears, baseStatus: base, statusOverride: statusOverride,
            termStart: derived.termStart, termEnd: derived.termEnd, firstDate: dates.min(), lastDate: dates.max(),
            eventCount: events.count, sourceCount: Set(events.map(\.articleId)).count, titleVariants: titles.sorted())
    }
}

extension CorrectableField {
    /// Checks a correction before it is stored: the field exists, the value fits it, an actor is named.
    /// Returns the field, the value (blank becomes nil: "clear the override") and the trimmed actor.
    /// The longest term a correction may set, in years.
    public static let longestTermYears = 99.0
    /// The longest text value (titles, place) and actor name a correction may carry, in characters.
    public static let longestText = 500
    public static let longestActor = 100

    public static func validate(field: String, value: String?, actor: String) throws(RegistryError) -> (CorrectableField, String?, String) {
        guard let f = CorrectableField(rawValue: field) else { throw .invalidField(field) }
        if let raw = value {
            // A blank value is a mistake, not a way to clear: clearing is an explicit null.
            if raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .invalidValue(field: field, value: "blank (send null to clear the field)") }
            if raw.count > longestText { throw .invalidValue(field: field, value: "\(raw.count) characters (at most \(longestText))") }
            if raw.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { throw .invalidValue(field: field, value: "control characters are not allowed") }
        }
        let value = value.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        switch f {
        case .instrument:
            guard let value, InstrumentKind(rawValue: value) != nil else { throw .invalidValue(field: field, value: value ?? "") }
        case .durationYears:
            if let value {
                guard let d = Double(value), d.isFinite, d > 0, d <= longestTermYears else {
                    throw .invalidValue(field: field, value: "\(value) (a number of years above 0 and at most \(Int(longestTermYears)))")
                }
            }
        case .status:
            if let value { guard InstrumentStatus(rawValue: value) != nil else { throw .invalidValue(field: field, value: value) } }
        case .titleTh, .titleEn, .place: break
        case .confirmed:
            if let value { guard ["yes", "true"].contains(value.lowercased()) else { throw .invalidValue(field: field, value: value) } }
        }
        let actor = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !actor.isEmpty, actor.count <= longestActor, !actor.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .invalidValue(field: "actor", value: actor.count > longestActor ? "\(actor.count) characters (at most \(longestActor))" : actor)
        }
        return (f, value, actor)
    }
}
