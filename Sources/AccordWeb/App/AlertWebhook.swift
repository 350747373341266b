import AccordStore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Delivers alerts to a webhook: one JSON POST per alert (`{"alert": …}`), signed with HMAC-SHA256
/// of the body under a shared secret (`X-Accord-Signature: sha256=<hex>`), retried on a network error
/// or a 5xx with growing pauses. Off unless asked for (`accord alerts --webhook URL`).
public struct AlertWebhook: Sendable {
    /// Sends one request and answers the HTTP status; throws on a network error.
    public typealias Transport = @Sendable (URLRequest) async throws -> Int

    public let url: URL
    let signer: Signer
    /// Attempts per alert (the first and the retries).
    public let attempts: Int
    /// Seconds before the first retry; doubled for each next one.
    public let backoff: Double
    let transport: Transport

    /// The header carrying the signature.
    public static let signatureHeader = "X-Accord-Signature"

    public init(url: URL, secret: String, attempts: Int = 4, backoff: Double = 0.5, transport: Transport? = nil) {
        self.url = url
        self.signer = Signer(secret: Array(secret.utf8))
        self.attempts = max(1, attempts)
        self.backoff = max(0, backoff)
        self.transport = transport ?? { request in
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode ?? 0
        }
    }

    /// What happened to one alert.
    public struct Delivery: Sendable, Equatable {
        public var alertId: String
        /// The last status received (0 when none: every attempt failed on the network).
        public var status: Int
        public var attempts: Int
        public var delivered: Bool { (200..<300).contains(status) }
    }

    /// The signature of a body: `sha256=` and the hex HMAC, as receivers check it.
    public func signature(_ body: Data) -> String {
        "sha256=" + signer.sign(String(decoding: body, as: UTF8.self))
    }

    /// Posts each alert in order; never throws: failures are in the deliveries.
    public func deliver(_ alerts: [InstrumentAlert]) async -> [Delivery] {
        var out: [Delivery] = []
        for alert in alerts { out.append(await deliver(alert)) }
        return out
    }

    func deliver(_ alert: InstrumentAlert) async -> Delivery {
        struct Body: Encodable { var alert: InstrumentAlert }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(Body(alert: alert))) ?? Data()
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = body
        request.timeoutInterval = 10
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(signature(body), forHTTPHeaderField: Self.signatureHeader)
        request.setValue(alert.id, forHTTPHeaderField: "X-Accord-Alert")
        var status = 0
        for attempt in 1...attempts {
            status = (try? await transport(request)) ?? 0
            // Delivered, or refused for good (a 4xx other than 408/429 will not change by asking again).
            if (200..<500).contains(status), status != 408, status != 429 { return Delivery(alertId: alert.id, status: status, attempts: attempt) }
            if attempt < attempts, backoff > 0 {
                try? await Task.sleep(for: .seconds(backoff * pow(2, Double(attempt - 1))))
            }
        }
        return Delivery(alertId: alert.id, status: status, attempts: attempts)
    }
}
