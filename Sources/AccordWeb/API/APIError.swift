import AccordStore
import Foundation
import Hummingbird

/// An error answered as JSON: `{"error": {"status": 400, "code": "...", "field": "...", "reason": "..."}}`.
public struct APIError: Error, Sendable, Equatable, HTTPResponseError {
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `invalid_parameter`, `not_found`, `unauthorized`.
    public var code: String
    /// The query parameter, form or JSON field concerned, when one is.
    public var field: String?
    /// What is wrong, for people.
    public var reason: String
    /// Extra response headers (WWW-Authenticate on 401).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, field: String? = nil, reason: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.field = field
        self.reason = reason
        self.headers = headers
    }

    /// A bad query parameter or field value (400).
    public static func invalid(_ field: String, _ reason: String) -> APIError {
        APIError(.badRequest, code: "invalid_parameter", field: field, reason: reason)
    }

    /// Missing or wrong bearer token (401, with the challenge).
    public static func unauthorized(_ reason: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", reason: reason,
                 headers: [.wwwAuthenticate: #"Bearer realm="accord", error="invalid_token""#])
    }

    /// A form without a valid CSRF token (403).
    public static let csrf = APIError(.forbidden, code: "csrf", field: "csrf", reason: "missing or invalid CSRF token; reload the form and submit again")

    /// A body over the configured limit (413).
    public static func tooLarge(limit: Int) -> APIError {
        APIError(.contentTooLarge, code: "body_too_large", reason: "request body exceeds \(limit) bytes (ACCORD_MAX_BODY_BYTES)")
    }

    /// A body of a media type the route does not read (415).
    public static func unsupportedMediaType(_ got: String?, accepted: [String]) -> APIError {
        APIError(.unsupportedMediaType, code: "unsupported_media_type", field: "Content-Type",
                 reason: "content type \(got ?? "(none)") not accepted; use \(accepted.joined(separator: " or "))")
    }

    /// No route for this path (404).
    public static func noRoute(_ path: String) -> APIError {
        APIError(.notFound, code: "not_found", reason: "no resource at \(path)")
    }

    private struct Body: Encodable {
        struct Inner: Encodable {
            var status: Int
            var code: String
            var field: String?
            var reason: String
        }
        var error: Inner
    }

    /// The JSON body.
    public var jsonBody: ByteBuffer {
        let body = Body(error: .init(status: status.code, code: code, field: field, reason: reason))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: (try? encoder.encode(body)) ?? Data(#"{"error":{"reason":"unencodable error"}}"#.utf8))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: jsonBody))
    }
}

extension RegistryError {
    /// The one place registry errors become HTTP answers.
    public var apiError: APIError {
        switch self {
        case .instrumentNotFound, .articleNotFound, .partnerNotFound:
            APIError(.notFound, code: "not_found", reason: description)
        case .invalidField:
            APIError(.badRequest, code: "invalid_field", field: "field", reason: description)
        case .invalidValue:
            APIError(.badRequest, code: "invalid_value", field: "value", reason: description)
        case .emptyQuery:
            APIError(.badRequest, code: "invalid_parameter", field: "q", reason: description)
        case .unavailable:
            APIError(.serviceUnavailable, code: "unavailable", reason: "the registry is unavailable")
        }
    }
}
