import ArgumentParser
import Foundation
import AccordCore
import AccordExtraction

/// `accord eval`: runs the extractor over gold-annotated articles and prints per-field scores.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against gold annotations (JSONL, annotation-guide.md).",
        discussion: """
            Each gold line names an article by its path under --corpus. Bad gold lines and missing \
            articles are reported (file:line and reason) and skipped; the exit code is non-zero only \
            when a gold file itself cannot be read.
            """
    )

    @Argument(help: "Gold JSONL files; several are scored together (a path annotated twice keeps its first line).")
    var gold: [String]

    @Option(help: "Corpus root the gold paths are relative to.")
    var corpus: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "List every disagreement (path, field, gold, predicted).")
    var verbose = false

    /// Why evaluation inputs could not be used; each case names the file.
    enum InputError: Error, CustomStringConvertible {
        case goldUnreadable(path: String, reason: String)
        case corpusMissing(path: String)

        var description: String {
            switch self {
            case .goldUnreadable(let p, let r): "cannot read gold file \(p): \(r)"
            case .corpusMissing(let p): "corpus directory \(p) does not exist"
            }
        }
    }

    /// The JSON shape of `--json`.
    struct Output: Encodable {
        var goldFiles: [String]
        var corpus: String
        /// Gold lines and articles that were skipped, with the reason.
        var skipped: [String]
        var report: EvaluationReport
    }

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one gold JSONL file") }
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: corpus, isDirectory: &isDir) || !isDir.boolValue {
            throw ValidationError(InputError.corpusMissing(path: corpus).description)
        }
    }

    func run() throws {
        var skipped: [String] = []
        var unreadable: [InputError] = []
        var lines: [GoldLine] = []
        for file in gold {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                unreadable.append(.goldUnreadable(path: file, reason: (error as NSError).localizedDescription))
                continue
            }
            let parsed = Evaluation.parseGold(text, file: file)
            skipped += parsed.errors.map(\.description)
            lines += parsed.lines
        }
        let unique = Evaluation.removingDuplicates(lines)
        skipped += unique.errors.map(\.description)

        let root = URL(fileURLWithPath: corpus, isDirectory: true)
        let extractor = Extractor()
        var cases: [EvaluationCase] = []
        for g in unique.lines {
            do {
                let article = try ArticleReader.read(contentsOf: root.appendingPathComponent(g.record.path))
                cases.append(EvaluationCase(gold: g.record, predicted: extractor.extract(article)))
            } catch {
                skipped.append("\(g.file):\(g.line): \(error.description)")
            }
        }

        var report = Evaluation.score(cases)
        if !verbose { report.disagreements = [] }
        for e in unreadable { Self.warn("accord eval: \(e)") }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Output(goldFiles: gold, corpus: corpus, skipped: skipped, report: report))
            print(String(decoding: data, as: UTF8.self))
        } else {
            for s in skipped { Self.warn("accord eval: skipped \(s)") }
            print(report.renderTable())
            if verbose && !report.disagreements.isEmpty {
                print("\nDisagreements (path, field, gold, predicted):")
                print(report.renderDisagreements())
            }
        }
        if !unreadable.isEmpty { throw ExitCode(1) }
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
