import Foundation
import Testing
import ThaiText
import AccordCore
import AccordTestSupport
@testable import AccordExtraction

private func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

private func extraction(_ agreements: [Agreement], news: Bool? = nil) -> Extraction {
    Extraction(source: Source(title: "t", published: nil), isAgreementNews: news ?? !agreements.isEmpty, agreements: agreements)
}

/// A gold agreement and the prediction that matches it on every field.
private func pair(_ counterparts: [String], signer: String? = "ชัยวุฒิ ธนาคมานุสรณ์", scope: Int? = 3)
    -> (GoldAgreement, Agreement) {
    let gold = GoldAgreement(instrument: .mou, event: .signing, eventDate: date("2022-07-04"), international: !counterparts.isEmpty,
                             counterparts: counterparts, thaiSignatory: signer, durationYears: 5, scopeCount: scope)
    let predicted = Agreement(
        instrument: .mou, event: .signing, eventDate: date("2022-07-04"), international: !counterparts.isEmpty,
        counterparts: counterparts,
        signatories: (signer.map { [Signatory(name: $0, country: "TH", role: .signatory)] } ?? [])
            + [Signatory(name: "Jane Doe", country: counterparts.first, role: .signatory)],
        durationYears: 5,
        scope: (0..<(scope ?? 0)).map { ScopeItem(text: "item \($0)", areas: []) })
    return (gold, predicted)
}

@Suite struct EvaluationScoringTests {
    @Test func perfectPredictionScoresOne() {
        let (g1, p1) = pair(["FI"])
        let (g2, p2) = pair(["ASEAN", "CN"], signer: nil, scope: nil)
        let cases = [
            EvaluationCase(gold: GoldRecord(path: "a.txt", isAgreementNews: true, agreements: [g1, g2]), predicted: extraction([p1, p2])),
            EvaluationCase(gold: GoldRecord(path: "b.txt", isAgreementNews: false, agreements: []), predicted: extraction([])),
        ]
        let r = Evaluation.score(cases)
        #expect(r.articles == 2)
        #expect(r.isAgreementNews.f1 == 1)
        #expect(r.isAgreementNews.accuracy == 1)
        #expect(r.agreements.precision == 1 && r.agreements.recall == 1)
        for f in r.fields {
            #expect(f.accuracy == 1, "\(f.field)")
            #expect(f.total == 2)
        }
        #expect(r.disagreements.isEmpty)
    }

