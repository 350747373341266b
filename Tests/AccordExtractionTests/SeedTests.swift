import Foundation
import Testing
import AccordCore
import AccordExtraction
import AccordTestSupport

/// The five seeds must match their expected files (areas and modalities as sets, Jaccard >= 0.6).
@Suite struct SeedTests {
    static func jaccard<T: Hashable>(_ a: [T], _ b: [T]) -> Double {
        let x = Set(a), y = Set(b)
        if x.isEmpty && y.isEmpty { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    static var seeds: [URL] { SharedData.seedArticles() }

    @Test(.enabled(if: SharedData.seedsAvailable, "seeds absent: ../shared/seeds"), arguments: SharedData.seedArticles())
    func seedMatchesExpected(_ url: URL) throws {
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected.json")
        let expected = try JSONDecoder().decode(Extraction.self, from: Data(contentsOf: expectedURL))
        let article = try ArticleReader.read(contentsOf: url)
        let got = Extractor().extract(article)
        let name = url.lastPathComponent

        #expect(got.source.newsId == expected.source.newsId, "\(name) newsId")
        #expect(got.source.title == expected.source.title, "\(name) title")
        #expect(got.source.published == expected.source.published, "\(name) published")
        #expect(got.isAgreementNews == expected.isAgreementNews, "\(name) isAgreementNews")
        try #require(got.agreements.count == expected.agreements.count, "\(name): \(got.agreements.count) agreements, expected \(expected.agreements.count)")
        for (k, (g, e)) in zip(got.agreements, expected.agreements).enumerated() {
            let at = "\(name) agreement \(k)"
            #expect(g.instrument == e.instrument, "\(at) instrument")
            #expect(g.event == e.event, "\(at) event")
            #expect(g.eventDate == e.eventDate, "\(at) eventDate")
            #expect(g.eventDateIsPublished == e.eventDateIsPublished, "\(at) eventDateIsPublished")
            #expect(Set(g.counterparts) == Set(e.counterparts), "\(at) counterparts \(g.counterparts)")
            #expect(g.durationYears == e.durationYears, "\(at) durationYears")
            #expect(Set(g.signatories.map { "\($0.name)|\($0.role.rawValue)" }) == Set(e.signatories.map { "\($0.name)|\($0.role.rawValue)" }),
                    "\(at) signatories \(g.signatories.map(\.name))")
            #expect(g.scope.count == e.scope.count, "\(at) scope count \(g.scope.count)")
            #expect(Self.jaccard(g.areas, e.areas) >= 0.6, "\(at) areas \(g.areas)")
            #expect(Self.jaccard(g.modalities, e.modalities) >= 0.6, "\(at) modalities \(g.modalities)")
            #expect(g.international == e.international, "\(at) international")
        }
    }

    @Test(.enabled(if: SharedData.seedsAvailable, "seeds absent: ../shared/seeds"))
    func scopeItemTextsAreAsWritten() throws {
        for url in Self.seeds {
            let expected = try JSONDecoder().decode(Extraction.self, from: Data(contentsOf: url.deletingPathExtension().appendingPathExtension("expected.json")))
            let got = Extractor().extract(try ArticleReader.read(contentsOf: url))
            for (g, e) in zip(got.agreements, expected.agreements) where g.scope.count == e.scope.count {
                for (gi, ei) in zip(g.scope, e.scope) {
                    #expect(gi.text == ei.text, "\(url.lastPathComponent): \(gi.text)")
                }
            }
        }
    }

    @Test(.enabled(if: SharedData.seedsAvailable, "seeds absent: ../shared/seeds"))
    func evidenceSlicesNameTheirFields() throws {
        for url in Self.seeds {
            let article = try ArticleReader.read(contentsOf: url)
            let scalars = Array(article.text.unicodeScalars)
            for a in Extractor().extract(article).agreements {
                for e in a.evidence where e.field.hasPrefix("scope[") {
                    let k = Int(e.field.dropFirst(6).dropLast())!
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[e.start..<e.end])
                    #expect(String(v) == a.scope[k].text)
                }
            }
        }
    }
}
