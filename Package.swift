// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Marginalia",
    products: [
        .executable(name: "margin", targets: ["margin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure model: articles, importers, library, annotations, store, exporters.
        .target(name: "MarginaliaCore"),
        // Thin command-line wiring.
        .executableTarget(
            name: "margin",
            dependencies: [
                "MarginaliaCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks for the performance targets in the issues; figures go to Docs/PERFORMANCE.md.
        .executableTarget(
            name: "margin-bench",
            dependencies: [
                "MarginaliaCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarginaliaCoreTests", dependencies: ["MarginaliaCore"], exclude: ["Fixtures"]),
        // Runs the built `margin` binary (see MarginCLI.swift); depends on it so it is built first.
        .testTarget(name: "MarginCLITests", dependencies: ["margin", "MarginaliaCore"]),
    ],
    swiftLanguageModes: [.v6]
)
