import ThaiText
import AccordCore

/// One extraction over one article (work state kept out of the public `Extractor`).
struct ExtractionRun {
    let article: Article
    func run() -> [Agreement] { [] }
}
