import AccordCore
import Foundation
import ThaiText

/// Where the database lives: `--database` flag, else `ACCORD_DATABASE`, else `./accord.sqlite`.
public struct StoreConfiguration: Sendable, Equatable {
    public var databasePath: String

    /// Resolves once at start-up, in precedence order flag > environment > default.
    public static func resolve(flag: String?, environment: [String: String]) -> StoreConfiguration {
        if let flag, !flag.isEmpty { return StoreConfiguration(databasePath: flag) }
        if let env = environment["ACCORD_DATABASE"], !env.isEmpty { return StoreConfiguration(databasePath: env) }
        return StoreConfiguration(databasePath: "accord.sqlite")
    }

    public init(databasePath: String) { self.databasePath = databasePath }
}
