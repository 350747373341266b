import AccordCore
import Foundation
import ThaiText

/// What needs a policy officer's attention on an instrument, read from its timeline and term.
public enum AlertKind: String, Codable, CaseIterable, Sendable {
    /// The cabinet approved it, and no signing (or adoption, exchange, entry into force) was reported
    /// within the approval window.
    case approvedNotSigned = "approved-not-signed"
    /// Its term ends within the term window and no renewal is reported.
    case termEnding = "term-ending"
    /// Its term has ended and no renewal is reported.
    case expiredWithoutRenewal = "expired-without-renewal"
    /// A signing was announced as planned and nothing was reported within the plan window.
    case plannedNotSigned = "planned-not-signed"
    /// Its sources disagree: two signing dates, or two terms.
    case sourcesDisagree = "sources-disagree"

    /// English label for people.
    public var label: String {
        switch self {
        case .approvedNotSigned: "Approved, not reported signed"
        case .termEnding: "Term ending, no renewal"
        case .expiredWithoutRenewal: "Expired, no renewal"
        case .plannedNotSigned: "Planned, nothing since"
        case .sourcesDisagree: "Sources disagree"
        }
    }

    /// Thai label for people.
    public var labelTh: String {
        switch self {
        case .approvedNotSigned: "ครม. เห็นชอบแล้ว ยังไม่มีข่าวลงนาม"
        case .termEnding: "ใกล้ครบอายุ ยังไม่มีการต่ออายุ"
        case .expiredWithoutRenewal: "ครบอายุแล้ว ไม่มีการต่ออายุ"
        case .plannedNotSigned: "มีแผนลงนาม ยังไม่มีความคืบหน้า"
        case .sourcesDisagree: "แหล่งข่าวไม่ตรงกัน"
        }
    }
}

/// How long the registry waits before an instrument needs attention. Settings of `accord serve`
/// and `accord alerts` (flags > environment > these defaults).
public struct AlertThresholds: Sendable, Equatable, Codable {
    /// Months after a cabinet approval without a reported signing (ACCORD_ALERT_APPROVAL_MONTHS).
    public var approvalMonths: Int
    /// Days before a term's end from which it is reported (ACCORD_ALERT_TERM_DAYS).
    public var termDays: Int
    /// Months after a planned signing with nothing reported (ACCORD_ALERT_PLAN_MONTHS).
    public var planMonths: Int

    public init(approvalMonths: Int = 6, termDays: Int = 180, planMonths: Int = 12) {
        self.approvalMonths = approvalMonths
        self.termDays = termDays
        self.planMonths = planMonths
    }
}

/// One event or source behind an alert.
public struct AlertEvidence: Sendable, Codable, Equatable {
    /// The timeline event (its id in the instrument's timeline).
    public var eventId: Int64
    public var event: EventKind
    public var date: CalendarDate?
    public var durationYears: Double?
    /// The article that reports it.
    public var articleId: Int64
    public var articleTitle: String
    public var url: String?

    public init(_ e: TimelineEvent) {
        eventId = e.id
        event = e.kind
        date = e.dateIsPublished ? nil : e.date
        durationYears = e.durationYears
        articleId = e.source.articleId
        articleTitle = e.source.title
        url = e.source.url
    }
}

/// An alert on one instrument: why, since when, and the events it rests on.
public struct InstrumentAlert: Sendable, Codable, Equatable {
    /// Stable for the same instrument, kind and due day, so feeds and acknowledgements keep it.
    public var id: String
    public var kind: AlertKind
    /// The day the alert became due (the approval or plan plus its window, the start of the term
    /// window, the term's end, the later of two disagreeing reports). Alerts sort newest first by it.
    public var due: CalendarDate
    /// Why, in English and in Thai, with the dates concerned.
    public var reason: String
    public var reasonTh: String
    public var instrument: InstrumentSummary
    public var evidence: [AlertEvidence]
    /// Who acknowledged it and when, if anyone did (set by `acknowledged(_:show:)`).
    public var acknowledgement: AlertAcknowledgement?
}

