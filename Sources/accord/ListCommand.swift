import AccordStore
import ArgumentParser

/// `accord list`: instruments matching filters, newest first.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List instruments, newest activity first.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Maximum rows.") var limit = 50
    @Option(help: "Rows to skip.") var offset = 0
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let registry = try await store.open(readOnly: true)
        let filter = try filters.filter()
        let page = try await reporting { try await registry.instruments(filter, page: PageRequest(offset: offset, limit: limit)) }
        if json { print(try Output.json(page)); return }
        print("\(page.total) instrument(s)" + (page.total > page.items.count ? ", showing \(page.offset + 1)–\(page.offset + page.items.count)" : ""))
        for s in page.items { print(Output.row(s)) }
    }
}
