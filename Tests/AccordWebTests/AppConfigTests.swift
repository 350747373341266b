import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Configuration precedence and failures, the token file, the samples and the OpenAPI document.
@Suite struct AppConfigTests {
    @Test func defaultsThenEnvironmentThenFlags() throws {
        let d = try AppConfig.load(environment: [:])
        #expect(d == AppConfig())
        #expect(d.host == "127.0.0.1" && d.port == 8080 && d.database == "accord.sqlite" && d.maxBodyBytes == 1_048_576)
        #expect(d.samples && d.pageSize == 50 && d.apiToken == nil)

        let env = ["ACCORD_HOST": "0.0.0.0", "ACCORD_PORT": "9000", "ACCORD_DATABASE": "/tmp/x.sqlite", "ACCORD_API_TOKEN": "env-token-0123456789",
                   "ACCORD_MAX_BODY_BYTES": "2048", "ACCORD_LOG_LEVEL": "debug", "ACCORD_SAMPLES": "false", "ACCORD_PAGE_SIZE": "20"]
        let e = try AppConfig.load(environment: env)
        #expect(e.host == "0.0.0.0" && e.port == 9000 && e.database == "/tmp/x.sqlite" && e.apiToken == "env-token-0123456789")
        #expect(e.maxBodyBytes == 2048 && e.logLevel == .debug && !e.samples && e.pageSize == 20)

        let flags = AppConfig.Flags(host: "::1", port: "0", database: "f.sqlite", samples: true, pageSize: "7")
        let both = try AppConfig.load(flags: flags, environment: env)
        #expect(both.host == "::1" && both.port == 0 && both.database == "f.sqlite" && both.samples && both.pageSize == 7)
        #expect(both.maxBodyBytes == 2048)
    }

    @Test func everyInvalidKeyIsListedAtOnce() {
        let env = ["ACCORD_PORT": "eighty", "ACCORD_MAX_BODY_BYTES": "-5", "ACCORD_LOG_LEVEL": "loud", "ACCORD_SAMPLES": "perhaps",
                   "ACCORD_PAGE_SIZE": "0", "ACCORD_API_TOKEN": "xyzzy"]
        #expect {
            try AppConfig.load(environment: env)
        } throws: { error in
            guard let e = error as? AppConfigError else { return false }
            let keys = Set(e.problems.map(\.key))
            return keys == ["ACCORD_PORT", "ACCORD_MAX_BODY_BYTES", "ACCORD_LOG_LEVEL", "ACCORD_SAMPLES", "ACCORD_PAGE_SIZE", "ACCORD_API_TOKEN"]
                && !e.description.contains("xyzzy")  // the token is never echoed
        }
        #expect(throws: AppConfigError.self) { try AppConfig.load(flags: .init(port: "70000"), environment: [:]) }
    }

    @Test func everyKeyIsDocumented() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for key in AppConfig.keys { #expect(readme.contains(key.environment), "README lacks \(key.environment)") }
        #expect(AppConfig.keys.count == 15)
    }

    @Test func tokenIsGeneratedOnceSavedPrivatelyAndReused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-token-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let first = try APIToken.resolve(configured: nil, database: db)
        #expect(first.created && APIToken.problem(first.token) == nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: db + ".token")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let second = try APIToken.resolve(configured: nil, database: "sqlite:" + db)
        #expect(!second.created && second.token == first.token)
        let configured = try APIToken.resolve(configured: "configured-token-123456", database: db)
        #expect(configured.token == "configured-token-123456" && !configured.created)
        #expect(throws: WebStartupError.self) { try APIToken.resolve(configured: nil, database: "postgres://u@localhost/db") }
    }

    @Test func samplesLoadOnlyIntoAnEmptyRegistry() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        #expect(try SampleLoader.texts().count == 5)
        // The shipped copies carry no source line (so no newsId).
        for (_, text) in try SampleLoader.texts() { #expect(!text.contains("http")) }
        #expect(try await SampleLoader.loadIfEmpty(f.deps) == 5)
        #expect(try await SampleLoader.loadIfEmpty(f.deps) == 0)
    }

    /// The document's paths and methods are exactly the router's routes.
    @Test func openAPIDocumentMatchesTheRouter() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let router = AccordServer.buildRouter(f.deps)
        let routes = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" })
        let document = try await f.test { client in
            let r = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(r.status == .ok)
            return Data(r.body.readableBytesView)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        #expect(json["openapi"] as? String == "3.1.0")
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        #expect(documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes).sorted())")
        #expect(routes.subtracting(documented).isEmpty, "routed but not documented: \(routes.subtracting(documented).sorted())")
    }
}
