import AccordStore
import Foundation
import Logging

/// The five shipped sample articles, loaded into an empty registry so a new user sees data at once.
public enum SampleLoader {
    /// The sample texts in order (`Resources/Samples/sample-N.txt`).
    public static func texts() throws(WebStartupError) -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        for n in 1...5 {
            let name = "sample-\(n).txt"
            guard let url = Bundle.module.url(forResource: "sample-\(n)", withExtension: "txt", subdirectory: "Samples") else {
                throw .sampleUnreadable(name: name, reason: "missing from the package resources")
            }
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                throw .sampleUnreadable(name: name, reason: "unreadable or not UTF-8")
            }
            out.append((name, text))
        }
        return out
    }

    /// Ingests the samples when the registry holds no instrument; returns how many were stored.
    @discardableResult
    public static func loadIfEmpty(_ deps: AppDependencies) async throws -> Int {
        let existing = try await deps.store.instruments(InstrumentFilter(), page: PageRequest(offset: 0, limit: 1))
        guard existing.total == 0 else { return 0 }
        var stored = 0
        for (name, text) in try texts() {
            let result = try await deps.ingest(text: text, path: "samples/" + name)
            if result.outcome.disposition != .duplicate { stored += 1 }
        }
        deps.logger.notice("loaded sample articles into the empty registry", metadata: ["count": "\(stored)"])
        return stored
    }
}
