import AccordStore
import Foundation

/// The bearer token that authorises writes, and where it is kept between restarts.
public enum APIToken {
    /// Why a configured token cannot be used, or nil when it can.
    public static func problem(_ token: String) -> String? {
        if token.count < 16 { return "token too short (at least 16 characters)" }
        if !token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~".contains($0)) }) {
            return "token may hold only ASCII letters, digits and - . _ ~"
        }
        return nil
    }

    /// A new random token: 32 bytes from the system's generator, hex-encoded.
    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }

    /// Where the token of an SQLite database is saved (`<db>.token`); nil for a server database,
    /// whose token must come from ACCORD_API_TOKEN.
    public static func file(for database: String) -> String? {
        guard case .sqlite(let path)? = try? StoreLocation.parse(database) else { return nil }
        return path + ".token"
    }

    /// The configured token, else the saved one, else a new one saved 0600 beside the database.
    /// `created` is true when a new token was written (the caller prints it once).
    public static func resolve(configured: String?, database: String) throws(WebStartupError) -> (token: String, created: Bool) {
        if let configured { return (configured, false) }
        guard let path = file(for: database) else {
            throw .tokenUnavailable(path: PostgresConnectionInfo.redacted(database), reason: "a PostgreSQL registry keeps no token file; set ACCORD_API_TOKEN")
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw .tokenUnavailable(path: path, reason: "unreadable")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let reason = problem(token) { throw .tokenUnavailable(path: path, reason: reason) }
            return (token, false)
        }
        let token = generate()
        // Created with 0600 from the start so the token is never readable by others, even briefly.
        guard fm.createFile(atPath: path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw .tokenUnavailable(path: path, reason: "cannot create the file")
        }
        return (token, true)
    }
}

/// Why the server could not start, naming the file or setting concerned.
public enum WebStartupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The token file could not be read or written.
    case tokenUnavailable(path: String, reason: String)
    /// A shipped sample article could not be read.
    case sampleUnreadable(name: String, reason: String)

    public var description: String {
        switch self {
        case .tokenUnavailable(let p, let r): "API token \(p): \(r)"
        case .sampleUnreadable(let n, let r): "sample article \(n): \(r)"
        }
    }
}
