import AccordCore
import ThaiText

/// A record that breaks one of the registry's rules about dates, found by `RegistryStore.invariantViolations()`.
public struct InvariantViolation: Sendable, Codable, Equatable {
    /// The rules the registry keeps.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// An event other than a plan is dated after the article that reports it.
        case eventAfterArticle = "event-after-article"
        /// A term ends before it starts.
        case termEndsBeforeStart = "term-ends-before-start"
    }

    public var rule: Rule
    public var instrumentId: Int64
    /// The event concerned, when the rule is about one event.
    public var eventId: Int64?
    /// What was found, for people ("signing dated 2027-07-23, article published 2024-03-01").
    public var detail: String

    public init(rule: Rule, instrumentId: Int64, eventId: Int64? = nil, detail: String) {
        self.rule = rule
        self.instrumentId = instrumentId
        self.eventId = eventId
        self.detail = detail
    }
}

extension Extraction {
    /// The extraction as the registry stores it: an event other than a plan is never dated after the
    /// article reporting it (a day's grace for time zones). A later date is a term's end ("มีผลถึง …")
    /// or a schedule, so the event keeps no date rather than a wrong one.
    public func checkedForStorage() -> Extraction {
        guard let published = source.published else { return self }
        var copy = self
        for k in copy.agreements.indices {
            let a = copy.agreements[k]
            if a.event != .plan, let d = a.eventDate, d.daysSinceEpoch > published.daysSinceEpoch + 1 {
                copy.agreements[k].eventDate = nil
                copy.agreements[k].eventDateIsPublished = false
                copy.agreements[k].evidence.removeAll { $0.field == "eventDate" }
            }
        }
        return copy
    }
}

enum RegistryInvariants {
    /// Rows of (instrument, event, kind, event date, published) where a non-plan event's date is later
    /// than its article's date; both columns are ISO text, so the comparison works in both dialects.
    static let eventsAfterArticleSQL = """
        SELECT e.instrument_id AS instrument_id, e.id AS event_id, e.kind AS kind, e.date AS date, a.published AS published
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.kind <> 'plan' AND e.date IS NOT NULL AND a.published IS NOT NULL AND e.date > a.published
        ORDER BY e.instrument_id, e.id
        """

    static let termsSQL = """
        SELECT id, term_start, term_end FROM instruments
        WHERE term_start IS NOT NULL AND term_end IS NOT NULL AND term_end < term_start ORDER BY id
        """

    static func eventAfterArticle(instrument: Int64, event: Int64, kind: String, date: String, published: String) -> InvariantViolation? {
        guard let d = CalendarDate(iso: date), let p = CalendarDate(iso: published), d.daysSinceEpoch > p.daysSinceEpoch + 1 else { return nil }
        return InvariantViolation(rule: .eventAfterArticle, instrumentId: instrument, eventId: event,
                                  detail: "\(kind) dated \(date), article published \(published)")
    }

    static func termEndsBeforeStart(instrument: Int64, start: String, end: String) -> InvariantViolation {
        InvariantViolation(rule: .termEndsBeforeStart, instrumentId: instrument, detail: "term \(start) – \(end)")
    }
}
