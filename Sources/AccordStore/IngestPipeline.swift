import AccordCore
import AccordExtraction
import Foundation

/// One file that could not be ingested, and why.
public struct IngestFailure: Error, Sendable, Codable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Where an ingest run stands, for progress display.
public struct IngestProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var failures: Int
    /// Seconds since the run started.
    public var elapsed: Double
}

/// What an ingest run did, for the closing summary (`--json` encodes it).
public struct IngestSummary: Sendable, Codable, Equatable {
    /// Files attempted.
    public var read = 0
    /// Articles stored for the first time.
    public var new = 0
    /// Articles stored as a new revision of a known newsId.
    public var revised = 0
    /// Articles whose identical text was already stored.
    public var duplicates = 0
    /// Stored (new or revised) articles that report an agreement event.
    public var agreementNews = 0
    public var instrumentsCreated = 0
    public var instrumentsUpdated = 0
    /// Files found in directories but skipped for not being `*.txt` articles.
    public var ignored = 0
    public var failures: [IngestFailure] = []
    public var seconds = 0.0

    public init() {}
}

/// Reads files, extracts in parallel and writes batches through one writer.
///
/// Extraction of batch n+1 overlaps the write of batch n; each batch is one transaction in the
/// store, so an interrupted run leaves whole batches and a rerun skips them as duplicates.
public struct IngestPipeline: Sendable {
    public var store: any RegistryStore
    public var extractor: Extractor
    public var batchSize: Int
    public var workers: Int

    public init(store: any RegistryStore, extractor: Extractor = Extractor(), batchSize: Int = 256, workers: Int = 2) {
        self.store = store
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
    }

    /// The article files named by `paths`: files as given, directories walked for `*.txt`, sorted.
    /// Paths that do not exist come back as failures.
    public static func collect(_ paths: [String]) -> (files: [URL], ignored: Int, failures: [IngestFailure]) {
        var files: [URL] = []
        var ignored = 0
        var failures: [IngestFailure] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                failures.append(IngestFailure(path: p, reason: "no such file or directory"))
                continue
            }
            guard isDir.boolValue else {
                files.append(URL(fileURLWithPath: p))
                continue
            }
            // Path strings, not URL resource values: listing 17k files must cost milliseconds.
            guard let e = fm.enumerator(atPath: p) else {
                failures.append(IngestFailure(path: p, reason: "cannot list directory"))
                continue
            }
            let base = p.hasSuffix("/") ? p : p + "/"
            var found: [String] = []
            while let relative = e.nextObject() as? String {
                guard relative.lowercased().hasSuffix(".txt") else {
                    if (e.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { ignored += 1 }
                    continue
                }
                if (e.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { continue }
                found.append(base + relative)
            }
            files.append(contentsOf: found.sorted().map { URL(fileURLWithPath: $0) })
        }
        return (files, ignored, failures)
    }

