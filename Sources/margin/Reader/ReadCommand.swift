#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import Glibc
import MarginaliaCore
import MarginaliaTerminal
import MarginaliaUI

/// `margin [read] [PATH...]`: the terminal reader (the default subcommand).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles (files or folders); with no PATH, the bundled seeds/ or the articles read before."
    )

    @Argument(help: "Article files or folders. A single file opens straight into the article.")
    var paths: [String] = []

    @Option(name: .long, help: "Read settings from this config file instead of $XDG_CONFIG_HOME/marginalia/config.")
    var config: String?

    @Option(name: .long, help: "The widest the reading column gets (overrides the config file).")
    var width: Int?

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var samples: SamplesOption

    /// A PATH that does not exist is most likely a mistyped subcommand (`read` is the default): say so as a
    /// usage error rather than opening an empty reader.
    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("'\(path)' is neither a subcommand nor an existing file or folder.")
        }
    }

    func run() throws {
        try ReaderLaunch.run(
            paths: paths + (try samples.paths()), configPath: config, width: width, dataDir: storeOptions.dataDir)
    }
}

/// Starting the reader, shared by `ReadCommand` and the start-up fast path (`ReaderLaunch.runWithoutParsing`).
enum ReaderLaunch {
    /// Opens the reader; throws `ExitCode(1)` after printing a message when it cannot.
    static func run(paths: [String], configPath: String?, width: Int?, dataDir: String?) throws {
        let environment = ProcessInfo.processInfo.environment
        var settings: ReaderConfig
        do {
            settings = try ConfigFile.load(explicitPath: configPath, environment: environment)
        } catch {
            printError("margin: \(error)\n")
            throw ExitCode(1)
        }
        if let width {
            guard (20...1000).contains(width) else {
                throw ValidationError("--width must be from 20 to 1000")
            }
            settings.readingWidth = width
        }
        do {
            try TerminalCheck.check(environment: environment)
        } catch {
            printError("\(error)\n")
            throw ExitCode(1)
        }
        let store: AnnotationStore?
        var storeProblem: String?
        do {
            store = try AnnotationStore(dataDir: dataDir, environment: environment)
        } catch {
            store = nil
            storeProblem = "\(error)"
        }
        var session = ReaderSession.make(paths: paths, store: store)
        for problem in session.problems + [storeProblem].compactMap({ $0 }) {
            printError("margin: \(problem)\n")
        }
        if !paths.isEmpty && session.items.isEmpty {
            throw ExitCode(1)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(palette: settings.palette, useColor: settings.useColor, environment: environment)
        } catch {
            printError("\(error)\n")
            throw ExitCode(1)
        }
        // Notes open in $VISUAL / $EDITOR with the terminal handed over, and the size re-read afterwards.
        session.environment.annotations.editNote = { note in
            switch terminal.suspend({ NoteEditor.edit(note, environment: environment) }).result {
            case .success(let text): .success(text)
            case .failure(let failure): .failure(.init(failure.description))
            }
        }
        session.environment.annotations.screenSize = { terminal.size }
        let size = terminal.size
        var state = AppState(
            rows: size.rows, columns: size.columns, config: settings,
            library: LibraryState(items: session.items, emptyNotice: session.emptyNotice))
        if session.opensArticle, let item = session.items.first {
            state.singleArticle = true
            state.defersAnnotationLoading = true
            ReaderLoop.perform([.openArticle(item)], on: &state, environment: session.environment)
        }
        var screen = terminal
        var input = terminal
        ReaderLoop.run(state, screen: &screen, input: &input, environment: session.environment)
        terminal.close()
    }

    /// The plain `margin [PATH...]` command line (no options, every PATH an existing file or folder, none a
    /// subcommand name) runs the reader without building argument-parser's command tree, which costs a
    /// few milliseconds of type metadata at start-up (Docs/PERFORMANCE.md). Returns the exit status, or nil
    /// when argument-parser must read the command line.
    static func runWithoutParsing(_ arguments: [String]) -> Int32? {
        // Subcommand names are only looked up for bare words (a path with `/` or `.` cannot be one): reading
        // the command types' configurations is itself start-up work.
        func isSubcommand(_ word: String) -> Bool {
            guard !word.contains("/") && !word.contains(".") else { return false }
            return word == "help" || Margin.configuration.subcommands.contains { $0.configuration.commandName == word }
        }
        for argument in arguments {
            if argument.hasPrefix("-") || !FileManager.default.fileExists(atPath: argument) || isSubcommand(argument) {
                return nil
            }
        }
        do {
            try run(paths: arguments, configPath: nil, width: nil, dataDir: nil)
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            printError("margin: \(error)\n")
            return 1
        }
    }
}

/// Writes a message to standard error.
func printError(_ message: String) {
    _ = message.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
}
