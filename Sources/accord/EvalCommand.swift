import ArgumentParser
import Foundation
import AccordCore
import AccordExtraction

/// `accord eval`: scores extraction (the default, `accord eval extraction`) or linking (`accord eval links`).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor (default) or the registry's linking against blind gold.",
        subcommands: [EvalExtractionCommand.self, EvalLinksCommand.self],
        defaultSubcommand: EvalExtractionCommand.self
    )
}

/// `accord eval [extraction] GOLD... --corpus DIR`: runs the extractor over gold-annotated articles and prints per-field scores.
struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the extractor against gold annotations (JSONL, annotation-guide.md).",
        discussion: """
            Each gold line names an article by its path under a --corpus root. Bad gold lines and missing \
            articles are reported (file:line and reason) and skipped; the exit code is non-zero only \
            when a gold file itself cannot be read. The report breaks the scores down per era, \
            instrument kind and event.
            """
    )

    @OptionGroup var input: GoldOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "List every disagreement (path, field, gold, predicted).")
    var verbose = false

    @Flag(help: "Score the rules' candidates without the decision model.")
    var rulesOnly = false

    /// The JSON shape of `--json`.
    struct Output: Encodable {
        var goldFiles: [String]
        var corpus: [String]
        /// Gold lines and articles that were skipped, with the reason.
        var skipped: [String]
        var report: EvaluationReport
    }

    func run() throws {
        let (items, skipped, unreadable) = input.load()
        let extractor = rulesOnly ? Extractor(model: nil) : Extractor()
        let cases = items.map { EvaluationCase(gold: $0.gold.record, predicted: extractor.extract($0.article)) }
        var report = Evaluation.score(cases)
        if !verbose { report.disagreements = [] }
        for e in unreadable { GoldOptions.warn("accord eval: \(e)") }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Output(goldFiles: input.gold, corpus: input.corpus, skipped: skipped, report: report))
            print(String(decoding: data, as: UTF8.self))
        } else {
            for s in skipped { GoldOptions.warn("accord eval: skipped \(s)") }
            print(report.renderTable())
            if verbose && !report.disagreements.isEmpty {
                print("\nDisagreements (path, field, gold, predicted):")
                print(report.renderDisagreements())
            }
        }
        if !unreadable.isEmpty { throw ExitCode(1) }
    }
}
