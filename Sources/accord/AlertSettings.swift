import ArgumentParser

/// The alert thresholds as flags, shared by `accord serve` and `accord alerts` (each falls back to its
/// ACCORD_ALERT_* variable, then the default; see `AppConfig.keys`).
struct AlertSettings: ParsableArguments {
    @Option(help: "Months after a cabinet approval with no signing reported (ACCORD_ALERT_APPROVAL_MONTHS; default 6).")
    var alertApprovalMonths: String?
    @Option(help: "Days before a term's end without a renewal (ACCORD_ALERT_TERM_DAYS; default 180).")
    var alertTermDays: String?
    @Option(help: "Months after a planned signing with nothing reported (ACCORD_ALERT_PLAN_MONTHS; default 12).")
    var alertPlanMonths: String?
}
