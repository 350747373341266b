import AccordCore
import ThaiText

/// How far a record can be trusted, from how its fields were read and whether its sources agree:
/// the review queue lists the least certain first.
public enum RecordConfidence {
    /// What the score is computed from (one instrument).
    public struct Inputs: Sendable, Equatable {
        public var titles: [String]
        public var partyCount: Int
        public var international: Bool
        public var counterparts: [String]
        public var sourceCount: Int
        /// Events with a date of their own (not the article's date standing in).
        public var ownDatedEvents: Int
        /// Dates of the signings and exchanges reported (sources disagree when they are far apart).
        public var signingDates: [CalendarDate]

        public init(titles: [String], partyCount: Int, international: Bool, counterparts: [String], sourceCount: Int,
                    ownDatedEvents: Int, signingDates: [CalendarDate]) {
            self.titles = titles
            self.partyCount = partyCount
            self.international = international
            self.counterparts = counterparts
            self.sourceCount = sourceCount
            self.ownDatedEvents = ownDatedEvents
            self.signingDates = signingDates
        }
    }

    /// Days apart beyond which two reported signing dates disagree.
    public static let disagreeingDays = 7

    /// A score in 0...1 and, for people, what lowered it.
    public static func score(_ x: Inputs) -> (score: Double, reasons: [String]) {
        var score = 0.0
        var reasons: [String] = []
        if x.titles.contains(where: InstrumentTitle.isName) { score += 0.30 } else { reasons.append("no article names it") }
        if x.partyCount > 0 { score += 0.20 } else { reasons.append("no party named") }
        if !x.international || !x.counterparts.isEmpty { score += 0.15 } else { reasons.append("foreign partner unknown") }
        if x.ownDatedEvents > 0 { score += 0.15 } else { reasons.append("no event dated by its article") }
        score += 0.20 * Double(min(max(x.sourceCount - 1, 0), 2)) / 2
        if x.sourceCount < 2 { reasons.append("a single source") }
        let days = x.signingDates.map(\.daysSinceEpoch)
        if let lo = days.min(), let hi = days.max(), hi - lo > disagreeingDays {
            score -= 0.25
            reasons.append("sources give signing dates \(hi - lo) days apart")
        }
        return (min(1, max(0, (score * 100).rounded() / 100)), reasons)
    }
}
