import AccordCore
import AccordStore
import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import ThaiText

/// A real SQLite registry in a fresh temporary directory, and an application routed over it.
struct WebFixture {
    static let token = "test-token-0123456789abcdef"
    static let clock = FixedClock(CalendarDate(iso: "2025-06-01")!)

    let directory: URL
    let deps: AppDependencies

    /// A fresh database; `samples` loads the five shipped sample articles.
    init(samples: Bool = true, maxBodyBytes: Int = 1 << 20, pageSize: Int = 50, authFailureLimit: Int = 10, secureCookies: Bool = false, logger given: Logger? = nil) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("test.sqlite").path
        let store = try SQLiteRegistry(path: path, clock: Self.clock, tokenizer: ThaiAwareTokenizer.standard)
        var logger = given ?? Logger(label: "accord.web.test")
        if given == nil { logger.logLevel = .warning }
        let config = AppConfig(database: path, apiToken: Self.token, maxBodyBytes: maxBodyBytes, samples: samples, pageSize: pageSize,
                               authFailureLimit: authFailureLimit, secureCookies: secureCookies)
        deps = AppDependencies(store: store, clock: Self.clock, token: Self.token, logger: logger, config: config)
        if samples { try await SampleLoader.loadIfEmpty(deps) }
    }

    /// Runs `body` with a router test client.
    func test<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = Application(router: AccordServer.buildRouter(deps), logger: deps.logger)
        return try await app.test(.router, body)
    }

    /// Some instrument id present in the registry.
    func anyInstrumentId() async throws -> Int64 {
        let page = try await deps.store.instruments(InstrumentFilter(), page: PageRequest(offset: 0, limit: 1))
        return try #require(page.items.first).id
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

extension TestResponse {
    /// The body as text.
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }

    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) }

    /// The `error` object of a JSON error body.
    var error: [String: Any]? { (json as? [String: Any])?["error"] as? [String: Any] }
}

extension HTTPFields {
    static func bearer(_ token: String = WebFixture.token, type: String? = nil) -> HTTPFields {
        var f: HTTPFields = [.authorization: "Bearer \(token)"]
        if let type { f[.contentType] = type }
        return f
    }
}

extension ByteBuffer {
    init(text: String) { self.init(string: text) }
}

/// The number of elements of a decoded JSON array (0 when it is not one).
func count(_ value: Any?) -> Int { (value as? [Any])?.count ?? 0 }
