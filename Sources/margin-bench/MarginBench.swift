import ArgumentParser

/// `margin-bench`: the project's benchmarks; each subcommand generates its input and prints what it measured.
@main
struct MarginBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin-bench",
        abstract: "Measure Marginalia's performance targets (run with a release build: swift run -c release margin-bench ...).",
        subcommands: [
            ImportBenchmark.self, StoreBenchmark.self, StoreWriter.self, ExportBenchmark.self, ReaderBenchmark.self,
            TagBenchmark.self,
        ]
    )
}
