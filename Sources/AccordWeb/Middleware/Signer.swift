import AccordStore
import Foundation
import Hummingbird
import Synchronization

/// HMAC-SHA256 (RFC 2104) over `ContentHash`'s SHA-256, for CSRF tokens and session cookies.
public struct Signer: Sendable {
    private let key: [UInt8]

    /// A signer with this secret; keys longer than a block are hashed first, as RFC 2104 says.
    public init(secret: [UInt8]) {
        key = secret.count > 64 ? ContentHash.sha256(bytes: secret) : secret
    }

    /// A signer with a fresh random 32-byte secret (per process: its signatures die with it).
    public static func random() -> Signer {
        var rng = SystemRandomNumberGenerator()
        return Signer(secret: (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }

    /// The MAC of `message`, hex-encoded.
    public func sign(_ message: String) -> String {
        let block = key + [UInt8](repeating: 0, count: 64 - key.count)
        let inner = ContentHash.sha256(bytes: block.map { $0 ^ 0x36 } + Array(message.utf8))
        let outer = ContentHash.sha256(bytes: block.map { $0 ^ 0x5c } + inner)
        return outer.map { String(format: "%02x", $0) }.joined()
    }

    /// True when `mac` is the MAC of `message`; compared in constant time.
    public func verify(_ message: String, mac: String) -> Bool {
        Self.constantTimeEqual(sign(message), mac)
    }

    /// Equality whose time does not depend on where the strings differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// A random hex nonce of `bytes` bytes.
    static func nonce(_ bytes: Int = 16) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }
}

/// Signed double-submit CSRF protection: a random nonce in a cookie, and `nonce.mac` in each form.
///
/// A forged cross-site form cannot read the cookie to learn the nonce, and cannot make a valid
/// `mac` without the per-process secret, so both halves must come from a page this server rendered.
public struct CSRFProtection: Sendable {
    /// The cookie holding the nonce.
    public static let cookie = "accord_csrf"
    /// The hidden form field holding `nonce.mac`.
    public static let field = "csrf"
    let signer: Signer

    public init(signer: Signer) { self.signer = signer }

    /// The form token for a nonce.
    public func token(nonce: String) -> String { nonce + "." + signer.sign("csrf:" + nonce) }

    /// True when the form token is signed by this process and carries the cookie's nonce.
    public func verify(token: String?, cookieNonce: String?) -> Bool {
        guard let token, let cookieNonce, !cookieNonce.isEmpty, let dot = token.firstIndex(of: ".") else { return false }
        let nonce = String(token[..<dot]), mac = String(token[token.index(after: dot)...])
        return Signer.constantTimeEqual(nonce, cookieNonce) && signer.verify("csrf:" + nonce, mac: mac)
    }
}

/// Signed-in sessions, held by the server: the cookie carries a random id with its expiry and a MAC
/// (derived from the API token, so a forged or altered cookie fails before any lookup), and the id must
/// be live in this process. Signing out revokes it at once, everywhere; a restart or a new token
/// signs everyone out.
public struct SessionProtection: Sendable {
    /// The session cookie's name.
    public static let cookie = "accord_session"
    let signer: Signer
    /// Sessions last this long (seconds).
    public let lifetime: Int
    private let live: Live

    /// The live session ids with their expiry (seconds since 1970); shared by every copy.
    private final class Live: Sendable {
        let ids = Mutex<[String: Int]>([:])
    }

    public init(apiToken: String, lifetime: Int = 12 * 3600) {
        signer = Signer(secret: Array(("accord-session:" + apiToken).utf8))
        self.lifetime = lifetime
        live = Live()
    }

    /// A new session, valid until `now + lifetime` or until it is revoked.
    public func issue(now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince1970)
        let expiry = seconds + lifetime
        let id = Signer.nonce(16)
        live.ids.withLock { ids in
            ids = ids.filter { $0.value >= seconds }
            ids[id] = expiry
        }
        return "\(expiry).\(id).\(signer.sign("session:\(expiry):\(id)"))"
    }

    /// True when the value was issued by this process with this token, has not expired and was not revoked.
    public func verify(_ value: String?, now: Date = Date()) -> Bool {
        guard let (expiry, id) = parse(value), expiry >= Int(now.timeIntervalSince1970) else { return false }
        return live.ids.withLock { $0[id] == expiry }
    }

    /// Ends the session of this cookie value (sign-out); an unknown or forged value changes nothing.
    public func revoke(_ value: String?) {
        guard let (_, id) = parse(value) else { return }
        _ = live.ids.withLock { $0.removeValue(forKey: id) }
    }

    /// Expiry and id of a well-formed value whose MAC is right.
    private func parse(_ value: String?) -> (Int, String)? {
        guard let value else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let expiry = Int(parts[0]), parts[1].count == 32 else { return nil }
        let id = String(parts[1])
        guard signer.verify("session:\(expiry):\(id)", mac: String(parts[2])) else { return nil }
        return (expiry, id)
    }
}

/// Refuses authentication from a client that failed too often: after `limit` failures within
/// `window` seconds, attempts are answered 429 with Retry-After, without checking the credential (so
/// guessing gains nothing), until the oldest failure leaves the window.
public struct AuthFailureLimiter: Sendable {
    public let limit: Int
    public let window: Int
    private let failures: Box

    private final class Box: Sendable {
        let byClient = Mutex<[String: [Int]]>([:])
    }

    public init(limit: Int = 10, window: Int = 60) {
        self.limit = max(1, limit)
        self.window = max(1, window)
        failures = Box()
    }

    /// Throws 429 when `client` is over the limit at `now`.
    public func check(_ client: String, now: Date = Date()) throws(APIError) {
        let t = Int(now.timeIntervalSince1970)
        let retry: Int? = failures.byClient.withLock { all in
            let recent = (all[client] ?? []).filter { $0 > t - window }
            all[client] = recent.isEmpty ? nil : recent
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, oldest + window - t)
        }
        if let retry {
            throw APIError(.tooManyRequests, code: "too_many_failures",
                           reason: "too many failed authentications from this client; try again in \(retry) s",
                           headers: [.retryAfter: String(retry)])
        }
    }

    /// Counts a failed authentication by `client` at `now`.
    public func recordFailure(_ client: String, now: Date = Date()) {
        let t = Int(now.timeIntervalSince1970)
        failures.byClient.withLock { all in
            var recent = (all[client] ?? []).filter { $0 > t - window }
            recent.append(t)
            // A client's list never needs more than the limit to decide.
            all[client] = Array(recent.suffix(limit))
            // Forget clients whose failures have all left the window, so the table stays small.
            if all.count > 10_000 { all = all.filter { $0.value.contains { $0 > t - window } } }
        }
    }
}
