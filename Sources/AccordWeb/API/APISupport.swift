import AccordCore
import AccordStore
import Foundation
import Hummingbird

/// Decoded `name=value` pairs of a query string or an urlencoded form (`+` is a space).
public struct FormFields: Sendable, Equatable {
    public var pairs: [(name: String, value: String)]

    public static func == (a: FormFields, b: FormFields) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    /// Parses `a=1&b=%E0%B8%81+x`.
    public init(_ raw: String?) {
        pairs = (raw ?? "").split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The last value given for `name`, nil when absent.
    public subscript(_ name: String) -> String? { pairs.last(where: { $0.name == name })?.value }

    /// The last non-blank value for `name`, trimmed.
    public func nonEmpty(_ name: String) -> String? {
        guard let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    static func decode(_ s: Substring) -> String {
        let plus = s.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }
}

/// Reading API query parameters into typed values, with 400s that name the parameter.
enum APIQuery {
    /// The filter parameters, named as `InstrumentFilter`'s fields.
    static let filterNames = ["counterpart", "area", "instrument", "event", "status", "fromYear", "toYear", "international", "agency"]

    /// Rejects parameters the route does not know, so a typo is not silently ignored.
    static func rejectUnknown(_ q: FormFields, allowed: [String]) throws {
        if let bad = q.pairs.first(where: { !allowed.contains($0.name) }) {
            throw APIError.invalid(bad.name, "unknown parameter (allowed: \(allowed.joined(separator: ", ")))")
        }
    }

    /// The value of a typed parameter (a code, a number, a boolean): nil when absent; an empty value is
    /// not one the type has, so it is a 400 like any other (the OpenAPI document allows no empty value).
    static func typed(_ q: FormFields, _ name: String) throws -> String? {
        guard let raw = q.pairs.last(where: { $0.name == name })?.value else { return nil }
        guard !raw.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError.invalid(name, "empty value (leave the parameter out instead)") }
        return raw
    }

    /// A typed vocabulary value, or a 400 listing the allowed ones.
    static func code<T: RawRepresentable & CaseIterable>(_ q: FormFields, _ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let raw = try typed(q, name) else { return nil }
        guard let v = T(rawValue: raw) else {
            throw APIError.invalid(name, "unknown value \"\(raw)\" (allowed: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return v
    }

    /// An integer in a range, or a 400 saying which.
    static func integer(_ q: FormFields, _ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let raw = try typed(q, name) else { return nil }
        guard let n = Int(raw), range.contains(n) else {
            throw APIError.invalid(name, "\"\(raw)\" is not an integer in \(range.lowerBound)...\(range.upperBound)")
        }
        return n
    }

    static func boolean(_ q: FormFields, _ name: String) throws -> Bool? {
        guard let raw = try typed(q, name) else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw APIError.invalid(name, "\"\(raw)\" is not true or false")
        }
    }

    /// The registry filter from the API's parameters.
    static func filter(_ q: FormFields) throws -> InstrumentFilter {
        var f = InstrumentFilter()
        f.counterpart = q.nonEmpty("counterpart")?.uppercased()
        f.area = try code(q, "area", Area.self)
        f.instrument = try code(q, "instrument", InstrumentKind.self)
        f.event = try code(q, "event", EventKind.self)
        f.status = try code(q, "status", InstrumentStatus.self)
        f.fromYear = try integer(q, "fromYear", 1...9999)
        f.toYear = try integer(q, "toYear", 1...9999)
        // An inverted range (fromYear after toYear) is an empty range: nothing matches it.
        f.international = try boolean(q, "international")
        if let raw = q.nonEmpty("agency") {
            // A code such as MDES, or a Thai or English name; one the list does not know matches nothing.
            f.agency = ThaiAgencies.find(raw)?.code ?? "unknown:" + raw.prefix(100)
        }
        return f
    }

    /// `offset` and `limit` (default: the configured page size; at most 500).
    static func page(_ q: FormFields, pageSize: Int) throws -> PageRequest {
        PageRequest(offset: try integer(q, "offset", 0...10_000_000) ?? 0, limit: try integer(q, "limit", 1...500) ?? pageSize)
    }

    /// An instrument id path parameter.
    static func id(_ context: some RequestContext, _ name: String = "id") throws -> Int64 {
        let raw = context.parameters.get(name) ?? ""
        guard let id = Int64(raw), id > 0 else { throw APIError.invalid(name, "\"\(raw)\" is not a positive integer id") }
        return id
    }
}

/// JSON answers.
enum JSONBody {
    /// Dates as the core types encode them; keys sorted so answers are stable.
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        Array(try encoder().encode(value))
    }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        response(bytes: try bytes(value), status: status)
    }

    static func response(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        response(buffer: ByteBuffer(bytes: bytes), status: status)
    }

    static func response(buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
    }
}

extension AppDependencies {
    /// Checks `Authorization: Bearer <token>`; 401 with a challenge otherwise, 429 once the client has
    /// failed too often (`AuthFailureLimiter`).
    func requireToken(_ request: Request, client: String) throws {
        try authFailures.check(client)
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("writes need an Authorization: Bearer <token> header (ACCORD_API_TOKEN or <database>.token)")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              Signer.constantTimeEqual(String(parts[1]).trimmingCharacters(in: .whitespaces), token) else {
            authFailures.recordFailure(client)
            throw APIError.unauthorized("bearer token not accepted")
        }
    }
}
