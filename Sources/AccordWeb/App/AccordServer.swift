import AccordStore
import Foundation
import Hummingbird
import Logging
import Prometheus

/// Builds the web application: the registry, the token, the routes and the server.
public enum AccordServer {
    /// Opens the registry named by `config.database` (migrating it), resolves the API token,
    /// loads the samples into an empty registry when asked, and returns the application ready to
    /// `runService()` (which stops gracefully on SIGINT and SIGTERM).
    ///
    /// - Parameters:
    ///   - metrics: the registry `/metrics` emits; the caller bootstraps `MetricsSystem` with it so
    ///     Hummingbird's request metrics land there too.
    ///   - announceToken: told a newly generated token once, to print it.
    public static func buildApplication(
        config: AppConfig,
        logger: Logger,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        clock: any RegistryClock = SystemClock(),
        announceToken: @Sendable (String, String) -> Void = { _, _ in }
    ) async throws -> some ApplicationProtocol {
        let (token, created) = try APIToken.resolve(configured: config.apiToken, database: config.database)
        if created, let file = APIToken.file(for: config.database) { announceToken(token, file) }
        let store = try await StoreConfiguration(databasePath: config.database).open(clock: clock, tokenizer: ThaiAwareTokenizer.standard)
        let deps = AppDependencies(store: store, clock: clock, token: token, logger: logger, config: config, metrics: metrics)
        if config.samples { try await SampleLoader.loadIfEmpty(deps) }
        let router = buildRouter(deps)
        return Application(
            router: router,
            server: .http1(configuration: .init(
                idleTimeout: .seconds(Int64(config.idleTimeout)),
                // A request head (request line and headers) over 64 KiB is refused rather than buffered.
                httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 64 * 1024, maxHeaderFieldCount: 100))),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: "accord"),
            onServerRunning: { channel in
                logger.notice("accord serve listening", metadata: [
                    "address": "\(channel.localAddress.map { "\($0)" } ?? "\(config.host):\(config.port)")",
                    "database": "\(StoreLocation.describe(config.database))",
                ])
            },
            logger: logger
        )
    }
}

extension StoreLocation {
    /// A database setting fit for logs: PostgreSQL passwords hidden.
    static func describe(_ database: String) -> String {
        switch try? parse(database) {
        case .postgres(let info)?: info.description
        case .sqlite(let path)?: path
        case nil: "(invalid)"
        }
    }
}
