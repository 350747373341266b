import Testing
import AccordTestSupport

@Suite struct CorpusLocatorTests {
    @Test(.enabled(if: DevCorpus.isAvailable, Comment(rawValue: DevCorpus.skipMessage)))
    func corpusUnpacksAndSamples() throws {
        let sample = try DevCorpus.sample(100)
        #expect(sample.count == 100)
        #expect(Set(sample).count == 100)
    }
}
