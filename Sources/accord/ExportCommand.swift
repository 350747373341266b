import AccordStore
import AccordWeb
import ArgumentParser
import Foundation

/// `accord export --format csv|json|ics`: the registry (or a filtered part) for other tools.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export instruments as CSV, JSON or iCalendar.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, ics }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "csv, json or ics (signings and term ends as calendar events).") var format: Format
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

    func run() async throws {
        let registry = try await store.open(readOnly: true)
        let filter = try filters.filter()
        let records = try await reporting { try await registry.export(filter) }
        // The same exporters as the web's /export routes: one format, one implementation.
        let text: String
        switch format {
        case .csv: text = Exports.csv(records)
        case .json: text = try Exports.json(records) + "\n"
        case .ics: text = Exports.iCalendar(records, stamp: Date())
        }
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                throw ValidationError("\(output): cannot write: \(error.localizedDescription)")
            }
            Output.stderr("wrote \(records.count) instrument(s) to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
