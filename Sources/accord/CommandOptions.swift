import AccordCore
import AccordExtraction
import AccordStore
import ArgumentParser
import Foundation

/// `--database`, resolved once against `ACCORD_DATABASE` and the default; its scheme picks the backend.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file (PATH or sqlite:PATH) or PostgreSQL URL (postgres://user:pass@host:port/db); default: $ACCORD_DATABASE, else ./accord.sqlite.")
    var database: String?

    var configuration: StoreConfiguration {
        StoreConfiguration.resolve(flag: database, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the registry (SQLite or PostgreSQL, migrating when needed), mapping failures to a clear message
    /// and exit code 4 (a storage error prints no usage). A command that only reads refuses an SQLite file
    /// that does not exist instead of creating an empty registry and answering "0 instruments".
    func open(readOnly: Bool = false) async throws -> any RegistryStore {
        do {
            if readOnly, case .sqlite(let path) = try configuration.location(), !FileManager.default.fileExists(atPath: path) {
                throw RegistryError.unavailable(path: path, reason: "no such database (fill one with `accord ingest DIR --database \(path)`, or give --database / ACCORD_DATABASE)")
            }
            return try await configuration.open(clock: SystemClock(), tokenizer: ThaiAwareTokenizer.standard)
        } catch let e as RegistryError {
            Output.stderr("accord: cannot open database: \(e)")
            throw e.exitCode
        }
    }
}

/// Filters shared by `list`, `search` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(name: [.customLong("country"), .customLong("counterpart")], help: "Counterpart: a code (JP, ASEAN) or a Thai or English name (ญี่ปุ่น, Japan).")
    var country: String?
    @Option(help: "Area code, e.g. cybersecurity, digital-government.")
    var area: String?
    @Option(help: "Instrument kind: \(InstrumentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var instrument: String?
    @Option(help: "Has an event of this kind: \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var event: String?
    @Option(help: "Status: \(InstrumentStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?
    @Option(name: .customLong("from"), help: "First year of the events considered (2024, or Buddhist era 2567).")
    var fromYear: Int?
    @Option(name: .customLong("to"), help: "Last year of the events considered (2024, or Buddhist era 2567).")
    var toYear: Int?
    @Flag(help: "Only instruments with a foreign party.")
    var international = false
    @Flag(help: "Only instruments between Thai parties.")
    var domestic = false
    @Option(help: "Thai agency among the parties, by code or name (MDES, ดีอีเอส, กระทรวงการต่างประเทศ); a ministry includes its departments.")
    var agency: String?

    /// A Buddhist-era year (the pages show them) as Gregorian; Gregorian years pass through.
    static func gregorian(_ year: Int?) -> Int? {
        guard let year else { return nil }
        return year >= 2400 ? year - 543 : year
    }

    /// The typed filter; an unknown code is a usage error naming the option and the allowed values.
    func filter() throws -> InstrumentFilter {
        var code: String?
        if let country {
            switch CounterpartName.resolve(country) {
            case .code(let c): code = c
            case .unknown(let suggestions):
                throw ValidationError("--country \(country): unknown counterpart (a code such as JP or ASEAN, or a name such as ญี่ปุ่น or Japan)"
                    + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"))
            }
        }
        if international && domestic { throw ValidationError("--international and --domestic exclude each other") }
        var f = InstrumentFilter(counterpart: code, fromYear: Self.gregorian(fromYear), toYear: Self.gregorian(toYear),
                                 international: international ? true : domestic ? false : nil)
        if let agency {
            guard let a = ThaiAgencies.find(agency) else {
                throw ValidationError("--agency \(agency): unknown Thai agency (a code such as MDES or MFA, or a name such as กระทรวงการต่างประเทศ)")
            }
            f.agency = a.code
        }
        if let area {
            guard let a = Area(rawValue: area) else { throw ValidationError("--area \(area): unknown area (allowed: \(Area.allCases.map(\.rawValue).joined(separator: ", ")))") }
            f.area = a
        }
        if let instrument {
            guard let k = InstrumentKind(rawValue: instrument) else { throw ValidationError("--instrument \(instrument): unknown kind (allowed: \(InstrumentKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
            f.instrument = k
        }
        if let event {
            guard let e = EventKind(rawValue: event) else { throw ValidationError("--event \(event): unknown event (allowed: \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
            f.event = e
        }
        if let status {
            guard let s = InstrumentStatus(rawValue: status) else { throw ValidationError("--status \(status): unknown status (allowed: \(InstrumentStatus.allCases.map(\.rawValue).joined(separator: ", ")))") }
            f.status = s
        }
        return f
    }
}

/// Output helpers shared by the subcommands.
enum Output {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    static func stderr(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    /// One table row for an instrument summary.
    static func row(_ s: InstrumentSummary) -> String {
        let date = s.signedDate?.iso ?? s.lastDate?.iso ?? "----------"
        let who = s.counterparts.isEmpty ? "-" : s.counterparts.joined(separator: ",")
        let title = s.title.count > 90 ? String(s.title.prefix(89)) + "…" : s.title
        return "#\(s.id)\t\(date)\t\(s.kind.rawValue.uppercased())\t\(who)\t\(s.status.rawValue)\t\(title)"
    }
}

extension RegistryError {
    /// CLI exit code for a registry error: 2 usage-like, 3 not found, 4 storage.
    var exitCode: ExitCode {
        switch self {
        case .instrumentNotFound, .articleNotFound, .partnerNotFound: ExitCode(3)
        case .invalidField, .invalidValue, .emptyQuery: ExitCode(2)
        case .unavailable: ExitCode(4)
        }
    }
}

/// Runs a registry call, printing a RegistryError as a message with its exit code.
func reporting<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let e as RegistryError {
        Output.stderr("accord: \(e)")
        throw e.exitCode
    }
}
