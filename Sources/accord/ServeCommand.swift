import AccordWeb
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

/// `accord serve`: the web application and HTTP API (see README "Web application").
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the registry: HTML pages, the JSON API under /api/v1, /healthz, /metrics and /openapi.json.",
        discussion: "Every setting is a flag or an environment variable (flags win):\n"
            + AppConfig.keys.map { "  \($0.environment) (\($0.flag), default \($0.defaultValue)): \($0.meaning)" }.joined(separator: "\n"))

    @Option(help: "Address to bind (ACCORD_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "TCP port (ACCORD_PORT; default 8080; 0 picks a free one).") var port: String?
    @Option(help: "SQLite file or postgres:// URL (ACCORD_DATABASE; default accord.sqlite).") var database: String?
    @Option(help: "Bearer token for writes (ACCORD_API_TOKEN; default: <database>.token, generated on first start).") var apiToken: String?
    @Option(help: "Largest request body in bytes (ACCORD_MAX_BODY_BYTES; default 1048576).") var maxBodyBytes: String?
    @Option(help: "trace, debug, info, notice, warning, error, critical (ACCORD_LOG_LEVEL; default info).") var logLevel: String?
    @Flag(inversion: .prefixedNo, help: "Load the five sample articles into an empty database (ACCORD_SAMPLES; default on).") var samples: Bool?
    @Option(help: "Rows per page, 1-500 (ACCORD_PAGE_SIZE; default 50).") var pageSize: String?
    @Option(help: "Failed authentications a client may make within the window before 429 (ACCORD_AUTH_FAILURE_LIMIT; default 10).") var authFailureLimit: String?
    @Option(help: "That window in seconds (ACCORD_AUTH_FAILURE_WINDOW; default 60).") var authFailureWindow: String?
    @Option(help: "Seconds a connection may stay silent before it is closed (ACCORD_IDLE_TIMEOUT; default 30).") var idleTimeout: String?
    @OptionGroup var alertSettings: AlertSettings
    @Flag(inversion: .prefixedNo, help: "Mark every cookie Secure, for HTTPS (ACCORD_SECURE_COOKIES; default off).") var secureCookies: Bool?

    func run() async throws {
        let flags = AppConfig.Flags(host: host, port: port, database: database, apiToken: apiToken, maxBodyBytes: maxBodyBytes,
                                    logLevel: logLevel, samples: samples, pageSize: pageSize,
                                    authFailureLimit: authFailureLimit, authFailureWindow: authFailureWindow, idleTimeout: idleTimeout,
                                    alertApprovalMonths: alertSettings.alertApprovalMonths, alertTermDays: alertSettings.alertTermDays,
                                    alertPlanMonths: alertSettings.alertPlanMonths, secureCookies: secureCookies)
        let config: AppConfig
        do {
            config = try AppConfig.load(flags: flags, environment: ProcessInfo.processInfo.environment)
        } catch {
            Output.stderr("accord serve: \(error)")
            throw ExitCode(2)
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = config.logLevel
            return handler
        }
        var logger = Logger(label: "accord.web")
        logger.logLevel = config.logLevel
        // The one process-wide metrics backend, set here in @main's command so the library stays free of globals.
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let app = try await Self.build(config: config, logger: logger, metrics: registry)
        try await app.runService()
    }

    /// The application, or exit code 4 with the reason (database, token file, samples).
    static func build(config: AppConfig, logger: Logger, metrics: PrometheusCollectorRegistry) async throws -> some ApplicationProtocol {
        do {
            return try await AccordServer.buildApplication(config: config, logger: logger, metrics: metrics) { token, file in
                Output.stderr("accord serve: generated an API token (saved to \(file), mode 0600); it is shown only this once:\n\(token)")
            }
        } catch {
            Output.stderr("accord serve: \(error)")
            throw ExitCode(4)
        }
    }
}
