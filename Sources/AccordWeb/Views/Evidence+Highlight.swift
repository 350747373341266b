import AccordCore

/// Marks evidence spans in an article text.
///
/// Evidence offsets count Unicode scalars of the article text as stored (`Article.text`: BOM
/// removed, line breaks as LF), so the text is cut on scalars, not Characters or UTF-16 units.
/// Offsets past either end are clamped and reported; inverted or empty spans mark nothing.
public enum EvidenceHighlight {
    /// One evidence span as it can be shown.
    public struct Excerpt: Sendable, Equatable {
        public var evidence: Evidence
        /// The text the span covers after clamping; empty when nothing is left.
        public var text: String
        /// The id of the `<mark>` where the span starts, for in-page links; nil when nothing is marked.
        public var anchor: String?
        /// True when the offsets reached outside the text or were inverted.
        public var outOfRange: Bool
    }

    /// The text as HTML with every evidence span inside `<mark>` (overlaps split into segments, each
    /// titled with all fields covering it), and one excerpt per evidence, in the given order.
    ///
    /// - Parameter anchorPrefix: prefix for mark ids, unique per article on a page.
    public static func render(_ text: String, evidence: [Evidence], anchorPrefix: String, fieldLabel: (String) -> String = { $0 }) -> (html: String, excerpts: [Excerpt]) {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var spans: [(lo: Int, hi: Int)] = []
        var excerpts: [Excerpt] = []
        for e in evidence {
            let lo = max(0, min(e.start, n)), hi = max(lo, min(e.end, n))
            let out = e.start < 0 || e.end > n || e.start > e.end
            spans.append((lo, hi))
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[lo..<hi])
            excerpts.append(Excerpt(evidence: e, text: String(s), anchor: nil, outOfRange: out))
        }
        var cuts = Set([0, n])
        for s in spans where s.hi > s.lo { cuts.insert(s.lo); cuts.insert(s.hi) }
        let bounds = cuts.sorted()
        var html = ""
        var anchorAt: [Int: String] = [:]
        for (i, s) in spans.enumerated() where s.hi > s.lo && anchorAt[s.lo] == nil {
            anchorAt[s.lo] = "\(anchorPrefix)-\(i)"
        }
        for i in 0..<excerpts.count where spans[i].hi > spans[i].lo {
            excerpts[i].anchor = anchorAt[spans[i].lo]
        }
        for k in 0..<max(0, bounds.count - 1) {
            let lo = bounds[k], hi = bounds[k + 1]
            guard hi > lo else { continue }
            var seg = String.UnicodeScalarView()
            seg.append(contentsOf: scalars[lo..<hi])
            let piece = HTML.escape(String(seg))
            let fields = evidence.indices.filter { spans[$0].lo <= lo && spans[$0].hi >= hi && spans[$0].hi > spans[$0].lo }
            if fields.isEmpty {
                html += piece
            } else {
                var names: [String] = []
                for f in fields where !names.contains(fieldLabel(evidence[f].field)) { names.append(fieldLabel(evidence[f].field)) }
                let id = anchorAt[lo].map { " id=\"\(HTML.escape($0))\"" } ?? ""
                html += "<mark\(id) title=\"\(HTML.escape(names.joined(separator: ", ")))\">\(piece)</mark>"
            }
        }
        return (html, excerpts)
    }

    /// People's name for an evidence field such as `signatories[0]` → `Signatory 1`.
    static func fieldLabel(_ field: String, _ l: Language) -> String {
        var base = field
        var index: Int?
        if let open = field.firstIndex(of: "["), field.hasSuffix("]"),
           let i = Int(field[field.index(after: open)..<field.index(before: field.endIndex)]) {
            base = String(field[..<open])
            index = i
        }
        let names: [String: (String, String)] = [
            "instrument": ("ประเภท", "Kind"), "event": ("เหตุการณ์", "Event"), "eventDate": ("วันที่", "Date"),
            "titleTh": ("ชื่อภาษาไทย", "Thai title"), "titleEn": ("ชื่อภาษาอังกฤษ", "English title"),
            "counterparts": ("คู่ภาคี", "Counterpart"), "parties": ("ภาคี", "Party"),
            "signatories": ("ผู้ลงนาม", "Signatory"), "place": ("สถานที่", "Place"),
            "durationYears": ("ระยะเวลา", "Term"), "scope": ("ขอบเขต", "Scope"),
            "areas": ("สาขา", "Area"), "modalities": ("รูปแบบ", "Modality"), "international": ("ระหว่างประเทศ", "International"),
        ]
        let name = names[base].map { l == .th ? $0.0 : $0.1 } ?? base
        return index.map { "\(name) \($0 + 1)" } ?? name
    }
}
