import AccordCore
import AccordStore
@testable import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The webhook against a local receiver: signed JSON per alert, retried after a 503, given up after a 400.
@Suite struct AlertWebhookTests {
    final class Received: Sendable {
        let bodies = Mutex<[(body: Data, signature: String?, alert: String?)]>([])
        let attempts = Mutex<[String: Int]>([:])
    }

    @Test func alertsArePostedSignedAndRetried() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let alerts = try await f.deps.alerts()
        #expect(alerts.count >= 2)
        let secret = "webhook-secret-0123456789"
        let received = Received()
        let router = Router()
        router.post("/hook") { request, context -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            func header(_ name: String) -> String? { request.headers.first { $0.name.canonicalName == name.lowercased() }?.value }
            let id = header("X-Accord-Alert")
            let n = received.attempts.withLock { a in a[id ?? "", default: 0] += 1; return a[id ?? ""]! }
            // The first alert fails once (503) before it is taken; the receiver refuses alerts it cannot read.
            if id == alerts[0].id && n == 1 { return Response(status: .serviceUnavailable) }
            if id == "refused" { return Response(status: .badRequest) }
            received.bodies.withLock { $0.append((Data(buffer: body), header(AlertWebhook.signatureHeader), id)) }
            return Response(status: .noContent)
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let hook = AlertWebhook(url: URL(string: "http://127.0.0.1:\(port)/hook")!, secret: secret, attempts: 3, backoff: 0.01)
            let deliveries = await hook.deliver(alerts)
            #expect(deliveries.filter { !$0.delivered }.isEmpty)
            #expect(deliveries.first?.attempts == 2)
            var refused = alerts[1]
            refused.id = "refused"
            let gaveUp = await hook.deliver([refused])
            #expect(gaveUp.first?.delivered == false && gaveUp.first?.attempts == 1 && gaveUp.first?.status == 400)
            // Nobody listening: every attempt fails on the network, status 0.
            let nowhere = AlertWebhook(url: URL(string: "http://127.0.0.1:1/hook")!, secret: secret, attempts: 2, backoff: 0.01)
            #expect(await nowhere.deliver([alerts[0]]).first?.status == 0)
        }
        let bodies = received.bodies.withLock { $0 }
        #expect(bodies.map(\.alert) == alerts.map(\.id))
        let check = Signer(secret: Array(secret.utf8))
        for b in bodies {
            // The receiver can check the signature with the shared secret, and read the alert back.
            #expect(b.signature == "sha256=" + check.sign(String(decoding: b.body, as: UTF8.self)))
            let json = try #require(try JSONSerialization.jsonObject(with: b.body) as? [String: Any])
            #expect((json["alert"] as? [String: Any])?["id"] as? String == b.alert)
        }
    }
}
