import Foundation

/// Which backend a `--database` value names, decided by its scheme.
public enum StoreLocation: Sendable, Equatable {
    /// An SQLite file: a plain path, `sqlite:PATH` or `sqlite://PATH`.
    case sqlite(path: String)
    /// A PostgreSQL database: `postgres://user:pass@host:port/db` (or `postgresql://`).
    case postgres(PostgresConnectionInfo)
}

extension StoreConfiguration {
    /// The backend and its address; an unknown URL scheme is an error naming it.
    public func location() throws(RegistryError) -> StoreLocation {
        try StoreLocation.parse(databasePath)
    }

    /// Opens (creating and migrating when needed) the registry this configuration names.
    public func open(clock: any RegistryClock, tokenizer: any WordTokenizing) async throws(RegistryError) -> any RegistryStore {
        switch try location() {
        case .sqlite(let path): try SQLiteRegistry(path: path, clock: clock, tokenizer: tokenizer)
        case .postgres(let info): try await PostgresRegistry(info, clock: clock, tokenizer: tokenizer)
        }
    }
}

extension StoreLocation {
    /// Parses a `--database` value: a scheme picks the backend; no scheme means an SQLite path.
    public static func parse(_ value: String) throws(RegistryError) -> StoreLocation {
        let lower = value.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(try PostgresConnectionInfo(url: value))
        }
        if lower.hasPrefix("sqlite://") { return .sqlite(path: String(value.dropFirst("sqlite://".count))) }
        if lower.hasPrefix("sqlite:") { return .sqlite(path: String(value.dropFirst("sqlite:".count))) }
        // "scheme://..." with another scheme is a mistake, not a file name.
        if let r = value.range(of: "://"), !value[..<r.lowerBound].isEmpty,
           value[..<r.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
            throw .unavailable(path: value, reason: "unsupported database scheme \(value[..<r.lowerBound]) (use a file path, sqlite:PATH or postgres://user:pass@host:port/db)")
        }
        return .sqlite(path: value)
    }
}

/// A parsed `postgres://` URL: where to connect and how.
public struct PostgresConnectionInfo: Sendable, Equatable, CustomStringConvertible {
    /// Host name or address; nil when `socketPath` is used.
    public var host: String?
    public var port: Int
    /// Directory or file of a unix-domain socket (`?host=/run/postgresql`), instead of TCP.
    public var socketPath: String?
    public var username: String
    public var password: String?
    public var database: String
    /// libpq's `sslmode`: disable, allow, prefer (default), require, verify-ca, verify-full.
    public var sslMode: String
    /// Server-side limit for each statement, in milliseconds (`?statement_timeout=`; 0 disables).
    public var statementTimeoutMilliseconds: Int
    /// Most connections this process opens (`?pool_max=`).
    public var maximumConnections: Int

    /// Parses `postgres://user:pass@host:port/db?sslmode=...&statement_timeout=...&pool_max=...`.
    public init(url: String) throws(RegistryError) {
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw .unavailable(path: Self.redacted(url), reason: "not a postgres:// URL")
        }
        let query = Dictionary((c.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, b in b })
        host = c.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        socketPath = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        if host == nil && socketPath == nil { host = "localhost" }
        port = c.port ?? Int(query["port"] ?? "") ?? 5432
        username = c.user?.removingPercentEncoding ?? query["user"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = c.password?.removingPercentEncoding ?? query["password"]
        let path = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? query["dbname"] ?? username
        sslMode = query["sslmode"] ?? "prefer"
        let modes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
        guard modes.contains(sslMode) else {
            throw .unavailable(path: Self.redacted(url), reason: "sslmode \(sslMode) unknown (allowed: \(modes.joined(separator: ", ")))")
        }
        if let t = query["statement_timeout"] {
            guard let ms = Self.milliseconds(t) else {
                throw .unavailable(path: Self.redacted(url), reason: "statement_timeout \(t) is not a duration (e.g. 30000, 30s, 2min)")
            }
            statementTimeoutMilliseconds = ms
        } else {
            statementTimeoutMilliseconds = 60_000
        }
        if let m = query["pool_max"] {
            guard let n = Int(m), n >= 1 else { throw .unavailable(path: Self.redacted(url), reason: "pool_max \(m) is not a positive integer") }
            maximumConnections = n
        } else {
            maximumConnections = 8
        }
    }

    /// The URL with the password hidden, for messages and logs.
    public var description: String {
        let auth = username + (password == nil ? "" : ":***")
        let place = socketPath.map { "?host=\($0)" } ?? ""
        return "postgres://\(auth)@\(host ?? ""):\(port)/\(database)\(place)"
    }

    /// The same server with another database (tests create one database per test).
    public func with(database: String) -> PostgresConnectionInfo {
        var copy = self
        copy.database = database
        return copy
    }

    /// A postgres URL safe to print: its password replaced by `***`.
    public static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url) else { return "postgres URL" }
        if c.password != nil { c.password = "***" }
        return c.string ?? "postgres URL"
    }

    /// "30000", "30s", "500ms", "2min" as milliseconds.
    static func milliseconds(_ s: String) -> Int? {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        for (suffix, factor) in [("ms", 1), ("min", 60_000), ("s", 1000)] where t.hasSuffix(suffix) {
            return Int(t.dropLast(suffix.count)).flatMap { $0 >= 0 ? $0 * factor : nil }
        }
        return Int(t).flatMap { $0 >= 0 ? $0 : nil }
    }
}
