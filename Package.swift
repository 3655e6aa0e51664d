// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "search-cli",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Indexer", targets: ["Indexer"]),
        .executable(name: "search-cli", targets: ["search-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // `search-cli serve`; its default traits (swift-configuration, full Foundation) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Markdown front matter is YAML (libyaml, vendored by Yams).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "CXapianShim",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // libxml2's tolerant HTML parser behind a plain C API (apt-get install -y libxml2-dev).
        .target(
            name: "CHTMLShim",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // cmark-gfm, GitHub's CommonMark parser, behind a plain C API (apt-get install -y libcmark-gfm-dev).
        .target(
            name: "CMarkdownShim",
            linkerSettings: [.linkedLibrary("cmark-gfm")]
        ),
        .target(
            name: "Indexer",
            dependencies: [
                "CXapianShim",
                "CHTMLShim",
                "CMarkdownShim",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "search-cli",
            dependencies: [
                "Indexer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Indexer", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "IndexerTests",
            dependencies: ["Indexer", "TestSupport"]
        ),
        .testTarget(
            name: "SearchCLITests",
            dependencies: ["search-cli", "Indexer", "TestSupport"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
