/// Estimates of rendered text width, so chart labels get the room they need instead of being clipped.
///
/// SVG cannot measure text before layout, so widths are estimated per grapheme cluster: Thai
/// clusters (a consonant with its above/below vowels and tone marks is one Character) and wide
/// Latin letters are counted generously; the estimate errs on the wide side.
enum TextMetrics {
    /// The estimated width in pixels of `text` at `fontSize` pixels in a sans-serif face.
    static func width(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for ch in text {
            guard let s = ch.unicodeScalars.first else { continue }
            switch s.value {
            case 0x0E00...0x0E7F: em += 0.68
            case 0x20: em += 0.32
            case 0x41...0x5A, 0x30...0x39: em += ch == "I" ? 0.35 : 0.70
            case 0x61...0x7A: em += "ilj".contains(ch) ? 0.30 : (ch == "m" || ch == "w" ? 0.85 : 0.58)
            case 0x21...0x2F, 0x3A...0x40: em += 0.40
            case 0x3000...0x9FFF, 0xAC00...0xD7AF, 0xFF00...0xFFEF: em += 1.0
            default: em += 0.70
            }
        }
        return em * fontSize
    }

    /// A number for SVG attributes: at most one decimal, no exponent.
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
