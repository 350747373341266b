import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
@testable import AccordWeb

/// Collects log records in memory.
final class CapturedLog: Sendable {
    struct Record: Sendable { var message: String; var metadata: [String: String] }
    let records = Mutex<[Record]>([])

    var handler: CapturingHandler { CapturingHandler(log: self) }

    struct CapturingHandler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
            let all = self.metadata.merging(metadata ?? [:]) { $1 }
            log.records.withLock { $0.append(Record(message: message.description, metadata: all.mapValues { "\($0)" })) }
        }
    }
}

@Suite struct RequestLogTests {
    @Test func everyRequestIsLoggedWithItsStatusAndDuration() async throws {
        let captured = CapturedLog()
        let logger = Logger(label: "accord.web.test") { _ in captured.handler }
        let fixture = try await WebFixture(samples: false, logger: logger)
        defer { fixture.remove() }
        try await fixture.test { client in
            _ = try await client.execute(uri: "/healthz", method: .get)
            _ = try await client.execute(uri: "/api/v1/instruments/999999", method: .get)
        }
        let lines = captured.records.withLock { $0 }.filter { $0.message == "request" }
        let health = try #require(lines.first { $0.metadata["path"] == "/healthz" })
        #expect(health.metadata["status"] == "200")
        #expect(health.metadata["method"] == "GET")
        #expect(Double(health.metadata["duration_ms"] ?? "") != nil)
        let missing = try #require(lines.first { $0.metadata["path"] == "/api/v1/instruments/999999" })
        #expect(missing.metadata["status"] == "404")
        #expect(missing.metadata["route"] == "/api/v1/instruments/{id}" || missing.metadata["route"]?.contains("instruments") == true)
    }
}
