import Foundation
import Testing
import ThaiText
import AccordCore
@testable import AccordExtraction

/// The decision model: training, determinism, and how the extractor uses it.
@Suite struct DecisionModelTests {
    /// Two features that tell the classes apart and one that is noise: the model must learn the signs.
    @Test func trainingSeparatesTheClasses() throws {
        var examples: [TrainingExample] = []
        for i in 0..<40 {
            examples.append(TrainingExample(features: ["veto=none", i % 2 == 0 ? "noise" : "other"], label: true))
            examples.append(TrainingExample(features: ["veto=longPast", i % 2 == 0 ? "noise" : "other"], label: false))
        }
        let model = DecisionModel.train(examples, l2: 0.05, epochs: 300)
        #expect((model.weights["veto=none"] ?? 0) > 0.5)
        #expect((model.weights["veto=longPast"] ?? 0) < -0.5)
        #expect(model.probability(["veto=none"]) > 0.8)
        #expect(model.probability(["veto=longPast"]) < 0.2)
        // Same examples, same file: the model is reproduced exactly.
        let again = try DecisionModel.train(examples, l2: 0.05, epochs: 300).encoded()
        #expect(try model.encoded() == again)
    }

    @Test func examplesAreLabelledByTheScorersMatching() {
        let article = ArticleReader.read(text: "กระทรวงดิจิทัลฯ ลงนามบันทึกความเข้าใจกับญี่ปุ่น")
        let kept = Candidate(agreement: Agreement(instrument: .mou, event: .signing, counterparts: ["JP"]))
        let extra = Candidate(agreement: Agreement(instrument: .mou, event: .implementation, counterparts: ["JP"]), veto: "background")
        let gold = GoldRecord(path: "a.txt", isAgreementNews: true,
                              agreements: [GoldAgreement(instrument: .mou, event: .signing, counterparts: ["JP"])])
        let labels = DecisionModel.examples(gold: gold, article: article, candidates: [kept, extra]).map(\.label)
        #expect(labels == [true, false])
        let negative = GoldRecord(path: "b.txt", isAgreementNews: false, agreements: [])
        #expect(DecisionModel.examples(gold: negative, article: article, candidates: [kept]).map(\.label) == [false])
    }

    @Test func featuresNameTheVetoAndTheWordsAroundTheEvidence() {
        let text = "ทั้งสองฝ่ายได้ลงนามบันทึกความเข้าใจด้านการเกษตร"
        let article = ArticleReader.read(text: text)
        let start = Array(text.unicodeScalars).firstIndex(of: "บ")!
        let a = Agreement(instrument: .mou, event: .signing, evidence: [Evidence(field: "instrument", start: start, end: start + 16)])
        let f = CandidateFeatures(article: article).features(of: Candidate(agreement: a, veto: "past"), count: 1)
        #expect(f.contains("veto=past"))
        #expect(f.contains("veto*event=past*signing"))
        #expect(f.contains("m-:ลงนาม"))
        #expect(f.contains("e:none"))
    }

    /// Without a model the extractor keeps what the rules keep; a permissive reading adds what they drop,
    /// with the reason.
    @Test func permissiveReadingKeepsVetoedMentionsWithTheirReason() {
        let text = "ประชุมคณะกรรมการภายใต้บันทึกความเข้าใจ เพื่อติดตามความคืบหน้า"
        let article = ArticleReader.read(text: text)
        let rules = Extractor(model: nil)
        #expect(rules.extract(article).agreements.isEmpty)
        #expect(rules.candidates(article, permissive: false).isEmpty)
        let vetoed = rules.candidates(article, permissive: true)
        #expect(vetoed.count == 1)
        #expect(vetoed.first?.veto == "background")
        // A signing long past stays the rules' decision: no candidate even in a permissive reading.
        let longPast = ArticleReader.read(text: "นายกรัฐมนตรีกล่าวว่า ไทยกับอินเดียได้ลงนามบันทึกความเข้าใจด้านการศึกษา เมื่อวันที่ 1 มิถุนายน 2548\nวันที่ 3 มีนาคม 2562")
        #expect(rules.candidates(longPast, permissive: true).isEmpty)
    }

