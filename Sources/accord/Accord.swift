import ArgumentParser

/// The `accord` command: thin subcommands wiring the libraries.
@main
struct Accord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "The registry of Thailand's international cooperation agreements, built from government news.",
        subcommands: [
            ExtractCommand.self, EvalCommand.self, TrainCommand.self, SegmentCommand.self,
            IngestCommand.self, MigrateCommand.self, CopyCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self,
            ExportCommand.self, LinkCommand.self,
            ServeCommand.self, BenchSearchCommand.self,
        ]
    )
}
