import Foundation
import ThaiText
import AccordCore

/// Scoring the extractor against gold annotations (`annotation-guide.md`): pure functions, no IO.
///
/// Matching rule, within one article (documented here because every score depends on it):
/// every (gold agreement, predicted agreement) pair gets a key
/// `(counterparts Jaccard, same instrument, same event, same effective eventDate)`, compared
/// lexicographically; the best remaining pair is matched first, then the next best among the unused
/// ones, until one side runs out (ties go to the earlier gold, then the earlier prediction). Two empty
/// counterpart sets overlap fully (1.0), so domestic instruments pair with domestic predictions.
/// Every predicted agreement of an article can match: the article anchors the pairing, and the
/// fields then say how good the match is. Gold agreements left over are *missed* (wrong on every
/// field); predictions left over are *extra* (they lower agreement precision).
public enum Evaluation {}

/// One annotated article, one line of a gold JSONL file (`annotation-guide.md`).
public struct GoldRecord: Sendable, Equatable, Decodable {
    /// Path of the article relative to the corpus root.
    public var path: String
    public var newsId: String?
    public var published: CalendarDate?
    public var isAgreementNews: Bool
    public var agreements: [GoldAgreement]

    public init(path: String, newsId: String? = nil, published: CalendarDate? = nil, isAgreementNews: Bool, agreements: [GoldAgreement]) {
        self.path = path
        self.newsId = newsId
        self.published = published
        self.isAgreementNews = isAgreementNews
        self.agreements = agreements
    }

    enum CodingKeys: String, CodingKey { case path, newsId, published, isAgreementNews, agreements }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        newsId = try c.decodeIfPresent(String.self, forKey: .newsId)
        published = try c.decodeIfPresent(CalendarDate.self, forKey: .published)
        agreements = try c.decodeIfPresent([GoldAgreement].self, forKey: .agreements) ?? []
        // An annotator who lists agreements but forgets the flag still means "agreement news".
        isAgreementNews = try c.decodeIfPresent(Bool.self, forKey: .isAgreementNews) ?? !agreements.isEmpty
    }
}

/// One instrument a gold article reports an event about.
public struct GoldAgreement: Sendable, Equatable, Decodable {
    public var instrument: InstrumentKind
    public var event: EventKind
    /// Nil when the article gives no date for the event.
    public var eventDate: CalendarDate?
    public var international: Bool?
    /// ISO alpha-2 codes or a body's acronym; empty for domestic instruments.
    public var counterparts: [String]
    /// The Thai signer's name without honorifics; nil when not named (or for cabinet approval).
    public var thaiSignatory: String?
    public var durationYears: Double?
    /// Number of enumerated scope items; nil when the article lists none.
    public var scopeCount: Int?
    /// Free text for reviewers; never scored.
    public var note: String?

    public init(instrument: InstrumentKind, event: EventKind, eventDate: CalendarDate? = nil, international: Bool? = nil,
                counterparts: [String] = [], thaiSignatory: String? = nil, durationYears: Double? = nil,
                scopeCount: Int? = nil, note: String? = nil) {
        self.instrument = instrument
        self.event = event
        self.eventDate = eventDate
        self.international = international
        self.counterparts = counterparts
        self.thaiSignatory = thaiSignatory
        self.durationYears = durationYears
        self.scopeCount = scopeCount
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case instrument, event, eventDate, international, counterparts, thaiSignatory, durationYears, scopeCount, note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instrument = try c.decode(InstrumentKind.self, forKey: .instrument)
        event = try c.decode(EventKind.self, forKey: .event)
        eventDate = try c.decodeIfPresent(CalendarDate.self, forKey: .eventDate)
        international = try c.decodeIfPresent(Bool.self, forKey: .international)
        counterparts = try c.decodeIfPresent([String].self, forKey: .counterparts) ?? []
        thaiSignatory = try c.decodeIfPresent(String.self, forKey: .thaiSignatory)
        durationYears = try c.decodeIfPresent(Double.self, forKey: .durationYears)
        scopeCount = try c.decodeIfPresent(Int.self, forKey: .scopeCount)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}

/// A gold line that could not be used; carries the file and the 1-based line number.
public enum GoldLineError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidJSON(file: String, line: Int, reason: String)
    case missingPath(file: String, line: Int)
    case invalidField(file: String, line: Int, field: String, reason: String)
    case duplicatePath(file: String, line: Int, path: String, firstSeen: String)

