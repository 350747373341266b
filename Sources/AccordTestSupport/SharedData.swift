import Foundation

/// Locates the project's shared data (`../shared` beside the package) for tests and benchmarks.
///
/// Tests that need the dev corpus skip with a clear message when it is absent, so the package
/// still tests on a machine without `shared/`.
public enum SharedData {
    /// The package root, derived from this file's path at compile time.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, overridable with `ACCORD_SHARED`.
    public static var sharedDirectory: URL {
        if let env = ProcessInfo.processInfo.environment["ACCORD_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// `../shared/seeds` when present, else the copy shipped with this target (the tests need the seeds
    /// on a fresh clone without the sibling folder).
    public static var seedsDirectory: URL {
        let shared = sharedDirectory.appendingPathComponent("seeds")
        if FileManager.default.fileExists(atPath: shared.appendingPathComponent("README.md").path) { return shared }
        return bundledSeedsDirectory
    }

    /// The copy of the five seed articles and their expectations kept with the tests
    /// (`Tests/Fixtures/seeds`, public domain), so the tests that need them run without ../shared;
    /// a test keeps it identical to ../shared/seeds.
    public static var bundledSeedsDirectory: URL {
        packageRoot.appendingPathComponent("Tests/Fixtures/seeds")
    }

    /// True when `../shared/seeds` itself is present (to check the shipped copy against it).
    public static var sharedSeedsPresent: Bool {
        FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("seeds/README.md").path)
    }

    /// `../shared/spec`.
    public static var specDirectory: URL { sharedDirectory.appendingPathComponent("spec") }

    /// The seed articles (`NNN_*.txt`), sorted; empty when the seeds are absent.
    public static func seedArticles() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: seedsDirectory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// True when `../shared/seeds` holds the seed articles.
    public static var seedsAvailable: Bool { !seedArticles().isEmpty }
}

/// The dev corpus (`../shared/corpus/thaigov-dev.tar.gz`), unpacked once into a cache directory.
public enum DevCorpus {
    /// The tarball's location.
    public static var tarball: URL {
        SharedData.sharedDirectory.appendingPathComponent("corpus/thaigov-dev.tar.gz")
    }

    /// True when the tarball is present (tests that need it skip otherwise).
    public static var isAvailable: Bool {
        if let dir = ProcessInfo.processInfo.environment["ACCORD_CORPUS_DIR"], !dir.isEmpty {
            return FileManager.default.fileExists(atPath: dir)
        }
        return FileManager.default.fileExists(atPath: tarball.path)
    }

    /// Why corpus tests are skipped, for the test report.
    public static let skipMessage = "dev corpus absent: put thaigov-dev.tar.gz in ../shared/corpus (or set ACCORD_CORPUS_DIR to an unpacked copy)"

    private static let lock = NSLock()

    /// The unpacked corpus root: `ACCORD_CORPUS_DIR` when set, else the tarball unpacked under the
    /// temporary directory (keyed by the tarball's size, reused by later runs).
    public static func root() throws -> URL {
        if let dir = ProcessInfo.processInfo.environment["ACCORD_CORPUS_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        lock.lock()
        defer { lock.unlock() }
        let attrs = try FileManager.default.attributesOfItem(atPath: tarball.path)
        let size = (attrs[.size] as? NSNumber)?.intValue ?? 0
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("accord-dev-corpus-\(size)")
        let done = target.appendingPathComponent(".unpacked")
        if FileManager.default.fileExists(atPath: done.path) { return target }
        // Unpack into a fresh directory and mark it complete, so an interrupted unpack is redone.
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("accord-dev-corpus-\(size)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xzf", tarball.path, "-C", staging.path]
        try tar.run()
        tar.waitUntilExit()
        guard tar.terminationStatus == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: tarball.path])
        }
        FileManager.default.createFile(atPath: staging.appendingPathComponent(".unpacked").path, contents: Data())
        if (try? FileManager.default.moveItem(at: staging, to: target)) == nil {
            // Another process won the race; use its copy.
            try? FileManager.default.removeItem(at: staging)
        }
        return target
    }

    /// Every article file (`*.txt`) below the corpus root, as paths relative to it, sorted.
    public static func articlePaths() throws -> [String] {
        let base = try root()
        let basePath = base.standardizedFileURL.path
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        for case let url as URL in e where url.pathExtension == "txt" {
            let p = url.standardizedFileURL.path
            out.append(String(p.dropFirst(basePath.count + 1)))
        }
        return out.sorted()
    }

    /// A fixed, spread-out sample of `count` article paths: every k-th path of the sorted list.
    public static func sample(_ count: Int) throws -> [String] {
        let all = try articlePaths()
        guard all.count > count, count > 0 else { return all }
        let step = Double(all.count) / Double(count)
        return (0..<count).map { all[Int(Double($0) * step)] }
    }
}
