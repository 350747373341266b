import AccordStore
import Foundation

extension Exports {
    /// The records as a pretty-printed JSON array (sorted keys, dates as `YYYY-MM-DD`), the shape of `InstrumentRecord`'s Codable form.
    ///
    /// Throws only when a record holds a value JSON cannot carry (a non-finite `durationYears`).
    public static func json(_ records: [InstrumentRecord]) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(records), as: UTF8.self) + "\n"
    }
}
