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
}
