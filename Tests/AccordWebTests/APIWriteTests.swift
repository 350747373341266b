import AccordCore
import AccordStore
import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/v1/articles` and `PATCH /api/v1/instruments/{id}`: authentication, bodies, outcomes.
@Suite struct APIWriteTests {
    /// The first shipped sample with an invented source line, so it has a newsId and can be revised.
    static func article(newsId: String, extraLine: String = "") throws -> String {
        let text = try SampleLoader.texts()[0].text
        return text + (extraLine.isEmpty ? "" : "\n" + extraLine) + "\nที่มา : https://news.example.org/details/\(newsId)\n"
    }

    @Test func ingestNeedsABearerToken() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let text = try Self.article(newsId: "910001")
        try await f.test { client in
            let none = try await client.execute(uri: "/api/v1/articles", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(text: text))
            #expect(none.status == .unauthorized)
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(none.error?["code"] as? String == "unauthorized")
            let wrong = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer("not-the-token-at-all-000", type: "text/plain"), body: ByteBuffer(text: text))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.wwwAuthenticate] != nil)
            let basic = try await client.execute(uri: "/api/v1/articles", method: .post, headers: [.authorization: "Basic \(WebFixture.token)", .contentType: "text/plain"], body: ByteBuffer(text: text))
            #expect(basic.status == .unauthorized)
        }
        #expect(try await f.deps.store.instruments(InstrumentFilter(), page: PageRequest()).total == 0)
    }

    @Test func ingestPlainTextThenJSONDuplicate() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let text = try Self.article(newsId: "910002")
        try await f.test { client in
            let created = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain; charset=utf-8"), body: ByteBuffer(text: text))
            #expect(created.status == .created)
            let body = try #require(created.json as? [String: Any])
            let outcome = try #require(body["outcome"] as? [String: Any])
            #expect(outcome["disposition"] as? String == "new")
            #expect(count(outcome["createdInstruments"]) > 0)
            let extraction = try #require(body["extraction"] as? [String: Any])
            #expect((extraction["source"] as? [String: Any])?["newsId"] as? String == "910002")
            #expect(count(extraction["agreements"]) > 0)

            let json = try JSONSerialization.data(withJSONObject: ["text": text, "path": "again.txt"])
            let again = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "application/json"), body: ByteBuffer(bytes: json))
            #expect(again.status == .ok)
            #expect(((again.json as? [String: Any])?["outcome"] as? [String: Any])?["disposition"] as? String == "duplicate")
            // Answered from the content hash: the stored article and its stored extraction.
            let againBody = try #require(again.json as? [String: Any])
            #expect((againBody["outcome"] as? [String: Any])?["articleId"] as? Int == outcome["articleId"] as? Int)
            #expect(count((againBody["extraction"] as? [String: Any])?["agreements"]) == count(extraction["agreements"]))

            // The new instrument is visible at once: the stats cache was dropped by the write.
            let stats = try await client.execute(uri: "/api/v1/stats", method: .get)
            #expect((stats.json as? [String: Any])?["articles"] as? Int == 1)
        }
    }

    @Test func badBodiesAre4xxSayingWhy() async throws {
        let f = try await WebFixture(samples: false, maxBodyBytes: 4096)
        defer { f.remove() }
        try await f.test { client in
            let form = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "application/x-www-form-urlencoded"), body: ByteBuffer(text: "text=x"))
            #expect(form.status == .unsupportedMediaType)
            #expect(form.error?["field"] as? String == "Content-Type")
            let noType = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(), body: ByteBuffer(text: "x"))
            #expect(noType.status == .unsupportedMediaType)
            let badJSON = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "application/json"), body: ByteBuffer(text: "{\"txt\": 1}"))
            #expect(badJSON.status == .badRequest)
            #expect((badJSON.error?["reason"] as? String)?.contains("text") == true)
            let notJSON = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "application/json"), body: ByteBuffer(text: "{"))
            #expect(notJSON.status == .badRequest)
            let empty = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: "  \n "))
            #expect(empty.status == .badRequest)
            #expect(empty.error?["field"] as? String == "text")
            let big = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: String(repeating: "ก", count: 5000)))
            #expect(big.status == .contentTooLarge)
            #expect(big.error?["code"] as? String == "body_too_large")
            // Refused before authentication: the size alone decides.
            let bigAnon = try await client.execute(uri: "/api/v1/articles", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(text: String(repeating: "a", count: 5000)))
            #expect(bigAnon.status == .contentTooLarge)
        }
    }

    @Test func correctionIsAuditedAndSurvivesReextraction() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let original = try Self.article(newsId: "910003")
        let revised = try Self.article(newsId: "910003", extraLine: "ข่าวนี้ปรับปรุงเพิ่มเติมภายหลัง")
        try await f.test { client in
            let created = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: original))
            let ids = try #require(((created.json as? [String: Any])?["outcome"] as? [String: Any])?["createdInstruments"] as? [Int])
            let id = try #require(ids.first)

            let patch = #"{"field": "titleEn", "value": "Corrected English title", "actor": "tester"}"#
            let noToken = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: [.contentType: "application/json"], body: ByteBuffer(text: patch))
            #expect(noToken.status == .unauthorized)
            let ok = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: patch))
            #expect(ok.status == .ok)
            let body = try #require(ok.json as? [String: Any])
            #expect((body["correction"] as? [String: Any])?["actor"] as? String == "tester")
            #expect((body["instrument"] as? [String: Any])?["titleEn"] as? String == "Corrected English title")

            // Detail answers come from a cache; the correction must have dropped it.
            let detail = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .get)
            #expect((detail.json as? [String: Any])?["titleEn"] as? String == "Corrected English title")

            let revisedAnswer = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: revised))
            #expect(((revisedAnswer.json as? [String: Any])?["outcome"] as? [String: Any])?["disposition"] as? String == "revised")
            let after = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .get)
            #expect((after.json as? [String: Any])?["titleEn"] as? String == "Corrected English title")

            let log = try await client.execute(uri: "/api/v1/instruments/\(id)/corrections", method: .get)
            let entries = try #require(log.json as? [[String: Any]])
            #expect(entries.count == 1)
            #expect(entries.first?["field"] as? String == "titleEn")
            #expect(entries.first?["newValue"] as? String == "Corrected English title")
        }
    }

    @Test func badCorrectionsAre4xx() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let id = try await f.anyInstrumentId()
        try await f.test { client in
            let field = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"field": "colour", "value": "blue"}"#))
            #expect(field.status == .badRequest)
            #expect(field.error?["field"] as? String == "field")
            let value = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"field": "durationYears", "value": "many"}"#))
            #expect(value.status == .badRequest)
            #expect(value.error?["field"] as? String == "value")
            let missing = try await client.execute(uri: "/api/v1/instruments/999999", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"field": "place", "value": "Bangkok"}"#))
            #expect(missing.status == .notFound)
            let text = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: "place=Bangkok"))
            #expect(text.status == .unsupportedMediaType)
            let noField = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"value": "x"}"#))
            #expect(noField.status == .badRequest)
            #expect((noField.error?["reason"] as? String)?.contains("missing field \"field\"") == true)
        }
    }

    /// Issue 13, item 1: corrections that used to kill the server or slip through are refused with 400,
    /// and the server keeps answering.
    @Test func hostileCorrectionsAreRefusedAndTheServerLives() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let id = try await f.anyInstrumentId()
        try await f.test { client in
            let bodies = [
                #"{"field": "durationYears", "value": "7980"}"#, #"{"field": "durationYears", "value": "inf"}"#,
                #"{"field": "durationYears", "value": "1e300"}"#, #"{"field": "durationYears", "value": "nan"}"#,
                #"{"field": "place"}"#, #"{"field": "place", "value": "Bangkok", "actor": null}"#,
                #"{"field": "place", "value": "   "}"#, #"{"field": "titleTh", "value": "a\u0000b"}"#,
                "{\"field\": \"titleEn\", \"value\": \"" + String(repeating: "x", count: 600) + "\"}",
                #"{"field": "place", "value": "Bangkok", "actor": "\u0007"}"#,
            ]
            for body in bodies {
                let r = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: body))
                #expect(r.status == .badRequest, "\(body.prefix(80))")
            }
            #expect(try await f.deps.store.corrections(instrument: id).isEmpty)
            // Still alive, and an explicit null clears as documented.
            let clear = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"field": "place", "value": null}"#))
            #expect(clear.status == .ok)
            let term = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .patch, headers: .bearer(type: "application/json"), body: ByteBuffer(text: #"{"field": "durationYears", "value": "99"}"#))
            #expect(term.status == .ok)
        }
    }
}