    @Test func theBundledModelIsTrainedOnDevelopmentGoldOnly() throws {
        let model = try #require(DecisionModel.bundled)
        #expect(model.weights.count > 100)
        #expect((0.0...1.0).contains(model.threshold))
        #expect(!model.trainedOn.isEmpty)
        #expect(!model.trainedOn.contains { $0.contains("sealed") })
    }

    /// The event weights re-read an event only into another trained one, and only by the margin; a rare
    /// event the rules read from its own cue (renewal) is left alone.
    @Test func eventWeightsReReadTrainedEventsByTheMargin() {
        var examples: [TrainingExample] = []
        for i in 0..<60 {
            let noise = i % 2 == 0 ? "noise" : "other"
            examples.append(TrainingExample(features: ["e-1:เตรียม", noise], label: true, goldEvent: .plan))
            examples.append(TrainingExample(features: ["e-1:ได้", noise], label: true, goldEvent: .signing))
        }
        for _ in 0..<3 { examples.append(TrainingExample(features: ["e-1:ต่ออายุ"], label: true, goldEvent: .renewal)) }
        var model = DecisionModel(threshold: 0.5, l2: 0.05, epochs: 300, trainedOn: [], weights: [:])
        #expect(model.event(["e-1:เตรียม"], rules: .signing) == .signing)  // no event weights: the rules' event
        model.events = DecisionModel.trainEvents(examples)
        #expect(model.events?.keys.sorted() == ["plan", "signing"])
        model.eventMargin = 0.2
        #expect(model.event(["e-1:เตรียม"], rules: .signing) == .plan)
        #expect(model.event(["e-1:ได้"], rules: .signing) == .signing)
        #expect(model.event(["e-1:เตรียม"], rules: .renewal) == .renewal)
        model.eventMargin = 1.0
        #expect(model.event(["e-1:เตรียม"], rules: .signing) == .signing)
        #expect(DecisionModel.examples(gold: GoldRecord(path: "a.txt", isAgreementNews: true,
                                                        agreements: [GoldAgreement(instrument: .mou, event: .plan, counterparts: ["JP"])]),
                                       article: ArticleReader.read(text: "ญี่ปุ่น"),
                                       candidates: [Candidate(agreement: Agreement(instrument: .mou, event: .signing, counterparts: ["JP"]))])
                .map(\.goldEvent) == [.plan])
    }

    @Test func adjacentWordsAreFeaturesOfTheirOwn() {
        let text = "กระทรวงเตรียมลงนามบันทึกความเข้าใจกับญี่ปุ่น"
        let scalars = Array(text.unicodeScalars)
        let verb = scalars.firstIndex(of: "ล")!
        let a = Agreement(instrument: .mou, event: .plan, evidence: [Evidence(field: "event", start: verb, end: verb + 5)])
        let f = CandidateFeatures(article: ArticleReader.read(text: text)).features(of: Candidate(agreement: a), count: 1)
        #expect(f.contains("e-1:เตรียม"))
        #expect(f.contains("e-2:กระทรวง"))
        #expect(f.contains("e+1:บันทึก") || f.contains("e+1:บันทึกความเข้าใจ"))
    }

    /// A document with no instrument word is doubtful without a foreign party; named kinds, international
    /// plans and loose cooperation signed with a partner are not.
    @Test func unnamedKindsAreDoubtful() {
        #expect(ExtractionRun.unnamedKindVeto(Agreement(instrument: .other, event: .cabinetApproval, titleTh: "แผนงานบูรณาการรัฐบาลดิจิทัล")) == "domesticOther")
        #expect(ExtractionRun.unnamedKindVeto(Agreement(instrument: .other, event: .signing, counterparts: ["CN"])) == nil)
        #expect(ExtractionRun.unnamedKindVeto(Agreement(instrument: .other, event: .adoption, titleTh: "แผนปฏิบัติการอาเซียน", counterparts: ["ASEAN"])) == nil)
        #expect(ExtractionRun.unnamedKindVeto(Agreement(instrument: .mou, event: .signing)) == nil)
    }
}
