import AccordStore
import ArgumentParser
import Foundation

/// `accord migrate [--database URL]`: create or upgrade a database explicitly.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the registry database (SQLite file or PostgreSQL URL) to this version's schema.",
        discussion: "A missing PostgreSQL database is created first when the user may create databases.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reporting {
            let (where_, result): (String, (applied: [String], all: [String]))
            switch try store.configuration.location() {
            case .sqlite(let path):
                (where_, result) = (path, try SQLiteRegistry.migrate(path: path))
            case .postgres(let info):
                let r = try await PostgresRegistry.migrate(info, createDatabase: true)
                if r.created { print("\(info.description): created database \(info.database)") }
                (where_, result) = (info.description, (r.applied, r.all))
            }
            if result.applied.isEmpty {
                print("\(where_): up to date (\(result.all.count) migrations)")
            } else {
                print("\(where_): applied \(result.applied.count) of \(result.all.count) migrations")
                for name in result.applied { print("  \(name)") }
            }
        }
    }
}
