import ArgumentParser
import Foundation
import ThaiText

/// `accord segment [FILE]`: prints the word tokens of a text separated by `|`, for people to look at.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the Thai word segmentation of a text file (or stdin), tokens separated by '|'."
    )

    @Argument(help: "The UTF-8 text file to segment; standard input when omitted.")
    var file: String?

    @Flag(name: .customLong("general-only"), help: "Use only the general word list (newmm's), without Accord's domain lexicon.")
    var generalOnly = false

    func run() throws {
        let data: Data
        if let file {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ValidationError("\(file ?? "standard input") is not valid UTF-8")
        }
        let segmenter = generalOnly ? WordSegmenter.thaiGeneral : WordSegmenter.thai
        var out = segmenter.words(text).joined(separator: "|")
        out.append("\n")
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
