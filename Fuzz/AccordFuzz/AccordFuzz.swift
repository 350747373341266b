import AccordCore
import AccordExtraction
import AccordStore
import Foundation
import ThaiText

/// libFuzzer targets (`scripts/fuzz.sh TARGET SECONDS`): every input must be answered with a value or
/// an error, never a trap, and the segmenter's tokens must tile its input. The target is named by
/// ACCORD_FUZZ_TARGET (one binary, several targets, because libFuzzer takes one entry point).
enum FuzzTarget: String, CaseIterable {
    /// The article reader and the whole extractor (decision model included).
    case extract
    /// Thai dates, year ranges, durations, numerals, ISO dates and calendar arithmetic.
    case dates
    /// Word segmentation, streamed and whole: the tokens concatenate back to the input.
    case segment
    /// Search-query parsing for SQLite FTS5 and PostgreSQL tsquery.
    case search
    /// Typed validation of hand corrections and alert acknowledgements.
    case correction

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] ?? "extract"
        guard let t = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("ACCORD_FUZZ_TARGET=\(name): expected one of \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return t
    }()
}

let extractor = Extractor()
let searchText = SearchText(tokenizer: ThaiAwareTokenizer.standard)

/// Runs the selected target on one input.
func fuzz(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    switch FuzzTarget.selected {
    case .extract:
        let article = ArticleReader.read(text: text)
        let extraction = extractor.extract(article)
        // Everything the registry will store must encode.
        _ = try? JSONEncoder().encode(extraction)
    case .dates:
        let scalars = Array(text.unicodeScalars)
        let reference = CalendarDate(year: 2024, month: 1, day: 15)!
        for m in ThaiDate.mentions(in: scalars, reference: reference) {
            _ = m.date.adding(days: Int(truncatingIfNeeded: bytes.count) &* 997)
            _ = m.date.adding(months: bytes.count &* 31)
            _ = m.date.adding(years: Double(bytes.count) * 1e6)
        }
        _ = ThaiDate.yearRanges(in: scalars)
        _ = ThaiDate.parse(text, reference: reference)
        _ = ThaiDate.parseYearRange(text)
        for d in DurationParser.mentions(in: scalars) { _ = reference.adding(years: d.years) }
        _ = DurationParser.years(in: text)
        _ = ThaiNumerals.parseInt(text)
        _ = ThaiNumerals.toASCII(text)
        if let d = CalendarDate(iso: text) { _ = d.adding(years: .infinity); _ = d.adding(years: -.infinity); _ = d.adding(years: .nan) }
    case .segment:
        let tokens = WordSegmenter.thai.words(text)
        precondition(tokens.joined() == text, "tokens do not tile the input")
        var streamed: [UInt8] = []
        try? WordSegmenter.thaiGeneral.streamJoinedUTF8(Data(bytes), separator: "|", chunkSize: 64) { streamed += $0 }
        _ = ThaiNormalizer.normalize(text)
    case .search:
        _ = searchText.queryWords(text)
        _ = searchText.matchExpression(text)
        _ = searchText.tsQuery(text)
    case .correction:
        // field NUL value NUL actor
        let parts = text.split(separator: "\u{0}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let field = parts.first ?? "", value = parts.count > 1 ? parts[1] : nil, actor = parts.count > 2 ? parts[2] : "fuzz"
        if let (f, v, _) = try? CorrectableField.validate(field: field, value: value, actor: actor), f == .durationYears, let v, let years = Double(v) {
            _ = CalendarDate(year: 2024, month: 2, day: 29)!.adding(years: years)
        }
        _ = try? AlertAcknowledgement.validate(alertId: value ?? field, actor: actor)
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzz(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// libFuzzer's driver, for a program that has its own `main` (SwiftPM names an executable's entry
/// point `<module>_main` and points `main` at it, so libFuzzer's `main` is never linked).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("accord_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in
        fuzz(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
#else
/// Without libFuzzer (an ordinary build): replays inputs, each file given, e.g. a crash to reproduce.
@main
struct Replay {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            print("usage: ACCORD_FUZZ_TARGET=\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) accord-fuzz FILE...  (build with scripts/fuzz.sh to fuzz)")
            return
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): unreadable"); continue }
            data.withUnsafeBytes { fuzz($0) }
            print("\(path): ok")
        }
    }
}
#endif
