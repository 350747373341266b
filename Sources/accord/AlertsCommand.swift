import AccordCore
import AccordStore
import AccordWeb
import ArgumentParser
import Foundation
import ThaiText

/// `accord alerts`: what needs attention, newest due first; the exit status says whether there is any.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List alerts: approvals not followed by a signing, terms ending or ended without renewal, stale plans, disagreeing sources.",
        discussion: """
            Alerts are read from each record's timeline and term against today (or --today). Thresholds come \
            from the flags, else ACCORD_ALERT_APPROVAL_MONTHS, ACCORD_ALERT_TERM_DAYS and ACCORD_ALERT_PLAN_MONTHS, \
            else 6 months, 180 days and 12 months; the same settings as `accord serve`, so the CLI, the API, the \
            page and the feeds list the same alerts. With --since only alerts due on or after that day are listed \
            (new ones since a previous run). With --webhook URL each alert listed is also POSTed there as JSON \
            ({"alert": …}), signed with HMAC-SHA256 under ACCORD_WEBHOOK_SECRET (header X-Accord-Signature: \
            sha256=<hex>), retried on network errors, 408, 429 and 5xx. Exit status: 0 when there is at least one \
            alert (and every delivery succeeded), 1 when there is none, 5 when a delivery failed, 2 or more on \
            other errors.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var settings: AlertSettings
    @Option(help: "Only alerts due on or after this day (YYYY-MM-DD).") var since: String?
    @Option(help: "Only alerts of this kind: \(AlertKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String?
    @Option(help: "Compute as of this day (YYYY-MM-DD; default: today in Bangkok).") var today: String?
    @Option(help: "Acknowledged alerts: hide (default), include or only.") var acknowledged = "hide"
    @Flag(help: "Print JSON (an array of alerts with their evidence).") var json = false
    @Option(help: "POST each alert listed to this http(s) URL, signed with ACCORD_WEBHOOK_SECRET.") var webhook: String?

    func run() async throws {
        func day(_ raw: String?, _ name: String) throws -> CalendarDate? {
            guard let raw else { return nil }
            guard let d = CalendarDate(iso: raw), (1900...2200).contains(d.year) else {
                throw ValidationError("--\(name) \(raw): expected a date YYYY-MM-DD between 1900 and 2200")
            }
            return d
        }
        let sinceDay = try day(since, "since")
        let day = try day(today, "today") ?? SystemClock().today
        var alertKind: AlertKind?
        if let kind {
            guard let k = AlertKind(rawValue: kind) else {
                throw ValidationError("--kind \(kind): expected one of \(AlertKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            alertKind = k
        }
        let thresholds: AlertThresholds
        do {
            thresholds = try AppConfig.load(flags: .init(alertApprovalMonths: settings.alertApprovalMonths, alertTermDays: settings.alertTermDays,
                                                         alertPlanMonths: settings.alertPlanMonths),
                                            environment: ProcessInfo.processInfo.environment).alertThresholds
        } catch {
            throw ValidationError(error.description)
        }
        var hook: AlertWebhook?
        if let webhook {
            guard let url = URL(string: webhook), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw ValidationError("--webhook \(webhook): expected an http or https URL")
            }
            guard let secret = ProcessInfo.processInfo.environment["ACCORD_WEBHOOK_SECRET"], secret.count >= 16 else {
                throw ValidationError("--webhook needs ACCORD_WEBHOOK_SECRET (at least 16 characters) to sign the alerts")
            }
            hook = AlertWebhook(url: url, secret: secret)
        }
        guard let show = AcknowledgedAlerts(rawValue: acknowledged) else {
            throw ValidationError("--acknowledged \(acknowledged): expected hide, include or only")
        }
        let registry = try await store.open(readOnly: true)
        let filter = try filters.filter()
        let records = try await reporting { try await registry.timelines(filter) }
        let acks = try await reporting { try await registry.acknowledgements() }
        let alerts = Alerts.derive(records, today: day, thresholds: thresholds, since: sinceDay).filter { a in alertKind.map { a.kind == $0 } ?? true }
            .acknowledged(acks, show: show)
        if json {
            print(try Output.json(alerts))
        } else {
            print("\(alerts.count) alert(s) on \(day.iso)" + (sinceDay.map { ", due since \($0.iso)" } ?? ""))
            for a in alerts {
                print("\(a.due.iso)  \(a.kind.rawValue)  #\(a.instrument.id) \(a.instrument.title)" + (a.instrument.counterparts.isEmpty ? "" : " [\(a.instrument.counterparts.joined(separator: ", "))]"))
                print("    \(a.reason)")
                for e in a.evidence { print("    article #\(e.articleId): \(e.articleTitle)") }
                if let ack = a.acknowledgement { print("    acknowledged by \(ack.actor) at \(ack.at)") }
            }
        }
        if let hook {
            let failed = await hook.deliver(alerts).filter { !$0.delivered }
            for f in failed {
                FileHandle.standardError.write(Data("accord alerts: webhook: \(f.alertId) not delivered (status \(f.status), \(f.attempts) attempt(s))\n".utf8))
            }
            if !failed.isEmpty { throw ExitCode(5) }
        }
        if alerts.isEmpty { throw ExitCode(1) }
    }
}
