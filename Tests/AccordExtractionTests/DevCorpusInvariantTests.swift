import Foundation
import Testing
import AccordCore
import AccordExtraction
import ThaiText
import AccordTestSupport

/// The extractor over a fixed sample of 1,000 real articles: no crash, schema-valid JSON,
/// plausible dates, evidence inside the text.
@Suite struct DevCorpusInvariantTests {
    @Test(.enabled(if: DevCorpus.isAvailable, Comment(rawValue: DevCorpus.skipMessage)))
    func sampleHoldsInvariants() throws {
        let root = try DevCorpus.root()
        let paths = try DevCorpus.sample(1000)
        #expect(paths.count >= 1000)
        let extractor = Extractor()
        var positives = 0
        for p in paths {
            let article: Article
            do { article = try ArticleReader.read(contentsOf: root.appendingPathComponent(p)) } catch { continue }
            let e = extractor.extract(article)
            if e.isAgreementNews { positives += 1 }
            #expect(e.isAgreementNews == !e.agreements.isEmpty, "\(p)")
            let count = article.text.unicodeScalars.count
            for a in e.agreements {
                for ev in a.evidence {
                    #expect(0 <= ev.start && ev.start <= ev.end && ev.end <= count, "\(p): evidence \(ev.field) \(ev.start)..<\(ev.end) outside 0..<\(count)")
                }
                if let d = a.eventDate { #expect((2010...2030).contains(d.year), "\(p): eventDate \(d)") }
            }
            let data = try JSONEncoder().encode(e)
            let problems = SchemaCheck.problems(in: try JSONSerialization.jsonObject(with: data))
            #expect(problems.isEmpty, "\(p): \(problems)")
        }
        // The corpus is mostly not agreement news, but some is.
        #expect(positives > 5 && positives < 300, "positives \(positives)")
    }
}

/// A small validator for `extraction.schema.json` over decoded JSON.
enum SchemaCheck {
    static let instruments: Set<String> = ["mou", "moc", "moa", "loi", "agreement", "declaration", "other"]
    static let events: Set<String> = ["cabinet-approval", "signing", "exchange", "renewal", "plan", "implementation", "adoption", "entry-into-force", "other"]
    static let roles: Set<String> = ["signatory", "witness", "representative"]
    static let areas = Set(Area.allCases.map(\.rawValue))
    static let modalities = Set(Modality.allCases.map(\.rawValue))

    static func isCode(_ s: String) -> Bool { (2...8).contains(s.count) && s.allSatisfy { $0.isASCII && $0.isUppercase && $0.isLetter } }
    static func isDate(_ v: Any?) -> Bool {
        if v is NSNull || v == nil { return true }
        guard let s = v as? String else { return false }
        return CalendarDate(iso: s) != nil
    }

    static func problems(in json: Any) -> [String] {
        var out: [String] = []
        guard let o = json as? [String: Any] else { return ["not an object"] }
        for k in ["source", "isAgreementNews", "agreements"] where o[k] == nil { out.append("missing \(k)") }
        if let src = o["source"] as? [String: Any] {
            if !(src["title"] is String) { out.append("source.title") }
            if src["published"] == nil || !isDate(src["published"]) { out.append("source.published") }
            if let l = src["language"] as? String, l != "th" && l != "en" { out.append("source.language") }
        } else { out.append("source") }
        if !(o["isAgreementNews"] is Bool) { out.append("isAgreementNews") }
        for (i, item) in ((o["agreements"] as? [Any]) ?? []).enumerated() {
            guard let a = item as? [String: Any] else { out.append("agreements[\(i)]"); continue }
            for k in ["instrument", "event", "eventDate", "international", "counterparts", "parties", "signatories", "durationYears", "scope"] where a[k] == nil {
                out.append("agreements[\(i)].\(k) missing")
            }
            if !instruments.contains(a["instrument"] as? String ?? "") { out.append("agreements[\(i)].instrument") }
            if !events.contains(a["event"] as? String ?? "") { out.append("agreements[\(i)].event") }
            if !isDate(a["eventDate"]) { out.append("agreements[\(i)].eventDate") }
            if !((a["counterparts"] as? [String])?.allSatisfy(isCode) ?? false) { out.append("agreements[\(i)].counterparts \(a["counterparts"] ?? "")") }
            for p in (a["parties"] as? [[String: Any]]) ?? [] where !(p["name"] is String) { out.append("agreements[\(i)].parties name") }
            for s in (a["signatories"] as? [[String: Any]]) ?? [] {
                if !(s["name"] is String) || !roles.contains(s["role"] as? String ?? "") { out.append("agreements[\(i)].signatories") }
            }
            for s in (a["scope"] as? [[String: Any]]) ?? [] {
                if !(s["text"] is String) || !((s["areas"] as? [String])?.allSatisfy(areas.contains) ?? false) { out.append("agreements[\(i)].scope") }
            }
            if !((a["areas"] as? [String])?.allSatisfy(areas.contains) ?? true) { out.append("agreements[\(i)].areas") }
            if !((a["modalities"] as? [String])?.allSatisfy(modalities.contains) ?? true) { out.append("agreements[\(i)].modalities") }
            if let d = a["durationYears"], !(d is NSNull), !(d is NSNumber) { out.append("agreements[\(i)].durationYears") }
            for ev in (a["evidence"] as? [[String: Any]]) ?? [] where !(ev["field"] is String) || !(ev["start"] is Int) || !(ev["end"] is Int) {
                out.append("agreements[\(i)].evidence")
            }
        }
        return out
    }
}
