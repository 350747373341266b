import ArgumentParser
import Foundation
import AccordExtraction

/// Gold files and the corpus roots their paths are relative to, shared by `eval` and `train`.
struct GoldOptions: ParsableArguments {
    @Argument(help: "Gold JSONL files; several are read together (a path annotated twice keeps its first line).")
    var gold: [String]

    @Option(help: "Corpus root the gold paths are relative to; repeat it for several corpora (the first root holding the file wins).")
    var corpus: [String]

    /// Why gold inputs could not be used; each case names the file.
    enum InputError: Error, CustomStringConvertible {
        case goldUnreadable(path: String, reason: String)
        case corpusMissing(path: String)

        var description: String {
            switch self {
            case .goldUnreadable(let p, let r): "cannot read gold file \(p): \(r)"
            case .corpusMissing(let p): "corpus directory \(p) does not exist"
            }
        }
    }

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one gold JSONL file") }
        if corpus.isEmpty { throw ValidationError("give at least one --corpus directory") }
        for root in corpus {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: root, isDirectory: &isDir) || !isDir.boolValue {
                throw ValidationError(InputError.corpusMissing(path: root).description)
            }
        }
    }

    /// One gold line with its article, read.
    struct Item {
        var gold: GoldLine
        var article: Article
    }

    /// Reads every gold file and article; bad lines and missing articles are listed in `skipped`
    /// (file:line and reason), unreadable gold files in `unreadable`.
    func load() -> (items: [Item], skipped: [String], unreadable: [InputError]) {
        var skipped: [String] = []
        var unreadable: [InputError] = []
        var lines: [GoldLine] = []
        for file in gold {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                unreadable.append(.goldUnreadable(path: file, reason: (error as NSError).localizedDescription))
                continue
            }
            let parsed = Evaluation.parseGold(text, file: file)
            skipped += parsed.errors.map(\.description)
            lines += parsed.lines
        }
        let unique = Evaluation.removingDuplicates(lines)
        skipped += unique.errors.map(\.description)
        let roots = corpus.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var items: [Item] = []
        for g in unique.lines {
            let candidates = roots.map { $0.appendingPathComponent(g.record.path) }
            let file = candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
            do {
                items.append(Item(gold: g, article: try ArticleReader.read(contentsOf: file)))
            } catch {
                skipped.append("\(g.file):\(g.line): \(error.description)")
            }
        }
        return (items, skipped, unreadable)
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
