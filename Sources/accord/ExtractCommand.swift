import ArgumentParser
import Foundation
import AccordCore
import AccordExtraction

/// `accord extract FILE...`: the agreements in news articles, as JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract cooperation instruments from news articles.",
        discussion: "One file prints one JSON object; several print JSON Lines (one object per file, with its path), or with --pretty one indented JSON array. Unreadable files are reported on stderr and the others still processed; the exit status is 1 if any file failed."
    )

    @Argument(help: "Article files (corpus format or plain text).")
    var files: [String]

    @Flag(help: "Pretty-print the JSON.")
    var pretty = false

    @Flag(help: "The rules alone, without the decision model (for comparing rule changes).")
    var rulesOnly = false

    func run() throws {
        var failed = 0
        let results = ExtractionOutput.run(paths: files, extractor: rulesOnly ? Extractor(model: nil) : Extractor())
        let single = files.count == 1
        // Several files: JSON Lines, or with --pretty one indented JSON array.
        let array = pretty && !single
        var first = true
        if array { FileHandle.standardOutput.write(Data("[\n".utf8)) }
        for r in results {
            switch r {
            case .extracted(let path, let e):
                var data = try ExtractionOutput.json(e, path: single ? nil : path, pretty: pretty)
                if array && !first { data.insert(contentsOf: Data(",\n".utf8), at: 0) }
                if !array { data.append(0x0A) }
                first = false
                FileHandle.standardOutput.write(data)
            case .failed(let err):
                failed += 1
                FileHandle.standardError.write(Data("accord extract: \(err.description)\n".utf8))
            }
        }
        if array { FileHandle.standardOutput.write(Data("\n]\n".utf8)) }
        if failed > 0 { throw ExitCode(1) }
    }
}
