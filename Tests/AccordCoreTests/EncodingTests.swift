import Foundation
import Testing
import ThaiText
@testable import AccordCore

@Suite struct EncodingTests {
    @Test func requiredNullsAreWritten() throws {
        let a = Agreement(instrument: .mou, event: .signing)
        let data = try JSONEncoder().encode(a)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["eventDate", "durationYears", "titleTh", "titleEn", "place"] {
            #expect(object[key] is NSNull, "\(key) must be encoded as null")
        }
        #expect(object["event"] as? String == "signing")
    }

    @Test func roundTripsThroughJSON() throws {
        let e = Extraction(
            source: Source(newsId: "1", url: "u", title: "t", published: CalendarDate(iso: "2022-01-02"), language: .th),
            isAgreementNews: true,
            agreements: [Agreement(instrument: .moc, event: .cabinetApproval, eventDate: CalendarDate(iso: "2022-01-02"),
                                   counterparts: ["JP"], durationYears: 5,
                                   scope: [ScopeItem(text: "x", areas: [.cybersecurity])], areas: [.cybersecurity],
                                   modalities: [.training])]
        )
        let data = try JSONEncoder().encode(e)
        let back = try JSONDecoder().decode(Extraction.self, from: data)
        #expect(back == e)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"cabinet-approval\""))
        #expect(text.contains("\"2022-01-02\""))
    }
}