    @Test func wrongEventLowersOnlyEventAccuracy() {
        let (g1, p1) = pair(["FI"])
        var (g2, p2) = pair(["JP"])
        g2.event = .renewal
        p2.event = .signing
        let r = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a.txt", isAgreementNews: true, agreements: [g1, g2]),
                                                 predicted: extraction([p1, p2]))])
        #expect(r.field("event")?.accuracy == 0.5)
        #expect(r.field("instrument")?.accuracy == 1)
        #expect(r.field("counterparts")?.accuracy == 1)
        #expect(r.disagreements == [Disagreement(path: "a.txt", field: "agreements[1].event", gold: "renewal", predicted: "signing")])
    }

    @Test func missedAgreementIsWrongOnEveryField() {
        let (g1, p1) = pair(["FI"])
        let (g2, _) = pair(["JP"])
        let r = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a.txt", isAgreementNews: true, agreements: [g1, g2]),
                                                 predicted: extraction([p1]))])
        #expect(r.agreements.gold == 2 && r.agreements.predicted == 1 && r.agreements.matched == 1)
        #expect(r.agreements.recall == 0.5)
        #expect(r.agreements.precision == 1)
        for f in r.fields {
            #expect(f.accuracy == 0.5, "\(f.field)")
            #expect(f.accuracyOnMatched == 1, "\(f.field)")
        }
        #expect(r.disagreements.contains { $0.field == "agreements[1]" && $0.predicted == "missed" })
    }

    @Test func extraPredictionLowersAgreementPrecision() {
        let (g1, p1) = pair(["FI"])
        let (_, p2) = pair(["JP"])
        let r = Evaluation.score([
            EvaluationCase(gold: GoldRecord(path: "a.txt", isAgreementNews: true, agreements: [g1]), predicted: extraction([p1, p2])),
            EvaluationCase(gold: GoldRecord(path: "b.txt", isAgreementNews: false, agreements: []), predicted: extraction([p2])),
        ])
        #expect(r.agreements.predicted == 3 && r.agreements.matched == 1)
        #expect(abs(r.agreements.precision - 1.0 / 3.0) < 1e-9)
        #expect(r.agreements.recall == 1)
        #expect(r.isAgreementNews.falsePositives == 1)
        #expect(r.disagreements.filter { $0.field == "extra agreement" }.count == 2)
    }

    @Test func detectionF1OnAKnownCase() {
        // TP 2, FP 1, FN 1, TN 1: P = R = F1 = 2/3, accuracy 3/5.
        let (g, p) = pair(["FI"])
        let yes = GoldRecord(path: "y", isAgreementNews: true, agreements: [g])
        let no = GoldRecord(path: "n", isAgreementNews: false, agreements: [])
        let r = Evaluation.score([
            EvaluationCase(gold: yes, predicted: extraction([p])),
            EvaluationCase(gold: yes, predicted: extraction([p])),
            EvaluationCase(gold: no, predicted: extraction([p])),
            EvaluationCase(gold: yes, predicted: extraction([])),
            EvaluationCase(gold: no, predicted: extraction([])),
        ])
        let n = r.isAgreementNews
        #expect((n.truePositives, n.falsePositives, n.falseNegatives, n.trueNegatives) == (2, 1, 1, 1))
        #expect(abs(n.precision - 2.0 / 3.0) < 1e-9)
        #expect(abs(n.recall - 2.0 / 3.0) < 1e-9)
        #expect(abs(n.f1 - 2.0 / 3.0) < 1e-9)
        #expect(abs(n.accuracy - 0.6) < 1e-9)
    }

    @Test func counterpartsScoreTheirSetF1() {
        var (g, p) = pair(["ASEAN", "CN"])
        p.counterparts = ["cn"]
        g.international = true
        let r = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a", isAgreementNews: true, agreements: [g]), predicted: extraction([p]))])
        // P = 1, R = 1/2, F1 = 2/3; codes compare case-insensitively.
        #expect(abs((r.field("counterparts")?.accuracy ?? 0) - 2.0 / 3.0) < 1e-9)
        #expect(Evaluation.setF1([], []) == 1)
        #expect(Evaluation.setF1(["JP"], []) == 0)
    }

    @Test func publishedDateFallbackCountsAsNoDate() {
        var (g, p) = pair(["JP"])
        g.eventDate = nil
        p.eventDate = date("2022-08-05")
        p.eventDateIsPublished = true
        let ok = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a", isAgreementNews: true, agreements: [g]), predicted: extraction([p]))])
        #expect(ok.field("eventDate")?.accuracy == 1)

        g.eventDate = date("2022-08-05")
        let wrong = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a", isAgreementNews: true, agreements: [g]), predicted: extraction([p]))])
        #expect(wrong.field("eventDate")?.accuracy == 0)
    }

    @Test func thaiSignatoryUsesThaiSignersOnly() {
        var (g, p) = pair(["FI"], signer: "ชัยวุฒิ  ธนาคมานุสรณ์")
        // Whitespace runs and zero-width spaces do not matter.
        p.signatories = [Signatory(name: "ชัยวุฒิ\u{200B} ธนาคมานุสรณ์", country: nil, role: .signatory),
                         Signatory(name: "ยูริ ยาร์วียาโฮ", country: "FI", role: .signatory)]
        let gold = GoldRecord(path: "a", isAgreementNews: true, agreements: [g])
        #expect(Evaluation.score([EvaluationCase(gold: gold, predicted: extraction([p]))]).field("thaiSignatory")?.accuracy == 1)

        // A Thai witness is not the signer.
        p.signatories = [Signatory(name: "ชัยวุฒิ ธนาคมานุสรณ์", country: "TH", role: .witness)]
        #expect(Evaluation.score([EvaluationCase(gold: gold, predicted: extraction([p]))]).field("thaiSignatory")?.accuracy == 0)

        // Null gold matches no Thai signer; a foreign signer does not count.
        g.thaiSignatory = nil
        p.signatories = [Signatory(name: "ยูริ ยาร์วียาโฮ", country: "FI", role: .signatory)]
        let none = GoldRecord(path: "a", isAgreementNews: true, agreements: [g])
        #expect(Evaluation.score([EvaluationCase(gold: none, predicted: extraction([p]))]).field("thaiSignatory")?.accuracy == 1)
        p.signatories.append(Signatory(name: "ประเสริฐ จันทรรวงทอง", country: "TH", role: .signatory))
        #expect(Evaluation.score([EvaluationCase(gold: none, predicted: extraction([p]))]).field("thaiSignatory")?.accuracy == 0)
    }

    @Test func scopeCountNullMeansNoItems() {
        let (g, p) = pair(["FI"], scope: nil)
        var p3 = p
        p3.scope = [ScopeItem(text: "x", areas: [])]
        let gold = GoldRecord(path: "a", isAgreementNews: true, agreements: [g])
        #expect(Evaluation.score([EvaluationCase(gold: gold, predicted: extraction([p]))]).field("scopeCount")?.accuracy == 1)
        #expect(Evaluation.score([EvaluationCase(gold: gold, predicted: extraction([p3]))]).field("scopeCount")?.accuracy == 0)
    }

    @Test func matchingPairsByCounterpartsBeforeOrder() {
        let (gJP, pJP) = pair(["JP"])
        var (gKR, pKR) = pair(["KR"])
        gKR.event = .renewal
        pKR.event = .renewal
        // Predictions in the other order still pair JP with JP and KR with KR.
        let pairs = Evaluation.match(gold: [gJP, gKR], predicted: [pKR, pJP])
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 0]])

        // With equal counterparts, instrument then event decide.
        var (a, pa) = pair([])
        var (b, pb) = pair([])
        a.instrument = .moa; pa.instrument = .moa
        b.event = .plan; pb.event = .plan
        #expect(Evaluation.match(gold: [a, b], predicted: [pb, pa]).map { [$0.0, $0.1] } == [[0, 1], [1, 0]])
    }

    @Test func tableNamesEveryField() {
        let (g, p) = pair(["FI"])
        let r = Evaluation.score([EvaluationCase(gold: GoldRecord(path: "a", isAgreementNews: true, agreements: [g]), predicted: extraction([p]))])
        let table = r.renderTable()
        for name in Evaluation.fieldNames { #expect(table.contains(name)) }
        let json = try? JSONEncoder().encode(r)
        let back = json.flatMap { try? JSONDecoder().decode(EvaluationReport.self, from: $0) }
        #expect(back == r)
    }
}

