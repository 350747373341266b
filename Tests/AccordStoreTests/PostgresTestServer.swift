import AccordStore
import Foundation
import Logging
import PostgresNIO
import Testing

/// The PostgreSQL server tests may use: `ACCORD_TEST_POSTGRES_URL` (scripts/with-postgres.sh sets it).
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var isConfigured: Bool { url != nil }
    static let skipMessage = "PostgreSQL backend not tested: ACCORD_TEST_POSTGRES_URL is not set (run `scripts/with-postgres.sh swift test`)"

    /// A new empty database on the test server, named accord_test_<random>; the server is throwaway.
    static func freshDatabase() async throws -> PostgresConnectionInfo {
        let info = try PostgresConnectionInfo(url: try #require(url))
        let name = "accord_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        _ = try await withAdminConnection(info) { c, logger in
            try await c.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        return info.with(database: String(name))
    }

    /// Runs `body` on one plain connection to the configured database.
    static func withAdminConnection<T: Sendable>(_ info: PostgresConnectionInfo,
                                                 _ body: @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = Logger(label: "accord.tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let config = PostgresConnection.Configuration(host: info.host ?? "127.0.0.1", port: info.port, username: info.username,
                                                      password: info.password, database: info.database, tls: .disable)
        let c = try await PostgresConnection.connect(configuration: config, id: 1, logger: logger)
        do {
            let result = try await body(c, logger)
            try await c.close()
            return result
        } catch {
            try? await c.close()
            throw error
        }
    }
}

extension StoreBackend {
    /// PostgreSQL, one fresh database per store; nil when no test server is configured.
    static let postgres: StoreBackend? = PostgresTestServer.isConfigured ? StoreBackend(name: "postgres") { clock in
        try await PostgresRegistry(try await PostgresTestServer.freshDatabase(), clock: clock, tokenizer: ThaiAwareTokenizer.standard)
    } : nil
}

@Suite struct PostgresBackendAvailability {
    @Test("the PostgreSQL backend runs the conformance suite when a server is configured",
          .enabled(if: PostgresTestServer.isConfigured, Comment(rawValue: PostgresTestServer.skipMessage)))
    func conformanceIncludesPostgres() async throws {
        #expect(StoreBackend.all.contains { $0.name == "postgres" })
        let store = try await #require(StoreBackend.postgres).open(FixedClock(day("2024-01-15")))
        #expect(try await store.integrityProblems().isEmpty)
    }
}
