import AccordCore
import AccordExtraction
import AccordStore
import Foundation
import Testing
import ThaiText

/// The fuzzers' hostile seeds (Fuzz/seeds, and any crash turned into a seed there) replayed through
/// the same code the fuzz targets drive: each must come back with a value or an error, never a trap.
@Suite struct FuzzSeedReplayTests {
    static let seeds: [URL] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/seeds")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
    }()

    @Test func everySeedRunsThroughEveryTarget() throws {
        #expect(Self.seeds.count >= 10)
        let extractor = Extractor()
        let search = SearchText(tokenizer: ThaiAwareTokenizer.standard)
        for url in Self.seeds {
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            _ = extractor.extract(ArticleReader.read(text: text))
            let scalars = Array(text.unicodeScalars)
            for m in ThaiDate.mentions(in: scalars, reference: CalendarDate(year: 2024, month: 1, day: 15)!) { _ = m.date.adding(years: 1e300) }
            for d in DurationParser.mentions(in: scalars) { _ = CalendarDate(year: 2024, month: 2, day: 29)!.adding(years: d.years) }
            #expect(WordSegmenter.thai.words(text).joined() == text, "\(url.lastPathComponent)")
            _ = search.matchExpression(text)
            _ = search.tsQuery(text)
            let parts = text.split(separator: "\u{0}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, let (f, v, _) = try? CorrectableField.validate(field: parts[0], value: parts[1], actor: parts[2]) {
                // A value the validation lets through is one the arithmetic takes.
                if f == .durationYears, let v, let years = Double(v) { #expect(years > 0 && years <= 99) }
            }
            _ = try? AlertAcknowledgement.validate(alertId: parts.first ?? "", actor: "x")
        }
        // The hostile corrections of issue 13 are refused, not trapped on.
        #expect(throws: RegistryError.self) { try CorrectableField.validate(field: "durationYears", value: "7980", actor: "x") }
        #expect(throws: RegistryError.self) { try CorrectableField.validate(field: "durationYears", value: "1e300", actor: "x") }
        #expect(search.queryWords(String(repeating: "a ", count: 250)).count <= 10)
    }
}
