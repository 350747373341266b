import Foundation

/// Runs of non-Thai text (Latin words, numbers, spaces, newlines, other symbols), matched as newmm does.
enum NonThaiRuns {
    @inline(__always) static func isThai(_ c: UInt32) -> Bool { c &- 0x0E00 < 0x80 }
    @inline(__always) static func isLatin(_ c: UInt32) -> Bool { (c | 0x20) &- 0x61 < 26 || c == 0x2D }
    @inline(__always) static func isBlank(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 }

    /// A decimal digit in any script (Python's `\d`): ASCII and Thai fast, others by Unicode property.
    @inline(__always) static func isDigit(_ c: UInt32) -> Bool {
        if c &- 0x30 < 10 || c &- 0x0E50 < 10 { return true }
        // No decimal digits below U+0660, in the rest of the Thai block or in U+2000–2BFF (punctuation,
        // symbols): the common cases never reach the property lookup.
        if c < 0x0660 || isThai(c) || c &- 0x2000 < 0x0C00 { return false }
        return Unicode.Scalar(c)?.properties.numericType == .decimal
    }

    /// Whether a non-Thai run starts at `p` (every non-Thai scalar but a lone CR; Thai digits too).
    @inline(__always) static func startsRun(_ s: UnsafeBufferPointer<UInt32>, at p: Int) -> Bool {
        let c = s[p]
        if isThai(c) { return c &- 0x0E50 < 10 }
        if c == 0x0D { return p + 1 < s.count && s[p + 1] == 0x0A }
        return true
    }

    /// The end of the non-Thai run at `p`, or nil when none starts there. The alternatives, in order:
    /// `[-a-zA-Z]+`, `\d+([,.]\d+)*`, `[ \t]+`, `\r?\n`, `[^\u0E00-\u0E7F \t\r\n]+`.
    static func runEnd(_ s: UnsafeBufferPointer<UInt32>, at p: Int) -> Int? {
        let n = s.count
        let c = s[p]
        var i = p + 1
        if isLatin(c) {
            while i < n, isLatin(s[i]) { i += 1 }
            return i
        }
        if isDigit(c) {
            while true {
                while i < n, isDigit(s[i]) { i += 1 }
                if i + 1 < n, s[i] == 0x2C || s[i] == 0x2E, isDigit(s[i + 1]) { i += 1 } else { return i }
            }
        }
        if isBlank(c) {
            while i < n, isBlank(s[i]) { i += 1 }
            return i
        }
        if c == 0x0A { return i }
        if c == 0x0D { return i < n && s[i] == 0x0A ? i + 1 : nil }
        if isThai(c) { return nil }
        while i < n {
            let d = s[i]
            if isThai(d) || isBlank(d) || d == 0x0A || d == 0x0D { break }
            i += 1
        }
        return i
    }

    /// The spans of formatted numbers, `(\d+[.,:])+\d+`, left to right without overlap.
    static func formattedNumbers(_ s: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
        let n = s.count
        var out: [Range<Int>] = []
        var p = 0
        while p < n {
            guard isDigit(s[p]) else { p += 1; continue }
            var j = p
            while j < n, isDigit(s[j]) { j += 1 }
            var end = j
            while end + 1 < n, s[end] == 0x2E || s[end] == 0x2C || s[end] == 0x3A, isDigit(s[end + 1]) {
                end += 1
                while end < n, isDigit(s[end]) { end += 1 }
            }
            if end > j { out.append(p..<end) }
            p = end
        }
        return out
    }

    /// Joins the tokens a formatted number was split into, as PyThaiNLP's `rejoin_formatted_num`:
    /// the tokens starting inside a number's span, through the one reaching its end, become one.
    /// `cuts` are the token ends (the last is the text's length).
    static func rejoinFormattedNumbers(_ s: UnsafeBufferPointer<UInt32>, cuts: [Int]) -> [Int] {
        let spans = formattedNumbers(s)
        if spans.isEmpty { return cuts }
        var out: [Int] = []
        out.reserveCapacity(cuts.count)
        var pos = 0
        var index = 0
        var spanIndex = 0
        while index < cuts.count, spanIndex < spans.count {
            let span = spans[spanIndex]
            if pos >= span.lowerBound {
                var joined = false
                while pos < span.upperBound, index < cuts.count {
                    pos = cuts[index]
                    index += 1
                    joined = true
                }
                if joined { out.append(pos) }
                spanIndex += 1
            } else {
                pos = cuts[index]
                index += 1
                out.append(pos)
            }
        }
        out.append(contentsOf: cuts[index...])
        return out
    }
}