    /// `<file>:<line>: <reason>` on one line.
    public var description: String {
        switch self {
        case .invalidJSON(let f, let l, let r): "\(f):\(l): invalid JSON: \(r)"
        case .missingPath(let f, let l): "\(f):\(l): missing \"path\""
        case .invalidField(let f, let l, let field, let r): "\(f):\(l): field \(field): \(r)"
        case .duplicatePath(let f, let l, let p, let first): "\(f):\(l): \(p) already annotated at \(first); line ignored"
        }
    }
}

/// A gold record with where it was read from.
public struct GoldLine: Sendable, Equatable {
    public var file: String
    /// 1-based.
    public var line: Int
    public var record: GoldRecord

    public init(file: String, line: Int, record: GoldRecord) {
        self.file = file
        self.line = line
        self.record = record
    }
}

extension Evaluation {
    /// Parses gold JSONL text; bad lines become errors and never stop the rest. Blank lines are skipped.
    public static func parseGold(_ text: String, file: String) -> (lines: [GoldLine], errors: [GoldLineError]) {
        var lines: [GoldLine] = []
        var errors: [GoldLineError] = []
        let decoder = JSONDecoder()
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var s = Substring(raw)
            if number == 1, s.unicodeScalars.first == "\u{FEFF}" { s = Substring(s.unicodeScalars.dropFirst()) }
            if s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
            do {
                let record = try decoder.decode(GoldRecord.self, from: Data(s.utf8))
                if record.path.trimmingCharacters(in: .whitespaces).isEmpty {
                    errors.append(.missingPath(file: file, line: number))
                } else {
                    lines.append(GoldLine(file: file, line: number, record: record))
                }
            } catch let error as DecodingError {
                errors.append(lineError(error, file: file, line: number))
            } catch {
                errors.append(.invalidJSON(file: file, line: number, reason: String(describing: error)))
            }
        }
        return (lines, errors)
    }

    /// Drops records whose path was already seen (in this or an earlier file), reporting each.
    public static func removingDuplicates(_ lines: [GoldLine]) -> (lines: [GoldLine], errors: [GoldLineError]) {
        var seen: [String: String] = [:]
        var kept: [GoldLine] = []
        var errors: [GoldLineError] = []
        for g in lines {
            if let first = seen[g.record.path] {
                errors.append(.duplicatePath(file: g.file, line: g.line, path: g.record.path, firstSeen: first))
            } else {
                seen[g.record.path] = "\(g.file):\(g.line)"
                kept.append(g)
            }
        }
        return (kept, errors)
    }

    static func lineError(_ error: DecodingError, file: String, line: Int) -> GoldLineError {
        func field(_ path: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            var parts: [String] = []
            for key in path + (last.map { [$0] } ?? []) {
                if let i = key.intValue { parts.append("[\(i)]") } else { parts.append((parts.isEmpty ? "" : ".") + key.stringValue) }
            }
            return parts.joined()
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            if ctx.codingPath.isEmpty && key.stringValue == "path" { return .missingPath(file: file, line: line) }
            return .invalidField(file: file, line: line, field: field(ctx.codingPath, key), reason: "missing")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            if ctx.codingPath.isEmpty { return .invalidJSON(file: file, line: line, reason: "not a JSON object") }
            if ctx.codingPath.count == 1 && ctx.codingPath[0].stringValue == "path" { return .missingPath(file: file, line: line) }
            return .invalidField(file: file, line: line, field: field(ctx.codingPath), reason: ctx.debugDescription)
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                let underlying = (ctx.underlyingError as NSError?)?.localizedDescription
                return .invalidJSON(file: file, line: line, reason: underlying ?? ctx.debugDescription)
            }
            return .invalidField(file: file, line: line, field: field(ctx.codingPath), reason: ctx.debugDescription)
        @unknown default:
            return .invalidJSON(file: file, line: line, reason: String(describing: error))
        }
    }
}

extension GoldRecord {
    /// The gold view of a reference extraction (e.g. a seed's `expected.json`), so it can be scored like an annotation.
    public init(path: String, expected: Extraction) {
        self.init(path: path, newsId: expected.source.newsId, published: expected.source.published,
                  isAgreementNews: expected.isAgreementNews,
                  agreements: expected.agreements.map { a in
                      GoldAgreement(instrument: a.instrument, event: a.event, eventDate: Evaluation.effectiveDate(a),
                                    international: a.international, counterparts: a.counterparts,
                                    thaiSignatory: Evaluation.thaiSignatories(a).first, durationYears: a.durationYears,
                                    scopeCount: a.scope.isEmpty ? nil : a.scope.count)
                  })
    }
}
