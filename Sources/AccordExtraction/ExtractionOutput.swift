import Foundation
import AccordCore

/// The JSON the `accord extract` command prints, and the batch logic behind it.
public enum ExtractionOutput {
    /// One extraction as JSON; with `path`, the object also carries the file it was read from.
    public static func json(_ e: Extraction, path: String? = nil, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(e)
        guard let path else { return data }
        // Insert "path" as the first key of the object.
        guard var obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return data }
        obj["path"] = path
        var opts: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { opts.insert(.prettyPrinted) }
        return try JSONSerialization.data(withJSONObject: obj, options: opts)
    }

    /// The result of extracting one file of a batch.
    public enum FileResult: Sendable {
        case extracted(path: String, Extraction)
        case failed(ArticleReadError)
    }

    /// Reads and extracts each file; a bad file is reported and the batch goes on.
    public static func run(paths: [String], extractor: Extractor = Extractor()) -> [FileResult] {
        paths.map { path in
            do {
                let article = try ArticleReader.read(contentsOf: URL(fileURLWithPath: path))
                return .extracted(path: path, extractor.extract(article))
            } catch let error as ArticleReadError {
                return .failed(error)
            } catch {
                return .failed(.unreadable(path: path, reason: "\(error)"))
            }
        }
    }
}
