import AccordCore
import ThaiText

/// The dated facts status is derived from: one per timeline event.
public struct StatusEvent: Sendable, Equatable {
    public var kind: EventKind
    public var date: CalendarDate?
    /// The term length this event's article gave, if any.
    public var durationYears: Double?
    public init(kind: EventKind, date: CalendarDate?, durationYears: Double? = nil) {
        self.kind = kind
        self.date = date
        self.durationYears = durationYears
    }
}

/// An instrument's derived standing and the dates it rests on.
public struct DerivedStatus: Sendable, Equatable {
    public var status: InstrumentStatus
    /// The signing, exchange or renewal that starts the current term.
    public var termStart: CalendarDate?
    /// `termStart` plus the duration, when both are known.
    public var termEnd: CalendarDate?
    public var durationYears: Double?
}

extension DerivedStatus {
    /// The status stored on the row: without "today", so expiring and expired (computed at query time
    /// from the term end) are stored as what the term started with — renewed, in force or signed.
    public func stored(events: [StatusEvent]) -> InstrumentStatus {
        switch status {
        case .expiring, .expired:
            events.contains { $0.kind == .renewal && $0.date != nil && $0.date == termStart } ? .renewed
                : events.contains { $0.kind == .entryIntoForce } ? .inForce : .signed
        default: status
        }
    }
}

extension InstrumentStatus {
    /// Days before the term end from which an instrument counts as expiring.
    public static let expiringWindowDays = 180

    /// Derives the status from the timeline and the term, against an explicit "today".
    ///
    /// The current term starts at the latest signing, exchange or renewal; its length is the
    /// duration stated by the latest event that states one (a renewal may change it), else
    /// `durationOverride`. Without a start the instrument is a draft (cabinet approval or plan)
    /// or merely reported.
    public static func derive(events: [StatusEvent], durationOverride: Double? = nil, today: CalendarDate) -> DerivedStatus {
        let dated = events.filter { $0.date != nil }.sorted { $0.date! < $1.date! }
        let starting: Set<EventKind> = [.signing, .exchange, .renewal, .adoption]
        var start = dated.last { starting.contains($0.kind) }
        // In force only when its entry into force is reported; the term runs from it when that report
        // states the term ("มีผลใช้บังคับ … เป็นระยะเวลา 5 ปี").
        let inForce = dated.last { $0.kind == .entryIntoForce && (start == nil || $0.date! >= start!.date!) }
        if let e = inForce, start == nil || e.durationYears != nil { start = e }
        let undatedStart = events.contains { $0.date == nil && starting.contains($0.kind) }
        let duration = durationOverride ?? (dated.last { $0.durationYears != nil }?.durationYears
            ?? events.last { $0.durationYears != nil }?.durationYears)
        guard let start else {
            if undatedStart && events.contains(where: { $0.kind == .adoption }) && !events.contains(where: { [.signing, .exchange, .renewal].contains($0.kind) }) {
                return DerivedStatus(status: .adopted, termStart: nil, termEnd: nil, durationYears: duration)
            }
            if undatedStart {
                return DerivedStatus(status: events.contains { $0.kind == .renewal } ? .renewed : .signed,
                                     termStart: nil, termEnd: nil, durationYears: duration)
            }
            if events.contains(where: { $0.kind == .entryIntoForce }) {
                return DerivedStatus(status: .inForce, termStart: nil, termEnd: nil, durationYears: duration)
            }
            let draft = events.contains { $0.kind == .cabinetApproval || $0.kind == .plan }
            return DerivedStatus(status: draft ? .draftApproved : .reported, termStart: nil, termEnd: nil, durationYears: duration)
        }
        let startDate = start.date!
        // A renewal only counts as such when something was signed before it, or it says so itself.
        let renewed = start.kind == .renewal
        var termEnd: CalendarDate?
        if let duration, duration > 0 { termEnd = startDate.adding(years: duration) }
        let status: InstrumentStatus
        if let end = termEnd, today > end {
            status = .expired
        } else if let end = termEnd, end.daysSinceEpoch - today.daysSinceEpoch <= expiringWindowDays {
            status = .expiring
        } else if inForce != nil {
            status = .inForce
        } else if start.kind == .adoption {
            status = .adopted
        } else {
            status = renewed ? .renewed : .signed
        }
        return DerivedStatus(status: status, termStart: startDate, termEnd: termEnd, durationYears: duration)
    }
}
