// swift-tools-version:6.0
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
    ],
    targets: [
        .target(
            name: "CXapianShim",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        .target(
            name: "Indexer",
            dependencies: [
                "CXapianShim",
                .product(name: "Logging", package: "swift-log"),
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
