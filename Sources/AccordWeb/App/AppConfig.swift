import AccordStore
import Foundation
import Logging

/// Everything `accord serve` can be told, read once at start-up: flags > environment > defaults.
public struct AppConfig: Sendable, Equatable {
    /// Address to bind (ACCORD_HOST).
    public var host: String
    /// TCP port (ACCORD_PORT); 0 lets the system pick one.
    public var port: Int
    /// Registry location: SQLite path, sqlite:PATH or postgres:// URL (ACCORD_DATABASE).
    public var database: String
    /// Bearer token for writes (ACCORD_API_TOKEN); nil means "read or create `<db>.token`".
    public var apiToken: String?
    /// Largest accepted request body in bytes (ACCORD_MAX_BODY_BYTES).
    public var maxBodyBytes: Int
    /// Log level (ACCORD_LOG_LEVEL).
    public var logLevel: Logger.Level
    /// Load the shipped sample articles into an empty database (ACCORD_SAMPLES).
    public var samples: Bool
    /// Rows per page in lists, HTML and API (ACCORD_PAGE_SIZE).
    public var pageSize: Int
    /// Failed authentications a client may make within the window before it gets 429 (ACCORD_AUTH_FAILURE_LIMIT).
    public var authFailureLimit: Int
    /// That window, in seconds (ACCORD_AUTH_FAILURE_WINDOW).
    public var authFailureWindow: Int
    /// Seconds a connection may stay silent (no complete request head, no body part) before it is
    /// closed (ACCORD_IDLE_TIMEOUT): half-open and slowly sent requests cannot hold connections.
    public var idleTimeout: Int
    /// Mark every cookie Secure (ACCORD_SECURE_COOKIES): set it when the site is served over HTTPS
    /// (behind a TLS proxy), so browsers never send the session over plain HTTP.
    public var secureCookies: Bool
    /// When instruments need attention (ACCORD_ALERT_APPROVAL_MONTHS, ACCORD_ALERT_TERM_DAYS, ACCORD_ALERT_PLAN_MONTHS).
    public var alertThresholds: AlertThresholds

    public init(host: String = "127.0.0.1", port: Int = 8080, database: String = "accord.sqlite", apiToken: String? = nil,
                maxBodyBytes: Int = 1 << 20, logLevel: Logger.Level = .info, samples: Bool = true, pageSize: Int = 50,
                authFailureLimit: Int = 10, authFailureWindow: Int = 60, idleTimeout: Int = 30,
                alertThresholds: AlertThresholds = AlertThresholds(), secureCookies: Bool = false) {
        self.host = host
        self.port = port
        self.database = database
        self.apiToken = apiToken
        self.maxBodyBytes = maxBodyBytes
        self.logLevel = logLevel
        self.samples = samples
        self.pageSize = pageSize
        self.authFailureLimit = authFailureLimit
        self.authFailureWindow = authFailureWindow
        self.idleTimeout = idleTimeout
        self.alertThresholds = alertThresholds
        self.secureCookies = secureCookies
    }

    /// One configuration key: its environment name, flag, default and meaning (for --help and docs).
    public struct Key: Sendable {
        public var environment: String
        public var flag: String
        public var defaultValue: String
        public var meaning: String
    }

