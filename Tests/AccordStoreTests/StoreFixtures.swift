import AccordCore
import AccordStore
import Foundation
import Testing
import ThaiText

/// A backend under test: the conformance suite runs once per factory.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    let name: String
    /// Opens a fresh, empty store with the given clock.
    let open: @Sendable (any RegistryClock) async throws -> any RegistryStore
    var testDescription: String { name }

    /// Every backend available on this machine: SQLite always, PostgreSQL when `ACCORD_TEST_POSTGRES_URL` is set.
    static let all: [StoreBackend] = [
        StoreBackend(name: "sqlite") { clock in
            try SQLiteRegistry(path: TempDir.make().appendingPathComponent("accord.sqlite").path,
                               clock: clock, tokenizer: ThaiAwareTokenizer.standard)
        },
    ] + [postgres].compactMap { $0 }
}

enum TempDir {
    /// A new empty directory under the system temporary directory.
    static func make() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-store-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// Builds an article and its extraction by hand, so store tests do not depend on the extractor.
struct Fixture {
    var newsId: String
    var title: String
    var published: String
    var body: String
    var agreements: [Agreement]

    var item: IngestItem {
        let text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-\(title)\n\n\(published)\n\(body)\n\nที่มา : https://www.thaigov.go.th/news/contents/details/\(newsId)\n"
        let source = Source(newsId: newsId, url: "https://www.thaigov.go.th/news/contents/details/\(newsId)", title: title,
                            published: day(published), language: .th)
        return IngestItem(text: text, path: "fixture-\(newsId).txt",
                          extraction: Extraction(source: source, isAgreementNews: !agreements.isEmpty, agreements: agreements))
    }
}

/// Words are separated by spaces in these titles, so title similarity does not depend on the segmenter.
enum Titles {
    static let postalLaoDraft = "ร่าง บันทึกความเข้าใจ ว่าด้วย ความร่วมมือ ด้าน ไปรษณีย์ โทรคมนาคม เทคโนโลยีสารสนเทศ และการสื่อสาร และ เทคโนโลยีดิจิทัล ระหว่าง ไทย และ สปป.ลาว"
    static let postalLao = "บันทึกความเข้าใจ ว่าด้วย ความร่วมมือ ด้าน ไปรษณีย์ โทรคมนาคม เทคโนโลยีสารสนเทศ และการสื่อสาร และ เทคโนโลยีดิจิทัล ระหว่าง ไทย และ สปป.ลาว"
    static let energyLao = "บันทึกความเข้าใจ ว่าด้วย ความร่วมมือ ด้าน พลังงาน ไฟฟ้า และ การซื้อขายไฟฟ้า ระหว่าง ไทย และ สปป.ลาว"
    static let cyberJapan = "บันทึกความร่วมมือ ด้าน ความมั่นคงปลอดภัยไซเบอร์ ระหว่าง ไทย และ ญี่ปุ่น"
}

extension Agreement {
    static func sample(_ event: EventKind, kind instrument: InstrumentKind = .mou, date: String?, title: String?, counterparts: [String],
                       duration: Double? = nil, areas: [Area] = [], scope: [ScopeItem] = []) -> Agreement {
        Agreement(instrument: instrument, event: event, eventDate: date.map(day), titleTh: title, international: !counterparts.isEmpty,
                  counterparts: counterparts,
                  parties: [Party(name: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", nameEn: "Ministry of Digital Economy and Society", country: "TH")],
                  signatories: [Signatory(name: "สมชาย ทดสอบ", position: "รัฐมนตรี", country: "TH", role: .signatory)],
                  durationYears: duration, scope: scope, areas: areas, modalities: [.training],
                  evidence: [Evidence(field: "instrument", start: 0, end: 10)])
    }
}
