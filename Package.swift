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
                "MarginaliaUI",
                "MarginaliaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks for the performance targets in the issues; figures go to Docs/PERFORMANCE.md.
        .executableTarget(
            name: "margin-bench",
            dependencies: [
                "MarginaliaCore",
                "MarginaliaUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // ncursesw as Swift sees it (module map + shim header); only MarginaliaTerminal imports it.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Pure presentation: state, actions, reducer, keymap, layout, rendering into a Screen.
        .target(name: "MarginaliaUI", dependencies: ["MarginaliaCore"]),
        // The Screen and key input on ncurses; terminal set-up, tear-down, resize, signals.
        .target(name: "MarginaliaTerminal", dependencies: ["CNcurses", "MarginaliaUI"]),
        .testTarget(name: "MarginaliaUITests", dependencies: ["MarginaliaUI", "MarginaliaCore"]),
        // Runs the built `margin` in tmux as a person would.
        .testTarget(name: "EndToEndTests", dependencies: ["margin"]),
        .testTarget(name: "MarginaliaCoreTests", dependencies: ["MarginaliaCore"], exclude: ["Fixtures"]),
        // Runs the built `margin` binary (see MarginCLI.swift); depends on it so it is built first.
        .testTarget(name: "MarginCLITests", dependencies: ["margin", "MarginaliaCore"]),
    ],
    swiftLanguageModes: [.v6]
)
