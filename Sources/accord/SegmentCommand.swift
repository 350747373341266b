import ArgumentParser
import Foundation
import ThaiText

/// `accord segment [FILE]`: prints the word tokens of a text separated by `|`, for people to look at.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the Thai word segmentation of a text file (or stdin), tokens separated by '|'.",
        discussion: "Exit status 1 when the input cannot be read or is not UTF-8."
    )

    @Argument(help: "The UTF-8 text file to segment; standard input when omitted.")
    var file: String?

    @Flag(name: .customLong("general-only"), help: "Use only the general word list (newmm's default), without Accord's domain lexicon.")
    var generalOnly = false

    /// Why the input could not be segmented, naming it.
    enum InputError: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notUTF8(path: String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
            case .notUTF8(let path): "\(path): not valid UTF-8"
            }
        }
    }

    func run() throws {
        do throws(InputError) {
            let name = file ?? "standard input"
            let data = try readInput()
            let segmenter = generalOnly ? WordSegmenter.thaiGeneral : WordSegmenter.thai
            do {
                try segmenter.streamJoinedUTF8(data, separator: "|") { FileHandle.standardOutput.write(Data($0)) }
            } catch {
                throw .notUTF8(path: "\(name) (bytes \(error.byteRange.lowerBound)..<\(error.byteRange.upperBound))")
            }
            FileHandle.standardOutput.write(Data("\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("accord segment: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func readInput() throws(InputError) -> Data {
        let data: Data
        if let file {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw .unreadable(path: file, reason: error.localizedDescription)
            }
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        return data
    }
}