    /// Every key, in the order documented.
    public static let keys: [Key] = [
        Key(environment: "ACCORD_HOST", flag: "--host", defaultValue: "127.0.0.1", meaning: "address to bind"),
        Key(environment: "ACCORD_PORT", flag: "--port", defaultValue: "8080", meaning: "TCP port, 0-65535 (0: any free port)"),
        Key(environment: "ACCORD_DATABASE", flag: "--database", defaultValue: "accord.sqlite", meaning: "SQLite file (PATH or sqlite:PATH) or postgres://user:pass@host:port/db"),
        Key(environment: "ACCORD_API_TOKEN", flag: "--api-token", defaultValue: "(generated)", meaning: "bearer token for writes and sign-in; when unset, read from <database>.token or generated there (0600) on first start and printed once"),
        Key(environment: "ACCORD_MAX_BODY_BYTES", flag: "--max-body-bytes", defaultValue: "1048576", meaning: "largest request body accepted; larger gets 413"),
        Key(environment: "ACCORD_LOG_LEVEL", flag: "--log-level", defaultValue: "info", meaning: "trace, debug, info, notice, warning, error or critical"),
        Key(environment: "ACCORD_SAMPLES", flag: "--samples/--no-samples", defaultValue: "true", meaning: "load the five shipped sample articles when the database is empty"),
        Key(environment: "ACCORD_PAGE_SIZE", flag: "--page-size", defaultValue: "50", meaning: "rows per page in lists (1-500)"),
        Key(environment: "ACCORD_AUTH_FAILURE_LIMIT", flag: "--auth-failure-limit", defaultValue: "10", meaning: "failed sign-ins or bearer tokens a client may make within the window; then 429 with Retry-After (1-10000)"),
        Key(environment: "ACCORD_AUTH_FAILURE_WINDOW", flag: "--auth-failure-window", defaultValue: "60", meaning: "that window in seconds (1-86400)"),
        Key(environment: "ACCORD_ALERT_APPROVAL_MONTHS", flag: "--alert-approval-months", defaultValue: "6", meaning: "alert when a cabinet approval has no signing reported after this many months (1-120)"),
        Key(environment: "ACCORD_ALERT_TERM_DAYS", flag: "--alert-term-days", defaultValue: "180", meaning: "alert when a term ends within this many days and no renewal is reported (1-3650)"),
        Key(environment: "ACCORD_ALERT_PLAN_MONTHS", flag: "--alert-plan-months", defaultValue: "12", meaning: "alert when a planned signing has nothing reported after this many months (1-120)"),
        Key(environment: "ACCORD_SECURE_COOKIES", flag: "--secure-cookies", defaultValue: "false", meaning: "mark every cookie Secure (serve over HTTPS, e.g. behind a TLS proxy)"),
        Key(environment: "ACCORD_IDLE_TIMEOUT", flag: "--idle-timeout", defaultValue: "30", meaning: "seconds a connection may stay silent (an unfinished request head included) before it is closed (1-3600)"),
    ]

    /// Values given on the command line; nil means "not given".
    public struct Flags: Sendable, Equatable {
        public var host: String?
        public var port: String?
        public var database: String?
        public var apiToken: String?
        public var maxBodyBytes: String?
        public var logLevel: String?
        public var samples: Bool?
        public var pageSize: String?
        public var authFailureLimit: String?
        public var authFailureWindow: String?
        public var idleTimeout: String?
        public var alertApprovalMonths: String?
        public var alertTermDays: String?
        public var alertPlanMonths: String?
        public var secureCookies: Bool?

        public init(host: String? = nil, port: String? = nil, database: String? = nil, apiToken: String? = nil, maxBodyBytes: String? = nil,
                    logLevel: String? = nil, samples: Bool? = nil, pageSize: String? = nil,
                    authFailureLimit: String? = nil, authFailureWindow: String? = nil, idleTimeout: String? = nil,
                    alertApprovalMonths: String? = nil, alertTermDays: String? = nil, alertPlanMonths: String? = nil,
                    secureCookies: Bool? = nil) {
            self.host = host
            self.port = port
            self.database = database
            self.apiToken = apiToken
            self.maxBodyBytes = maxBodyBytes
            self.logLevel = logLevel
            self.samples = samples
            self.pageSize = pageSize
            self.authFailureLimit = authFailureLimit
            self.authFailureWindow = authFailureWindow
            self.idleTimeout = idleTimeout
            self.alertApprovalMonths = alertApprovalMonths
            self.alertTermDays = alertTermDays
            self.alertPlanMonths = alertPlanMonths
            self.secureCookies = secureCookies
        }
    }