/// Derives alerts from instrument records against a given day (the injected clock's today).
public enum Alerts {
    /// Events that show an approved or planned instrument went ahead.
    static let progress: Set<EventKind> = [.signing, .exchange, .entryIntoForce, .adoption, .renewal, .implementation]

    /// The alerts of one record on `today`.
    public static func derive(_ record: InstrumentRecord, today: CalendarDate, thresholds: AlertThresholds = AlertThresholds()) -> [InstrumentAlert] {
        let s = record.summary
        let dated = record.timeline.filter { $0.date != nil }
        var out: [InstrumentAlert] = []
        func alert(_ kind: AlertKind, due: CalendarDate, _ reason: String, _ reasonTh: String, _ events: [TimelineEvent]) {
            out.append(InstrumentAlert(id: "\(kind.rawValue):\(s.id):\(due.iso)", kind: kind, due: due, reason: reason, reasonTh: reasonTh,
                                       instrument: s, evidence: events.map(AlertEvidence.init)))
        }
        func after(_ day: CalendarDate, _ kinds: Set<EventKind>) -> Bool {
            dated.contains { kinds.contains($0.kind) && !($0.date! < day) }
        }

        // The latest approval, when nothing that shows it went ahead was reported on or after it.
        if let approval = dated.last(where: { $0.kind == .cabinetApproval }), let day = approval.date,
           !after(day, progress) {
            let due = day.adding(months: thresholds.approvalMonths)
            if !(today < due) {
                alert(.approvedNotSigned, due: due,
                      "Approved by the cabinet on \(day.iso); no signing reported in the \(thresholds.approvalMonths) months since.",
                      "คณะรัฐมนตรีเห็นชอบเมื่อ \(day.iso) ไม่มีข่าวการลงนามภายใน \(thresholds.approvalMonths) เดือน", [approval])
            }
        }
        // The latest plan, when nothing at all was reported after it.
        if let plan = dated.last(where: { $0.kind == .plan }), let day = plan.date,
           !dated.contains(where: { $0.kind != .plan && day < $0.date! }) {
            let due = day.adding(months: thresholds.planMonths)
            if !(today < due) {
                alert(.plannedNotSigned, due: due,
                      "Announced as planned on \(day.iso); nothing reported in the \(thresholds.planMonths) months since.",
                      "มีแผนเมื่อ \(day.iso) ไม่มีความคืบหน้าภายใน \(thresholds.planMonths) เดือน", [plan])
            }
        }
        // The term counts from the latest signing or renewal (the store's derivation), so a reported
        // renewal has already moved its end.
        if let end = s.termEnd {
            // The evidence: the event that starts the term, else the reports that give a term, else the latest.
            let start = dated.last { [.signing, .renewal, .exchange, .entryIntoForce].contains($0.kind) }
            let basis = start.map { [$0] } ?? record.timeline.last { $0.durationYears != nil }.map { [$0] } ?? record.timeline.suffix(1)
            let years = record.durationYears.map { Language.en.years($0) } ?? "its term"
            let yearsTh = record.durationYears.map { Language.th.years($0) } ?? "ตามอายุ"
            if end < today {
                alert(.expiredWithoutRenewal, due: end,
                      "Its term (\(years)) ended on \(end.iso); no renewal reported.",
                      "ครบอายุ (\(yearsTh)) เมื่อ \(end.iso) ไม่มีข่าวการต่ออายุ", basis)
            } else if !(today.adding(days: thresholds.termDays) < end) {
                alert(.termEnding, due: end.adding(days: -thresholds.termDays),
                      "Its term (\(years)) ends on \(end.iso), within \(thresholds.termDays) days; no renewal reported.",
                      "จะครบอายุ (\(yearsTh)) ในวันที่ \(end.iso) ภายใน \(thresholds.termDays) วัน ยังไม่มีข่าวการต่ออายุ", basis)
            }
        }
        // Two articles giving the same signing two dates, or the instrument two terms.
        let signings = record.timeline.filter { $0.kind == .signing && !$0.dateIsPublished && $0.date != nil }
        let signingDates = Set(signings.compactMap(\.date))
        if signingDates.count > 1 {
            let shown = signingDates.sorted().map(\.iso).joined(separator: ", ")
            let firstByDate = signingDates.sorted().map { d in signings.first { $0.date == d }! }
            alert(.sourcesDisagree, due: signingDates.max()!,
                  "Its sources give different signing dates: \(shown).",
                  "แหล่งข่าวระบุวันลงนามต่างกัน: \(shown)", firstByDate)
        }
        let termed = record.timeline.filter { $0.durationYears != nil }
        let terms = Set(termed.compactMap(\.durationYears))
        if terms.count > 1 {
            let shown = terms.sorted().map { Language.en.years($0) }.joined(separator: ", ")
            let shownTh = terms.sorted().map { Language.th.years($0) }.joined(separator: ", ")
            let due = termed.compactMap { $0.date ?? $0.source.published }.max() ?? today
            alert(.sourcesDisagree, due: due,
                  "Its sources give different terms: \(shown).",
                  "แหล่งข่าวระบุอายุต่างกัน: \(shownTh)", terms.sorted().map { t in termed.first { $0.durationYears == t }! })
        }
        return out
    }

