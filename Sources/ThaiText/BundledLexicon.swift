import Foundation

/// The dictionaries shipped with ThaiText, loaded once on first use and shared across threads.
///
/// `words_th.txt` is PyThaiNLP's Thai word list (CC0-1.0, see Resources/NOTICE), the default
/// dictionary of newmm; `domain_th.txt` is Accord's lexicon of agencies, countries and digital terms.
enum BundledLexicon {
    static let general = WordSegmenter(words: words(resource: "words_th"))
    static let thai = WordSegmenter(words: words(resource: "words_th") + words(resource: "domain_th"))

    /// The words of a bundled list: one per line, `#` starts a comment line.
    static func words(resource name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            // The lists are part of the module's build; without them the module is broken, not the input.
            fatalError("ThaiText resource \(name).txt is missing from the module bundle")
        }
        // Split on LF bytes rather than Characters: grapheme breaking 1.5 MB would dominate the load.
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.first == UInt8(ascii: "#") ? nil : String(decoding: line, as: UTF8.self)
        }
    }
}