    /// Ingests every article under `paths`; never throws for a bad file (it is listed in the summary).
    public func run(paths: [String], progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }) async -> IngestSummary {
        let start = Date()
        let (files, ignored, collectFailures) = Self.collect(paths)
        var summary = IngestSummary()
        summary.ignored = ignored
        summary.failures = collectFailures
        summary.read = files.count
        var created = Set<Int64>(), updated = Set<Int64>()
        let batches = stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min($0 + batchSize, files.count)]) }
        var done = 0

        var pending: Task<[Prepared], Never>? = batches.first.map { first in
            Task { await self.prepare(first) }
        }
        for index in batches.indices {
            let results = await pending!.value
            // Start reading and extracting the next batch while this one is written.
            pending = index + 1 < batches.count ? Task { [next = batches[index + 1]] in await self.prepare(next) } : nil
            var items: [IngestItem] = []
            for r in results {
                switch r {
                case .item(let item): items.append(item)
                case .stored: summary.duplicates += 1
                case .failure(let f): summary.failures.append(f)
                }
            }
            for (item, outcome) in await write(items, failures: &summary.failures) {
                switch outcome.disposition {
                case .new: summary.new += 1
                case .revised: summary.revised += 1
                case .duplicate: summary.duplicates += 1
                }
                if outcome.disposition != .duplicate && item.extraction.isAgreementNews { summary.agreementNews += 1 }
                created.formUnion(outcome.createdInstruments)
                updated.formUnion(outcome.updatedInstruments)
            }
            done += batches[index].count
            progress(IngestProgress(done: done, total: files.count, failures: summary.failures.count, elapsed: Date().timeIntervalSince(start)))
        }
        summary.instrumentsCreated = created.count
        summary.instrumentsUpdated = updated.subtracting(created).count
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Writes one batch; when the batch transaction fails, retries item by item so one bad
    /// article is reported instead of losing its neighbours.
    func write(_ items: [IngestItem], failures: inout [IngestFailure]) async -> [(IngestItem, IngestOutcome)] {
        guard !items.isEmpty else { return [] }
        if let outcomes = try? await store.ingest(items) { return Array(zip(items, outcomes)) }
        var out: [(IngestItem, IngestOutcome)] = []
        for item in items {
            do {
                if let o = try await store.ingest([item]).first { out.append((item, o)) }
            } catch {
                failures.append(IngestFailure(path: item.path ?? item.extraction.source.title, reason: "cannot store: \(error)"))
            }
        }
        return out
    }

    /// A file after reading: to store, already stored (same text), or unreadable.
    enum Prepared: Sendable {
        case item(IngestItem)
        case stored(path: String)
        case failure(IngestFailure)
    }

    /// Reads and hashes files, asks the store which texts it already has, and extracts only the
    /// others; `workers` parallel tasks per phase; results in input order.
    func prepare(_ files: [URL]) async -> [Prepared] {
        let read: [Result<Article, IngestFailure>] = await parallel(files) { url in
            do throws(ArticleReadError) { return .success(try ArticleReader.read(contentsOf: url)) } catch { return .failure(IngestFailure(path: error.path, reason: Self.reason(error))) }
        }
        let hashes: [String?] = await parallel(read) { r in (try? r.get()).map { ContentHash.sha256($0.text) } }
        // When the store cannot answer, everything is extracted and the store sorts out duplicates.
        let known = (try? await store.storedContentHashes(hashes.compactMap { $0 })) ?? []
        let extractor = self.extractor
        let indices = Array(files.indices)
        return await parallel(indices) { i -> Prepared in
            switch read[i] {
            case .failure(let f): return .failure(f)
            case .success(let article):
                if let h = hashes[i], known.contains(h) { return .stored(path: files[i].path) }
                return .item(IngestItem(text: article.text, path: files[i].path, extraction: extractor.extract(article), contentHash: hashes[i]))
            }
        }
    }

    /// `transform` over `input` on `workers` tasks (strided), results in input order.
    func parallel<In: Sendable, Out: Sendable>(_ input: [In], _ transform: @escaping @Sendable (In) -> Out) async -> [Out] {
        let workers = min(self.workers, max(1, input.count))
        return await withTaskGroup(of: [(Int, Out)].self) { group in
            for w in 0..<workers {
                group.addTask {
                    var out: [(Int, Out)] = []
                    for i in stride(from: w, to: input.count, by: workers) { out.append((i, transform(input[i]))) }
                    return out
                }
            }
            var all = [Out?](repeating: nil, count: input.count)
            for await part in group { for (i, r) in part { all[i] = r } }
            return all.map { $0! }
        }
    }

    /// Reads one file and extracts it; a read error becomes a failure naming the file.
    public static func prepare(_ url: URL, extractor: Extractor) -> Result<IngestItem, IngestFailure> {
        do {
            let article = try ArticleReader.read(contentsOf: url)
            return .success(IngestItem(text: article.text, path: url.path, extraction: extractor.extract(article)))
        } catch {
            return .failure(IngestFailure(path: error.path, reason: Self.reason(error)))
        }
    }

    /// The reason part of a read error, without the path (the failure carries it).
    static func reason(_ e: ArticleReadError) -> String {
        let d = e.description
        let prefix = e.path + ": "
        return d.hasPrefix(prefix) ? String(d.dropFirst(prefix.count)) : d
    }
}
