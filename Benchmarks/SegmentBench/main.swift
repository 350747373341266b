import Foundation
import ThaiText

// accord-segment-bench: times WordSegmenter over a folder of articles on one thread and writes the
// token lengths of a fixed sample, so scripts/bench-segment.sh can compare with PyThaiNLP.
//
// Usage: accord-segment-bench DIR [--sample N] [--tokens-out PREFIX] [--rounds R]
//   prints one JSON object with bytes, CPU seconds and MB/s (per CPU second) for the bundled segmenter (`thai`) and for
//   the general word list alone (`thaiGeneral`); with --tokens-out writes PREFIX.thai.jsonl and
//   PREFIX.general.jsonl: {"path": ..., "lengths": [token lengths in Unicode scalars]} per sample article.

struct Options {
    var directory = ""
    var sample = 500
    var tokensOut: String?
    var rounds = 1
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--sample": o.sample = Int(args.popFirst() ?? "") ?? o.sample
        case "--tokens-out": o.tokensOut = args.popFirst()
        case "--rounds": o.rounds = max(1, Int(args.popFirst() ?? "") ?? 1)
        default: o.directory = a
        }
    }
    guard !o.directory.isEmpty else {
        FileHandle.standardError.write(Data("usage: accord-segment-bench DIR [--sample N] [--tokens-out PREFIX] [--rounds R]\n".utf8))
        exit(2)
    }
    return o
}

func articlePaths(_ root: URL) -> [String] {
    let base = root.standardizedFileURL.path
    guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var out: [String] = []
    for case let url as URL in e where url.pathExtension == "txt" {
        out.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
    }
    return out.sorted()
}

let options = parseOptions()
let root = URL(fileURLWithPath: options.directory)
let paths = articlePaths(root)
var texts: [String] = []
var totalBytes = 0
for p in paths {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(p).path),
          let text = String(validating: data, as: UTF8.self)
    else {
        FileHandle.standardError.write(Data("skipping \(p): unreadable or not UTF-8\n".utf8))
        continue
    }
    texts.append(text)
    totalBytes += text.utf8.count
}

/// CPU time of this process: on a shared machine it measures the work, not the neighbours' load.
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var report: [String: Any] = ["articles": texts.count, "bytes": totalBytes]
for (name, make) in [("thai", { WordSegmenter.thai }), ("thaiGeneral", { WordSegmenter.thaiGeneral })] {
    let loadStart = cpuSeconds()
    let segmenter = make()
    let load = cpuSeconds() - loadStart
    var best = Double.infinity
    var bestWall = Double.infinity
    var tokens = 0
    for _ in 0..<options.rounds {
        tokens = 0
        let start = cpuSeconds()
        let wallStart = ContinuousClock.now
        for t in texts { tokens &+= segmenter.segment(t).count }
        best = min(best, cpuSeconds() - start)
        let wall = ContinuousClock.now - wallStart
        bestWall = min(bestWall, Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
    }
    report[name] = [
        "load_seconds": load, "seconds": best, "tokens": tokens,
        "mb_per_s": Double(totalBytes) / 1e6 / best,
        "wall_mb_per_s": Double(totalBytes) / 1e6 / bestWall,
    ]
}

if let prefix = options.tokensOut {
    let n = min(options.sample, paths.count)
    let step = Double(paths.count) / Double(max(n, 1))
    let picks = paths.count > n ? (0..<n).map { Int(Double($0) * step) } : Array(paths.indices)
    for (suffix, segmenter) in [("thai", WordSegmenter.thai), ("general", WordSegmenter.thaiGeneral)] {
        var out = ""
        for i in picks {
            let lengths = segmenter.words(texts[i]).map { String($0.unicodeScalars.count) }
            let path = paths[i].replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            out += "{\"path\": \"\(path)\", \"lengths\": [\(lengths.joined(separator: ","))]}\n"
        }
        try out.write(toFile: "\(prefix).\(suffix).jsonl", atomically: true, encoding: .utf8)
    }
}

let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
