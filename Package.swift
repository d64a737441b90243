// swift-tools-version: 6.0
// Tidings: a feed aggregator daemon. Module map and dependency direction: Docs/architecture.md.
import PackageDescription

let package = Package(
    name: "Tidings",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tidings", targets: ["tidings"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // GRDB also brings the SQLite system-library target (GRDBSQLite, apt: libsqlite3-dev).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Test-only: the loopback HTTP server the fetch and end-to-end tests run.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries; each shim header wraps what Swift cannot call directly.
        .systemLibrary(
            name: "CLibCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        .target(name: "TidingsModel"),
        .target(name: "TidingsParse", dependencies: ["TidingsModel", "CLibXML2"],
                // Writes Encoding/HTML5EntityTable.swift when run by hand; never part of the build.
                exclude: ["Encoding/generate-entities.py"]),
        .target(name: "TidingsFetch", dependencies: ["TidingsModel", "CLibCurl"]),
        .target(name: "TidingsDedup", dependencies: ["TidingsModel"]),
        .target(
            name: "TidingsStore",
            dependencies: ["TidingsModel", "TidingsDedup", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "TidingsExport", dependencies: ["TidingsModel"]),
        .target(
            name: "TidingsDaemon",
            dependencies: [
                "TidingsModel", "TidingsParse", "TidingsFetch", "TidingsDedup", "TidingsStore",
                "TidingsExport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]),
        .executableTarget(
            name: "tidings",
            dependencies: [
                "TidingsDaemon", "TidingsStore", "TidingsExport", "TidingsParse", "TidingsModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // Tests (Swift Testing). Support code shared by several test targets.
        .target(
            name: "TidingsTestSupport",
            dependencies: ["FlyingFox"],
            path: "Tests/TidingsTestSupport"),
        .testTarget(name: "TidingsParseTests", dependencies: ["TidingsParse", "TidingsModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TidingsFetchTests",
                    dependencies: ["TidingsFetch", "TidingsModel", "TidingsTestSupport"]),
        .testTarget(name: "TidingsDedupTests", dependencies: ["TidingsDedup", "TidingsModel"], exclude: ["Corpus"]),
        .testTarget(name: "TidingsStoreTests",
                    dependencies: ["TidingsStore", "TidingsModel", "TidingsDedup",
                                   .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TidingsExportTests",
                    dependencies: ["TidingsExport", "TidingsParse", "TidingsModel"]),
        .testTarget(name: "TidingsDaemonTests",
                    dependencies: ["TidingsDaemon", "TidingsStore", "TidingsModel",
                                   "TidingsFetch", "TidingsParse", "TidingsTestSupport"]),
        .testTarget(name: "TidingsCLITests",
                    dependencies: ["TidingsTestSupport"],
                    resources: [.copy("Feeds")]),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - developer targets (fuzz, bench)
// Not part of the application; see fuzz/README.md and bench/README.md.

// The libFuzzer target calls libFuzzer's driver, which only exists when built with
// `-sanitize=fuzzer`. It joins the package only when TIDINGS_FUZZ=1 so that plain `swift build`
// and `swift test` never see it; `fuzz/run` sets the variable.
if Context.environment["TIDINGS_FUZZ"] == "1" {
    package.targets.append(contentsOf: [
        // Declares libFuzzer's driver entry point; the library comes with `-sanitize=fuzzer`.
        .systemLibrary(name: "CLibFuzzer", path: "fuzz/CLibFuzzer"),
        .executableTarget(name: "TidingsFuzz", dependencies: ["TidingsParse", "TidingsModel", "CLibFuzzer"],
                          path: "Sources/TidingsFuzz"),
    ])
    package.products.append(.executable(name: "TidingsFuzz", targets: ["TidingsFuzz"]))
}

// The parse benchmark (bench/parse drives it): times FeedParser.parse on documents held in memory.
package.targets.append(
    .executableTarget(name: "ParseBench", dependencies: ["TidingsParse", "TidingsModel"],
                      path: "bench/ParseBench"))
package.products.append(.executable(name: "ParseBench", targets: ["ParseBench"]))

// The dedup ingest benchmark: items per second with near-duplicate matching as the store grows.
package.targets.append(
    .executableTarget(name: "DedupBench", dependencies: ["TidingsStore", "TidingsDedup", "TidingsModel"],
                      path: "bench/DedupBench"))
package.products.append(.executable(name: "DedupBench", targets: ["DedupBench"]))
