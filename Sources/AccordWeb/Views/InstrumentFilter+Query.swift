import AccordCore
import AccordStore

extension InstrumentFilter {
    /// The filter as URL query items (`counterpart`, `area`, `kind`, `event`, `status`, `from`, `to`, `international`, `agency`); unset criteria are omitted.
    public var queryItems: [QueryItem] {
        var items: [QueryItem] = []
        if let counterpart, !counterpart.isEmpty { items.append(QueryItem("counterpart", counterpart)) }
        if let area { items.append(QueryItem("area", area.rawValue)) }
        if let instrument { items.append(QueryItem("kind", instrument.rawValue)) }
        if let event { items.append(QueryItem("event", event.rawValue)) }
        if let status { items.append(QueryItem("status", status.rawValue)) }
        if let fromYear { items.append(QueryItem("from", String(fromYear))) }
        if let toYear { items.append(QueryItem("to", String(toYear))) }
        if let international { items.append(QueryItem("international", international ? "true" : "false")) }
        if let agency, !agency.isEmpty { items.append(QueryItem("agency", agency)) }
        return items
    }

    /// Reads a filter from query items; empty values mean "any"; `country` is read as `counterpart`.
    ///
    /// Throws `FilterQueryError` naming the parameter and value when a value is not one the
    /// vocabulary knows, so the server can answer 400 instead of silently ignoring it.
    public init(queryItems: [QueryItem]) throws(FilterQueryError) {
        self.init()
        func value(_ name: String) -> String? {
            guard let v = queryItems.last(where: { $0.name == name })?.value.trimmingSpaces, !v.isEmpty else { return nil }
            return v
        }
        counterpart = (value("counterpart") ?? value("country"))?.uppercased()
        func code<T: RawRepresentable>(_ name: String, _ type: T.Type) throws(FilterQueryError) -> T? where T.RawValue == String {
            guard let v = value(name) else { return nil }
            guard let c = T(rawValue: v) else { throw .invalid(parameter: name, value: v) }
            return c
        }
        area = try code("area", Area.self)
        instrument = try code("kind", InstrumentKind.self)
        event = try code("event", EventKind.self)
        status = try code("status", InstrumentStatus.self)
        if let v = value("from") {
            guard let y = Int(v), (1...9999).contains(y) else { throw .invalid(parameter: "from", value: v) }
            fromYear = y
        }
        if let v = value("to") {
            guard let y = Int(v), (1...9999).contains(y) else { throw .invalid(parameter: "to", value: v) }
            toYear = y
        }
        if let v = value("international") {
            switch v.lowercased() {
            case "true", "1", "yes": international = true
            case "false", "0", "no": international = false
            default: throw .invalid(parameter: "international", value: v)
            }
        }
        if let v = value("agency") {
            guard let a = ThaiAgencies.find(v) else { throw .invalid(parameter: "agency", value: v) }
            agency = a.code
        }
    }
}

/// A query parameter the filter cannot read.
public enum FilterQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(parameter: String, value: String)

    public var description: String {
        switch self {
        case .invalid(let p, let v): "query parameter \(p): unknown value \"\(v)\""
        }
    }
}

extension String {
    /// Without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let lo = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let hi = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[lo...hi])
    }
}