    /// Resolves flags over environment over defaults; every invalid key is reported at once.
    public static func load(flags: Flags = Flags(), environment: [String: String]) throws(AppConfigError) -> AppConfig {
        var config = AppConfig()
        var problems: [AppConfigError.Problem] = []

        /// The flag when given, else the non-empty environment value; with the name to blame.
        func pick(_ flag: String?, _ flagName: String, _ env: String) -> (value: String, source: String)? {
            if let flag { return (flag, flagName) }
            if let v = environment[env], !v.isEmpty { return (v, env) }
            return nil
        }
        func integer(_ flag: String?, _ flagName: String, _ env: String, _ range: ClosedRange<Int>, into target: inout Int) {
            guard case let (raw, source)? = pick(flag, flagName, env) else { return }
            guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
                problems.append(.init(key: source, value: raw, reason: "expected an integer in \(range.lowerBound)...\(range.upperBound)"))
                return
            }
            target = n
        }

        if case let (host, source)? = pick(flags.host, "--host", "ACCORD_HOST") {
            if host.trimmingCharacters(in: .whitespaces).isEmpty || host.contains(" ") {
                problems.append(.init(key: source, value: host, reason: "expected a host name or IP address"))
            } else {
                config.host = host
            }
        }
        integer(flags.port, "--port", "ACCORD_PORT", 0...65_535, into: &config.port)
        if case let (db, _)? = pick(flags.database, "--database", "ACCORD_DATABASE") { config.database = db }
        if case let (token, source)? = pick(flags.apiToken, "--api-token", "ACCORD_API_TOKEN") {
            if let reason = APIToken.problem(token) {
                problems.append(.init(key: source, value: "(hidden)", reason: reason))
            } else {
                config.apiToken = token
            }
        }
        integer(flags.maxBodyBytes, "--max-body-bytes", "ACCORD_MAX_BODY_BYTES", 1_024...(1 << 30), into: &config.maxBodyBytes)
        if case let (level, source)? = pick(flags.logLevel, "--log-level", "ACCORD_LOG_LEVEL") {
            if let l = Logger.Level(rawValue: level.lowercased()) {
                config.logLevel = l
            } else {
                problems.append(.init(key: source, value: level, reason: "expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        func boolean(_ flag: Bool?, _ env: String, into target: inout Bool) {
            if let flag {
                target = flag
            } else if let raw = environment[env], !raw.isEmpty {
                switch raw.lowercased() {
                case "1", "true", "yes", "on": target = true
                case "0", "false", "no", "off": target = false
                default: problems.append(.init(key: env, value: raw, reason: "expected true or false"))
                }
            }
        }
        boolean(flags.samples, "ACCORD_SAMPLES", into: &config.samples)
        boolean(flags.secureCookies, "ACCORD_SECURE_COOKIES", into: &config.secureCookies)
        integer(flags.pageSize, "--page-size", "ACCORD_PAGE_SIZE", 1...500, into: &config.pageSize)
        integer(flags.authFailureLimit, "--auth-failure-limit", "ACCORD_AUTH_FAILURE_LIMIT", 1...10_000, into: &config.authFailureLimit)
        integer(flags.authFailureWindow, "--auth-failure-window", "ACCORD_AUTH_FAILURE_WINDOW", 1...86_400, into: &config.authFailureWindow)
        integer(flags.idleTimeout, "--idle-timeout", "ACCORD_IDLE_TIMEOUT", 1...3_600, into: &config.idleTimeout)
        integer(flags.alertApprovalMonths, "--alert-approval-months", "ACCORD_ALERT_APPROVAL_MONTHS", 1...120, into: &config.alertThresholds.approvalMonths)
        integer(flags.alertTermDays, "--alert-term-days", "ACCORD_ALERT_TERM_DAYS", 1...3_650, into: &config.alertThresholds.termDays)
        integer(flags.alertPlanMonths, "--alert-plan-months", "ACCORD_ALERT_PLAN_MONTHS", 1...120, into: &config.alertThresholds.planMonths)

        if !problems.isEmpty { throw AppConfigError(problems: problems) }
        return config
    }
}

/// Configuration that cannot be used, listing every bad key at once.
public struct AppConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One bad key: where it came from (flag or variable), what it held and why that is wrong.
    public struct Problem: Equatable, Sendable {
        public var key: String
        public var value: String
        public var reason: String
    }
    public var problems: [Problem]

    public var description: String {
        "invalid configuration:\n" + problems.map { "  \($0.key)=\($0.value): \($0.reason)" }.joined(separator: "\n")
    }
}
