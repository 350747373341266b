import ArgumentParser

/// The `accord` command: thin subcommands wiring the libraries.
@main
struct Accord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "The registry of Thailand's international cooperation agreements, built from government news.",
        discussion: """
            Exit codes: 0 success; 1 some input files could not be read (extract, eval, ingest name each one); \
            2 a bad value (filter, correction); 3 no such instrument, article or partner; 4 the database \
            cannot be opened or used; 64 a usage error (unknown option, missing argument).
            """,
        version: "accord 0.5.0 (2026-12-07)",
        subcommands: [
            ExtractCommand.self, EvalCommand.self, TrainCommand.self, SegmentCommand.self,
            IngestCommand.self, MigrateCommand.self, CopyCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self,
            ExportCommand.self, LinkCommand.self, DoctorCommand.self, AlertsCommand.self,
            ServeCommand.self, BenchSearchCommand.self,
        ]
    )
}
