import Foundation
import Testing
import AccordTestSupport

@Suite struct SharedDataTests {
    @Test(.enabled(if: SharedData.seedsAvailable, "seeds absent: ../shared/seeds"))
    func seedsHaveExpectations() throws {
        let seeds = SharedData.seedArticles()
        #expect(seeds.count == 5)
        for s in seeds {
            let expected = s.deletingPathExtension().appendingPathExtension("expected.json")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(expected.lastPathComponent) missing")
        }
    }

    @Test func theShippedSeedsAreAlwaysThere() {
        let shipped = (try? FileManager.default.contentsOfDirectory(at: SharedData.bundledSeedsDirectory, includingPropertiesForKeys: nil)) ?? []
        #expect(shipped.filter { $0.pathExtension == "txt" }.count == 5)
        #expect(SharedData.seedsAvailable)
    }

    @Test(.enabled(if: SharedData.sharedSeedsPresent, "../shared/seeds absent: nothing to compare the shipped copy with"))
    func theShippedSeedsEqualTheSharedOnes() throws {
        let shared = SharedData.sharedDirectory.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: shared.path) where name.hasSuffix(".txt") || name.hasSuffix(".json") {
            let a = try Data(contentsOf: shared.appendingPathComponent(name))
            let b = try Data(contentsOf: SharedData.bundledSeedsDirectory.appendingPathComponent(name))
            #expect(a == b, "\(name): the shipped copy differs from ../shared/seeds")
        }
    }
}