    /// The alerts of many records, newest due first (then by instrument id and kind); `since` keeps
    /// those due on or after that day.
    public static func derive(_ records: [InstrumentRecord], today: CalendarDate, thresholds: AlertThresholds = AlertThresholds(),
                              since: CalendarDate? = nil) -> [InstrumentAlert] {
        records.flatMap { derive($0, today: today, thresholds: thresholds) }
            .filter { a in since.map { !(a.due < $0) } ?? true }
            .sorted { a, b in
                if a.due != b.due { return b.due < a.due }
                if a.instrument.id != b.instrument.id { return a.instrument.id < b.instrument.id }
                return a.id < b.id
            }
    }
}

/// A signed-in user's acknowledgement of an alert: who and when (the audit). An acknowledged alert is
/// left out of the lists and feeds unless asked for; a new alert (another due day) is not acknowledged.
public struct AlertAcknowledgement: Sendable, Codable, Equatable {
    public var alertId: String
    public var instrumentId: Int64
    public var actor: String
    /// ISO 8601 timestamp.
    public var at: String

    public init(alertId: String, instrumentId: Int64, actor: String, at: String) {
        self.alertId = alertId
        self.instrumentId = instrumentId
        self.actor = actor
        self.at = at
    }

    /// The alert id and actor checked: `kind:instrument:YYYY-MM-DD` with a known kind, and an actor
    /// of 1–100 characters without control characters. Returns the instrument id.
    public static func validate(alertId: String, actor: String) throws(RegistryError) -> Int64 {
        let parts = alertId.split(separator: ":", omittingEmptySubsequences: false)
        guard alertId.count <= 200, parts.count == 3, AlertKind(rawValue: String(parts[0])) != nil,
              let id = Int64(parts[1]), id > 0, CalendarDate(iso: parts[2]) != nil else {
            throw .invalidValue(field: "alert", value: "\"\(alertId.prefix(80))\" (expected kind:instrument:YYYY-MM-DD)")
        }
        let trimmed = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidValue(field: "actor", value: "\"\(actor.prefix(40))\" (1-100 characters without control characters)")
        }
        return id
    }
}

extension Array where Element == InstrumentAlert {
    /// The alerts with their acknowledgements, keeping the unacknowledged (`hide`, the default), the
    /// acknowledged (`only`) or all (`include`).
    public func acknowledged(_ acks: [AlertAcknowledgement], show: AcknowledgedAlerts) -> [InstrumentAlert] {
        var byId: [String: AlertAcknowledgement] = [:]
        for a in acks where byId[a.alertId] == nil { byId[a.alertId] = a }
        return compactMap { alert in
            var alert = alert
            alert.acknowledgement = byId[alert.id]
            switch show {
            case .include: return alert
            case .hide: return alert.acknowledgement == nil ? alert : nil
            case .only: return alert.acknowledgement == nil ? nil : alert
            }
        }
    }
}

/// How acknowledged alerts are listed.
public enum AcknowledgedAlerts: String, Sendable, CaseIterable, Codable {
    case hide, include, only
}
