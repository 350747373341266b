import AccordStore
import Foundation

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

/// The signed-in session cookie: a MAC derived from the API token, so it survives restarts and
/// stops working the moment the token changes.
public struct SessionProtection: Sendable {
    /// The session cookie's name.
    public static let cookie = "accord_session"
    let signer: Signer
    /// Sessions last this long (seconds).
    public let lifetime: Int

    public init(apiToken: String, lifetime: Int = 12 * 3600) {
        signer = Signer(secret: Array(("accord-session:" + apiToken).utf8))
        self.lifetime = lifetime
    }

    /// A cookie value valid until `now + lifetime`.
    public func issue(now: Date = Date()) -> String {
        let expiry = Int(now.timeIntervalSince1970) + lifetime
        return "\(expiry).\(signer.sign("session:\(expiry)"))"
    }

    /// True when the value was issued with this token and has not expired.
    public func verify(_ value: String?, now: Date = Date()) -> Bool {
        guard let value, let dot = value.firstIndex(of: "."), let expiry = Int(value[..<dot]) else { return false }
        guard expiry >= Int(now.timeIntervalSince1970) else { return false }
        return signer.verify("session:\(expiry)", mac: String(value[value.index(after: dot)...]))
    }
}
