import AccordCore
import AccordStore
import Foundation
import Testing

/// `accord copy`: a registry moved to another backend answers the same, corrections included.
@Suite struct RegistryCopyTests {
    static let clock = FixedClock(day("2024-01-15"))

    /// A comparable view of a record: everything except backend-assigned ids and correction times.
    static func shape(_ r: InstrumentRecord) -> String {
        var s = r.summary
        s.id = 0
        let timeline = r.timeline.map { "\($0.kind.rawValue) \($0.date?.iso ?? "-") \($0.source.newsId ?? "-") r\($0.source.revision) #\($0.agreementIndex)" }
        let corrections = r.corrections.map { "\($0.field.rawValue)=\($0.newValue ?? "nil") by \($0.actor)" }
        return "\(s) \(r.titleTh ?? "") \(r.titleEn ?? "") \(r.durationYears.map { String($0) } ?? "") \(timeline) \(corrections)"
    }

    static func targets() -> [StoreBackend] { StoreBackend.all }

    @Test("copying SQLite into each backend keeps articles, revisions, timelines and corrections", arguments: targets())
    func copyKeepsEverything(_ backend: StoreBackend) async throws {
        let source = try SQLiteRegistry(path: TempDir.make().appendingPathComponent("source.sqlite").path, clock: Self.clock,
                                        tokenizer: ThaiAwareTokenizer.standard)
        let fixtures = RegistryStoreConformance.self
        let out = try await source.ingest([fixtures.draft.item, fixtures.signing.item, fixtures.energy.item, fixtures.cyber.item, fixtures.unrelated.item])
        var revised = fixtures.signing
        revised.body += " ฉบับแก้ไข"
        #expect(try await source.ingest([revised.item]).first?.disposition == .revised)
        let id = try #require(out[1].createdInstruments.first ?? out[0].createdInstruments.first)
        _ = try await source.correct(instrument: id, field: "titleEn", value: "Postal MOU (corrected)", actor: "officer@example")
        _ = try await source.correct(instrument: id, field: "durationYears", value: "3", actor: "officer@example")

        let target = try await backend.open(Self.clock)
        let summary = try await RegistryCopy.copy(from: source, to: target, batchSize: 2)
        #expect(summary.articles == 6 && summary.duplicates == 0 && summary.corrections == 2 && summary.correctionsSkipped == 0)
        let (st, ss) = (try await target.stats(), try await source.stats())
        #expect(st.articles == ss.articles && st.instruments == ss.instruments && st.events == ss.events && st.partners == ss.partners)
        #expect(st.byStatus == ss.byStatus && st.perYear == ss.perYear && st.partnerAreas == ss.partnerAreas)
        let a = try await source.export(InstrumentFilter()).map(Self.shape)
        let b = try await target.export(InstrumentFilter()).map(Self.shape)
        #expect(a == b)
        #expect(try await target.search("ไซเบอร์", filter: InstrumentFilter(), limit: 10).instruments.count == 1)
        // Copying again finds everything present and changes nothing.
        let again = try await RegistryCopy.copy(from: source, to: target)
        #expect(again.duplicates == 6 && again.corrections == 0)
        #expect(try await target.export(InstrumentFilter()).map(Self.shape) == a)
        #expect(try await target.integrityProblems().isEmpty)
    }
}
