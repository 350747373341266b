import AccordCore
import AccordStore
import Foundation
import Hummingbird

/// `/api/v1/instruments`: list with filters, one record, corrections.
struct InstrumentsController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("instruments", use: list)
        group.get("instruments/:id", use: show)
        group.patch("instruments/:id", use: patch)
        group.get("instruments/:id/corrections", use: corrections)
    }

    /// GET: one page of summaries matching the filter parameters.
    @Sendable func list(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let q = FormFields(request.uri.query)
        try APIQuery.rejectUnknown(q, allowed: APIQuery.filterNames + ["offset", "limit"])
        let page = try await deps.store.instruments(try APIQuery.filter(q), page: try APIQuery.page(q, pageSize: deps.config.pageSize))
        return try JSONBody.response(page)
    }

    /// GET: the full record (parties, signatories, scope, timeline with sources and evidence).
    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let id = try APIQuery.id(context)
        let buffer = try await deps.cache.detail(id, today: deps.clock.today) {
            try JSONBody.bytes(try await deps.store.instrument(id))
        }
        return JSONBody.response(buffer: buffer)
    }

    /// The body of a correction.
    struct Patch: Decodable {
        var field: String
        /// The new value; null clears the field. The key is required: leaving it out never clears a field.
        var value: String?
        /// Who is correcting (default "api"); when given, a string.
        var actor: String?

        enum CodingKeys: String, CodingKey { case field, value, actor }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            field = try c.decode(String.self, forKey: .field)
            guard c.contains(.value) else {
                throw DecodingError.keyNotFound(CodingKeys.value, .init(codingPath: [], debugDescription: "value is required: a string, or null to clear the field"))
            }
            value = try c.decodeIfPresent(String.self, forKey: .value)
            if c.contains(.actor) {
                guard try !c.decodeNil(forKey: .actor) else {
                    throw DecodingError.valueNotFound(String.self, .init(codingPath: [CodingKeys.actor], debugDescription: "actor must be a string when given"))
                }
                actor = try c.decode(String.self, forKey: .actor)
                guard !(actor ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.actor], debugDescription: "actor must not be empty when given"))
                }
            }
        }
    }

    /// PATCH: corrects one field (token required); answers the correction and the updated record.
    @Sendable func patch(_ request: Request, context: AccordRequestContext) async throws -> Response {
        try deps.requireToken(request, client: context.clientKey)
        let id = try APIQuery.id(context)
        var request = request
        guard request.mediaType == "application/json" else {
            throw APIError.unsupportedMediaType(request.mediaType, accepted: ["application/json"])
        }
        let body = try await request.collectBody(limit: deps.config.maxBodyBytes)
        let patch: Patch
        do {
            patch = try JSONDecoder().decode(Patch.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.invalid("body", "expected JSON {\"field\": one of \(CorrectableField.allCases.map(\.rawValue).joined(separator: ", ")), \"value\": string or null}: \(JSONProblem.describe(error))")
        }
        let actor = patch.actor?.trimmingCharacters(in: .whitespaces).isEmpty == false ? patch.actor! : "api"
        let correction = try await deps.correct(instrument: id, field: patch.field, value: patch.value, actor: actor)
        let record = try await deps.store.instrument(id)
        return try JSONBody.response(PatchResult(correction: correction, instrument: record))
    }

    struct PatchResult: Encodable {
        var correction: Correction
        var instrument: InstrumentRecord
    }

    /// GET: the audit log of corrections, oldest first.
    @Sendable func corrections(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let id = try APIQuery.id(context)
        _ = try await deps.store.instrument(id)  // 404 for an unknown id rather than an empty log
        return try JSONBody.response(try await deps.store.corrections(instrument: id))
    }
}

/// Short descriptions of JSON decoding failures.
enum JSONProblem {
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let c): "wrong type at \(path(c))"
        case DecodingError.valueNotFound(_, let c): "null at \(path(c))"
        case DecodingError.dataCorrupted(let c): c.codingPath.isEmpty ? "not valid JSON" : "invalid value at \(path(c))"
        default: "not valid JSON"
        }
    }

    static func path(_ c: DecodingError.Context) -> String {
        c.codingPath.isEmpty ? "the top level" : c.codingPath.map(\.stringValue).joined(separator: ".")
    }
}
