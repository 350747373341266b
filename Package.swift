// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Accord",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .library(name: "ThaiText", targets: ["ThaiText"]),
        .library(name: "AccordCore", targets: ["AccordCore"]),
        .library(name: "AccordExtraction", targets: ["AccordExtraction"]),
        .library(name: "AccordStore", targets: ["AccordStore"]),
        .library(name: "AccordWeb", targets: ["AccordWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        // Thai-language primitives; Foundation only.
        .target(
            name: "ThaiText",
            resources: [
                .copy("Resources/words_th.txt"),
                .copy("Resources/domain_th.txt"),
                .copy("Resources/NOTICE"),
            ],
            swiftSettings: strict
        ),
        // The domain: value types that encode to the JSON of the spec.
        .target(
            name: "AccordCore",
            dependencies: ["ThaiText"],
            resources: [.copy("Resources/thai-agencies.tsv"), .copy("Resources/thai-agencies.NOTICE")],
            swiftSettings: strict
        ),
        // Article reading and the extractor: pure functions from text to core values.
        .target(
            name: "AccordExtraction",
            dependencies: ["ThaiText", "AccordCore"],
            resources: [.copy("Resources/decision-model.json")],
            swiftSettings: strict
        ),
        // The registry behind a protocol; SQLite through GRDB, PostgreSQL through PostgresNIO.
        .target(
            name: "AccordStore",
            dependencies: [
                "ThaiText", "AccordCore", "AccordExtraction",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The web application (`accord serve`): Hummingbird 2 server, JSON API, HTML pages; pure renderers and exports in Views/.
        .target(
            name: "AccordWeb",
            dependencies: [
                "ThaiText", "AccordCore", "AccordExtraction", "AccordStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources/Samples"), .copy("Resources/openapi.json")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "accord",
            dependencies: [
                "ThaiText", "AccordCore", "AccordExtraction", "AccordStore", "AccordWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        // Times WordSegmenter on a folder of articles (scripts/bench-segment.sh); not a product.
        .executableTarget(
            name: "accord-segment-bench",
            dependencies: ["ThaiText"],
            path: "Benchmarks/SegmentBench",
            swiftSettings: strict
        ),
        // Extraction throughput over the dev corpus: scripts/bench-extract.sh.
        .executableTarget(
            name: "AccordBenchmarks",
            dependencies: ["AccordExtraction", "AccordCore", "AccordTestSupport"],
            path: "Benchmarks/AccordBenchmarks",
            swiftSettings: strict
        ),
        // Minimal Hummingbird server, the baseline of scripts/bench-web.sh; not a product.
        .executableTarget(
            name: "HelloWorld",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/HelloWorld",
            swiftSettings: strict
        ),
        // libFuzzer targets (scripts/fuzz.sh); an ordinary build replays inputs. Not a product.
        .executableTarget(
            name: "accord-fuzz",
            dependencies: ["ThaiText", "AccordCore", "AccordExtraction", "AccordStore"],
            path: "Fuzz/AccordFuzz",
            swiftSettings: strict
        ),
        // Locates ../shared (seeds, spec, dev corpus) for tests and benchmarks; not a product.
        .target(name: "AccordTestSupport", swiftSettings: strict),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText", "AccordTestSupport"], swiftSettings: strict),
        .testTarget(name: "AccordCoreTests", dependencies: ["AccordCore"], swiftSettings: strict),
        .testTarget(
            name: "AccordExtractionTests",
            dependencies: ["AccordExtraction", "AccordCore", "ThaiText", "AccordTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AccordStoreTests",
            dependencies: [
                "AccordStore", "AccordExtraction", "AccordCore", "AccordTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AccordWebTests",
            dependencies: [
                "AccordWeb", "AccordStore", "AccordExtraction", "AccordCore", "AccordTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
    ]
)
