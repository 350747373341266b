import AccordStore
import Testing

/// `--database` values pick the backend by scheme; PostgreSQL URLs carry the connection settings.
@Suite struct BackendSelectionTests {
    @Test func schemesPickTheBackend() throws {
        #expect(try StoreLocation.parse("accord.sqlite") == .sqlite(path: "accord.sqlite"))
        #expect(try StoreLocation.parse("/var/lib/accord/registry.sqlite") == .sqlite(path: "/var/lib/accord/registry.sqlite"))
        #expect(try StoreLocation.parse("sqlite:/tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try StoreLocation.parse("sqlite:///tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        guard case .postgres(let info) = try StoreLocation.parse("postgres://officer:s%40cret@db.example:6543/registry") else {
            Issue.record("postgres:// must select PostgreSQL")
            return
        }
        #expect(info.host == "db.example" && info.port == 6543 && info.username == "officer" && info.password == "s@cret" && info.database == "registry")
        #expect(info.description == "postgres://officer:***@db.example:6543/registry")
        guard case .postgres = try StoreLocation.parse("postgresql://u@localhost/x") else {
            Issue.record("postgresql:// must select PostgreSQL")
            return
        }
        #expect(throws: RegistryError.self) { try StoreLocation.parse("mysql://u@host/db") }
    }

    @Test func postgresURLOptions() throws {
        let d = try PostgresConnectionInfo(url: "postgres://u@h/db")
        #expect(d.port == 5432 && d.sslMode == "prefer" && d.statementTimeoutMilliseconds == 60_000 && d.maximumConnections == 8)
        let o = try PostgresConnectionInfo(url: "postgres://u@h/db?sslmode=disable&statement_timeout=5s&pool_max=3")
        #expect(o.sslMode == "disable" && o.statementTimeoutMilliseconds == 5000 && o.maximumConnections == 3)
        #expect(try PostgresConnectionInfo(url: "postgres://u@h/db?statement_timeout=2min").statementTimeoutMilliseconds == 120_000)
        #expect(try PostgresConnectionInfo(url: "postgres://u@h/db?statement_timeout=250").statementTimeoutMilliseconds == 250)
        let socket = try PostgresConnectionInfo(url: "postgres://u@/db?host=/run/postgresql")
        #expect(socket.socketPath == "/run/postgresql" && socket.host == nil)
        #expect(throws: RegistryError.self) { try PostgresConnectionInfo(url: "postgres://u@h/db?sslmode=sometimes") }
        #expect(throws: RegistryError.self) { try PostgresConnectionInfo(url: "postgres://u@h/db?statement_timeout=soon") }
        #expect(throws: RegistryError.self) { try PostgresConnectionInfo(url: "postgres://u@h/db?pool_max=0") }
        // Errors never show the password.
        do {
            _ = try PostgresConnectionInfo(url: "postgres://u:hunter2@h/db?sslmode=sometimes")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }
}
