import AccordExtraction
import AccordStore
import ArgumentParser
import Foundation

/// `accord ingest PATH...`: read, extract, link and store articles.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest article files and directories (recursive, *.txt in corpus format) into the registry.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Files or directories.") var paths: [String]
    @Flag(help: "Print the summary as JSON on stdout.") var json = false
    @Option(help: "Articles per write transaction.") var batchSize = 256
    @Option(help: "Parallel extraction workers.") var workers = 2
    @Flag(help: "No progress on stderr (the closing summary is still printed).") var quiet = false

    func run() async throws {
        let registry = try await store.open()
        let pipeline = IngestPipeline(store: registry, batchSize: batchSize, workers: workers)
        let terminal = isatty(STDERR_FILENO) == 1
        let quiet = self.quiet
        let summary = await pipeline.run(paths: paths) { p in
            if !quiet { Progress.report(p, terminal: terminal) }
        }
        if terminal && !quiet { FileHandle.standardError.write(Data("\n".utf8)) }
        if json {
            print(try Output.json(summary))
        } else {
            print("""
                read \(summary.read) files in \(String(format: "%.1f", summary.seconds)) s \
                (\(String(format: "%.0f", Double(summary.read) / max(summary.seconds, 0.001))) articles/s)
                stored \(summary.new) new, \(summary.revised) revised; \(summary.duplicates) duplicates skipped; \(summary.ignored) non-article files ignored
                agreement news \(summary.agreementNews); instruments created \(summary.instrumentsCreated), updated \(summary.instrumentsUpdated)
                failures \(summary.failures.count)
                """)
            for f in summary.failures { print("  \(f.path): \(f.reason)") }
        }
        if !summary.failures.isEmpty && summary.new + summary.revised + summary.duplicates == 0 { throw ExitCode(1) }
    }
}

/// Progress on stderr: a redrawn bar on a terminal, a plain line every few batches otherwise.
enum Progress {
    static func report(_ p: IngestProgress, terminal: Bool) {
        let rate = Double(p.done) / max(p.elapsed, 0.001)
        let eta = rate > 0 ? Double(p.total - p.done) / rate : 0
        if terminal {
            let width = 30
            let filled = p.total == 0 ? width : width * p.done / p.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = String(format: "\r%@ %d/%d  %.0f/s  ETA %.0fs  failures %d ", bar, p.done, p.total, rate, eta, p.failures)
            FileHandle.standardError.write(Data(line.utf8))
        } else if p.done == p.total || p.done % 2048 < 256 {
            let line = String(format: "ingested %d/%d (%.0f/s, ETA %.0fs, failures %d)\n", p.done, p.total, rate, eta, p.failures)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
