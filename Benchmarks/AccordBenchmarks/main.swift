import Foundation
import AccordCore
import AccordExtraction
import AccordTestSupport

// Extraction throughput over the whole dev corpus, on one core.
// Files are loaded into memory first so that the figure measures reading (decoding, header parsing)
// and extraction, not the disk.
let args = CommandLine.arguments.dropFirst()
let root: URL
if let dir = args.first {
    root = URL(fileURLWithPath: dir)
} else {
    root = try DevCorpus.root()
}
var loaded: [(String, Data)] = []
if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
    for case let url as URL in e where url.pathExtension == "txt" {
        if let d = try? Data(contentsOf: url) { loaded.append((url.path, d)) }
    }
}
let files = loaded.sorted { $0.0 < $1.0 }
let bytes = files.reduce(0) { $0 + $1.1.count }
let extractor = Extractor()

func pass(_ files: [(String, Data)], _ extractor: Extractor) -> (seconds: Double, positives: Int, agreements: Int) {
    var positives = 0, agreements = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for (path, data) in files {
        guard let article = try? ArticleReader.read(data: data, path: path) else { continue }
        let e = extractor.extract(article)
        if e.isAgreementNews { positives += 1 }
        agreements += e.agreements.count
    }
    let end = DispatchTime.now().uptimeNanoseconds
    return (Double(end - start) / 1e9, positives, agreements)
}

_ = pass(files, extractor) // warm-up (lazy lexicons, page faults)
var best = Double.infinity
var last = (seconds: 0.0, positives: 0, agreements: 0)
for _ in 0..<3 {
    last = pass(files, extractor)
    best = min(best, last.seconds)
}
let mb = Double(bytes) / 1_000_000
print("corpus: \(root.path)")
print("articles: \(files.count), \(String(format: "%.1f", mb)) MB")
print("agreement news: \(last.positives), agreements: \(last.agreements)")
print(String(format: "best of 3: %.2f s  →  %.0f articles/s, %.1f MB/s (one core)", best, Double(files.count) / best, mb / best))
