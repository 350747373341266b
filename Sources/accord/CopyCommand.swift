import AccordStore
import ArgumentParser
import Foundation

/// `accord copy --from sqlite:PATH --to postgres://…`: move a registry between backends.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole registry (articles, revisions, corrections) into another database, e.g. SQLite to PostgreSQL.",
        discussion: """
            Articles are replayed oldest first with their stored text and extraction, so the target links \
            them by the same rules; hand corrections are replayed on the matching instruments. Copying into \
            a registry that already holds some of the articles skips them as duplicates.
            """)

    @Option(help: "Source database: PATH, sqlite:PATH or postgres://user:pass@host:port/db.") var from: String
    @Option(help: "Target database (created and migrated when needed).") var to: String
    @Option(help: "Articles per write transaction.") var batchSize = 256
    @Flag(help: "Print the summary as JSON on stdout.") var json = false

    func run() async throws {
        try await reporting {
            guard from != to else { throw ValidationError("--from and --to name the same database") }
            let clock = SystemClock()
            let tokenizer = ThaiAwareTokenizer.standard
            let source: any RegistryStore & ArticleEnumerating
            switch try StoreLocation.parse(from) {
            case .sqlite(let path):
                guard FileManager.default.fileExists(atPath: path) else {
                    throw ValidationError("--from \(path): no such database file")
                }
                source = try SQLiteRegistry(path: path, clock: clock, tokenizer: tokenizer)
            case .postgres(let info):
                source = try await PostgresRegistry(info, clock: clock, tokenizer: tokenizer)
            }
            if case .postgres(let info) = try StoreLocation.parse(to) {
                _ = try await PostgresRegistry.migrate(info, createDatabase: true)
            }
            let target = try await StoreConfiguration(databasePath: to).open(clock: clock, tokenizer: tokenizer)
            let terminal = isatty(STDERR_FILENO) == 1
            let summary = try await RegistryCopy.copy(from: source, to: target, batchSize: batchSize) { n in
                if terminal { FileHandle.standardError.write(Data("\rcopied \(n) articles".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            if json {
                print(try Output.json(summary))
            } else {
                print("""
                    copied \(summary.articles) articles (\(summary.duplicates) already present) in \(String(format: "%.1f", summary.seconds)) s
                    replayed \(summary.corrections) corrections\(summary.correctionsSkipped > 0 ? ", skipped \(summary.correctionsSkipped) (instrument without timeline)" : "")
                    """)
            }
        }
    }
}