@Suite struct GoldParsingTests {
    @Test func badLinesAreReportedWithTheirLineNumbers() {
        let text = """
        {"path": "1/a.txt", "newsId": "1", "published": "2018-01-02", "isAgreementNews": false, "agreements": [], "reviewer": "x"}

        {"path": "1/b.txt", "isAgreementNews": true, "agreements": [{"instrument": "mou", "event": "signing", "eventDate": null, "counterparts": ["JP"], "thaiSignatory": null, "durationYears": null, "scopeCount": null}]}
        not json
        {"newsId": "3", "isAgreementNews": false}
        {"path": "1/c.txt", "isAgreementNews": true, "agreements": [{"instrument": "memo", "event": "signing"}]}
        {"path": "1/d.txt", "published": "2018-02-30", "isAgreementNews": false}
        [1, 2]
        """
        let (lines, errors) = Evaluation.parseGold(text, file: "g.jsonl")
        #expect(lines.map(\.record.path) == ["1/a.txt", "1/b.txt"])
        #expect(lines.map(\.line) == [1, 3])
        #expect(lines[1].record.agreements.first?.counterparts == ["JP"])
        #expect(lines[1].record.agreements.first?.eventDate == nil)
        #expect(errors.count == 5)
        guard errors.count == 5 else { return }
        if case .invalidJSON(_, let line, _) = errors[0] { #expect(line == 4) } else { Issue.record("\(errors[0])") }
        #expect(errors[1] == .missingPath(file: "g.jsonl", line: 5))
        if case .invalidField(_, let line, let field, _) = errors[2] {
            #expect(line == 6)
            #expect(field == "agreements[0].instrument")
        } else { Issue.record("\(errors[2])") }
        if case .invalidField(_, let line, let field, _) = errors[3] {
            #expect(line == 7)
            #expect(field == "published")
        } else { Issue.record("\(errors[3])") }
        if case .invalidJSON(_, let line, _) = errors[4] { #expect(line == 8) } else { Issue.record("\(errors[4])") }
        #expect(errors[1].description == "g.jsonl:5: missing \"path\"")
    }

    @Test func duplicatePathsAcrossFilesKeepTheFirst() {
        let a = Evaluation.parseGold(#"{"path": "x.txt", "isAgreementNews": false}"#, file: "a.jsonl").lines
        let b = Evaluation.parseGold("\n" + #"{"path": "x.txt", "isAgreementNews": true}"#, file: "b.jsonl").lines
        let (kept, errors) = Evaluation.removingDuplicates(a + b)
        #expect(kept.count == 1)
        #expect(kept.first?.file == "a.jsonl")
        #expect(errors == [.duplicatePath(file: "b.jsonl", line: 2, path: "x.txt", firstSeen: "a.jsonl:1")])
    }
}

/// The committed gold annotations of part A.
@Suite struct GoldFixtureTests {
    static func load() throws -> (lines: [GoldLine], errors: [GoldLineError]) {
        let url = try #require(Bundle.module.url(forResource: "gold-dev-a", withExtension: "jsonl", subdirectory: "Fixtures"))
        return Evaluation.parseGold(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
    }

    @Test func goldPartAParsesAndFollowsTheGuide() throws {
        let (lines, errors) = try Self.load()
        #expect(errors.isEmpty, "\(errors)")
        #expect(lines.count >= 40)
        #expect(Evaluation.removingDuplicates(lines).errors.isEmpty)
        let positives = lines.filter { $0.record.isAgreementNews }
        // About half positives, half negatives.
        #expect(positives.count * 3 >= lines.count && positives.count * 3 <= lines.count * 2)
        for g in lines {
            let folder = Int(g.record.path.split(separator: "/").first ?? "") ?? 0
            #expect(folder % 2 == 1, "part A takes odd folders only: \(g.record.path)")
            #expect(g.record.newsId != nil && g.record.published != nil, "\(g.record.path)")
            #expect(g.record.isAgreementNews == !g.record.agreements.isEmpty, "\(g.record.path)")
            for a in g.record.agreements {
                for c in a.counterparts { #expect(c == c.uppercased() && c.count >= 2, "\(g.record.path): \(c)") }
                if a.event == .cabinetApproval { #expect(a.thaiSignatory == nil, "\(g.record.path)") }
                if let name = a.thaiSignatory {
                    for title in ["นาย", "นาง", "ดร.", "พล.", "พลเอก", "นพ."] {
                        #expect(!name.hasPrefix(title), "\(g.record.path): honorific kept in \(name)")
                    }
                }
            }
        }
    }

    @Test(.enabled(if: DevCorpus.isAvailable, Comment(rawValue: DevCorpus.skipMessage)))
    func goldHeadersAgreeWithTheArticles() throws {
        let root = try DevCorpus.root()
        for g in try Self.load().lines {
            let article = try ArticleReader.read(contentsOf: root.appendingPathComponent(g.record.path))
            #expect(article.newsId == g.record.newsId, "\(g.record.path)")
            #expect(article.published == g.record.published, "\(g.record.path)")
        }
    }
}

@Suite struct SeedGoldTests {
    @Test(.enabled(if: SharedData.seedsAvailable, "seeds absent: ../shared/seeds"))
    func seedExpectationsScorePerfectlyAgainstThemselves() throws {
        var cases: [EvaluationCase] = []
        for seed in SharedData.seedArticles() {
            let url = seed.deletingPathExtension().appendingPathExtension("expected.json")
            let expected = try JSONDecoder().decode(Extraction.self, from: Data(contentsOf: url))
            cases.append(EvaluationCase(gold: GoldRecord(path: seed.lastPathComponent, expected: expected), predicted: expected))
        }
        let r = Evaluation.score(cases)
        #expect(r.agreements.gold == 7)
        #expect(r.isAgreementNews.truePositives == 5)
        for f in r.fields { #expect(f.accuracy == 1, "\(f.field)") }
        // A seed whose events carry no date: the gold view says null, as an annotator would.
        let undated = cases.flatMap(\.gold.agreements).filter { $0.eventDate == nil }
        #expect(undated.count == 2)
    }
}

@Suite struct EvaluationBreakdownTests {
    @Test func slicesCountGoldByTheirValueAndPredictionsByTheirOwn() throws {
        let (g1, p1) = pair(["FI"])
        var (g2, _) = pair(["JP"])
        g2.event = .adoption
        g2.instrument = .declaration
        let new = GoldRecord(path: "data/a.txt", published: date("2022-07-05"), isAgreementNews: true, agreements: [g1, g2])
        let old = GoldRecord(path: "1/b.txt", published: date("2018-01-02"), isAgreementNews: false, agreements: [])
        let groups = Evaluation.breakdown([EvaluationCase(gold: new, predicted: extraction([p1])),
                                           EvaluationCase(gold: old, predicted: extraction([]))])
        let era = try #require(groups.first { $0.dimension == "era" && $0.value == "2020-2023" })
        #expect(era.articles == 1 && era.gold == 2 && era.predicted == 1 && era.matchedGold == 1)
        #expect(groups.first { $0.dimension == "era" && $0.value == "2016-2019" }?.isAgreementNews?.trueNegatives == 1)
        let adoption = try #require(groups.first { $0.dimension == "event" && $0.value == "adoption" })
        #expect(adoption.gold == 1 && adoption.matchedGold == 0 && adoption.recall == 0)
        let signing = try #require(groups.first { $0.dimension == "event" && $0.value == "signing" })
        #expect(signing.recall == 1 && signing.precision == 1 && signing.eventCorrect == 1)
    }
}

/// Every committed gold file, development and sealed: well-formed, by the guide, and the sealed part
/// disjoint from the development part (a sealed score means nothing if its articles were trained on).
@Suite struct AllGoldFixturesTests {
    static func files(_ subdirectory: String) throws -> [URL] {
        let dir = try #require(Bundle.module.url(forResource: subdirectory, withExtension: nil))
        return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("gold-") && $0.pathExtension == "jsonl" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func lines(_ urls: [URL]) throws -> [GoldLine] {
        var all: [GoldLine] = []
        for url in urls {
            let (lines, errors) = Evaluation.parseGold(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
            #expect(errors.isEmpty, "\(errors)")
            all += lines
        }
        return all
    }

    @Test func everyGoldFileParsesAndTheSealedPartIsApart() throws {
        let dev = try Self.lines(Self.files("Fixtures"))
        let sealed = try Self.lines(Self.files("Fixtures/sealed"))
        #expect(dev.count >= 800)
        #expect(sealed.count >= 150)
        #expect(Evaluation.removingDuplicates(dev).errors.isEmpty)
        #expect(Set(dev.map(\.record.path)).isDisjoint(with: sealed.map(\.record.path)))
        #expect(Set(dev.compactMap(\.record.newsId)).isDisjoint(with: sealed.compactMap(\.record.newsId)))
        // Both eras: the v2 corpus's layout is data/YYYY/...
        #expect(dev.filter { $0.record.path.hasPrefix("data/") }.count >= 300)
        for g in dev + sealed {
            #expect(g.record.newsId != nil && g.record.published != nil, "\(g.record.path)")
            for a in g.record.agreements {
                for c in a.counterparts { #expect(c == c.uppercased() && c.count >= 2, "\(g.record.path): \(c)") }
            }
        }
    }
}
