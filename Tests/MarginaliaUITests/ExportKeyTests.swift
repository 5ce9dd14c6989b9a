import Foundation
import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// The export key: `x`, a file name (its extension chooses the format), Enter; the result on the status line.
@Suite struct ExportKeyTests {
    /// An environment whose export records the job and reports a fixed result.
    final class Recorder: @unchecked Sendable {
        var jobs: [ExportJob] = []

        var environment: ReaderEnvironment {
            ReaderEnvironment(
                openArticle: { _ in .failure(.init("not in this test")) }, saveReadingPosition: { _, _ in nil },
                export: { job in
                    self.jobs.append(job)
                    return StatusMessage("Exported 2 annotations to \(job.path)")
                })
        }
    }

    @Test func inAnArticleItExportsThatArticleToTheTypedFile() {
        var state = Fixtures.reading()
        Fixtures.type("x", into: &state)
        #expect(state.prompt?.kind == .export(articleID: "c0a91f7480b9ba36"))
        #expect(Fixtures.lines(state).last!.hasPrefix("Export article to: annotations-c0a91f74.md▏  (.md .csv .json .jsonld)"))
        Fixtures.press(.ctrl("u"), into: &state)
        Fixtures.type("notes/korea.csv", into: &state)
        let effects = Fixtures.press(.enter, into: &state)
        #expect(effects == [.export(ExportJob(articleID: "c0a91f7480b9ba36", path: "notes/korea.csv", format: .csv))])
        #expect(state.prompt == nil)
        let recorder = Recorder()
        ReaderLoop.perform(effects, on: &state, environment: recorder.environment)
        #expect(recorder.jobs.map(\.path) == ["notes/korea.csv"])
        #expect(Fixtures.lines(state).last!.hasPrefix(" Exported 2 annotations to notes/korea.csv "))
        #expect(state.message?.isError == false)
        // The message goes with the next key, as every message does.
        Fixtures.type("j", into: &state)
        #expect(state.message == nil)
    }

    @Test func theLibraryWideListExportsEveryAnnotationItShows() {
        let recorder = Recorder()
        var environment = AnnotatingFixtures.environment()
        environment.export = recorder.environment.export
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1)))2A"), into: &state, environment: environment)
        #expect(Fixtures.dump(state).contains("All annotations (2 of 2)"))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("x"), into: &state, environment: environment)
        let ids = AnnotatingFixtures.annotations(state).map(\.id)
        guard case .export(nil, let listed)? = state.prompt?.kind else {
            Issue.record("no library-wide export prompt: \(String(describing: state.prompt))")
            return
        }
        #expect(Set(listed ?? []) == Set(ids))
        #expect(Fixtures.lines(state).last!.hasPrefix("Export 2 listed to: annotation-list.md▏"))
        AnnotatingFixtures.press([.enter], into: &state, environment: environment)
        #expect(recorder.jobs.map(\.format) == [.markdown])
        #expect(recorder.jobs.first?.articleID == nil)
        #expect(Fixtures.lines(state).last!.hasPrefix(" Exported 2 annotations to annotation-list.md"))
    }

    @Test func anUnknownExtensionIsAnErrorAndEscCancels() {
        var state = Fixtures.reading()
        Fixtures.type("x", into: &state)
        Fixtures.press(.ctrl("u"), into: &state)
        Fixtures.type("notes.txt", into: &state)
        #expect(Fixtures.press(.enter, into: &state).isEmpty)
        #expect(state.message == StatusMessage("Cannot tell the format of notes.txt: end the name in .md, .csv, .json or .jsonld", isError: true))
        Fixtures.type("x", into: &state)
        #expect(Fixtures.press(.escape, into: &state).isEmpty)
        #expect(state.prompt == nil)
        #expect(state.message == StatusMessage("Export cancelled"))
    }

    @Test func theExtensionChoosesTheFormat() {
        #expect(ExportJob.format(forPath: "a.md") == .markdown)
        #expect(ExportJob.format(forPath: "A.MARKDOWN") == .markdown)
        #expect(ExportJob.format(forPath: "a.csv") == .csv)
        #expect(ExportJob.format(forPath: "a.json") == .json)
        #expect(ExportJob.format(forPath: "a.jsonld") == .w3c)
        #expect(ExportJob.format(forPath: "a.w3c.json") == .w3c)
        #expect(ExportJob.format(forPath: "a.pdf") == nil)
    }

    @Test func theKeyIsInHelpAndCanBeRebound() throws {
        #expect(Keymap.standard.command(for: .char("x"), in: .comments) == .export)
        #expect(Keymap.standard.keys(for: .export, in: .article) == [.char("x")])
        #expect(Keymap.standard.command(for: .char("x"), in: .library) == .export)
        #expect(Command(rawValue: "export") == .export)
    }

    @Test func inAnAnnotationListItExportsTheRowsItShows() {
        let recorder = Recorder()
        var environment = AnnotatingFixtures.environment()
        environment.export = recorder.environment.export
        var state = AnnotatingFixtures.reading()
        // Tag three passages (the fixture keys: next sentence, tag key), then list them filtered to one tag.
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1)))2}}}3"), into: &state, environment: environment)
        let annotations = AnnotatingFixtures.annotations(state)
        #expect(annotations.count == 3)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("Lt"), into: &state, environment: environment)
        #expect(Fixtures.dump(state).contains("(1 of 3) · tag: claim"))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("x"), into: &state, environment: environment)
        let claimed = annotations.filter { $0.tagIDs == [TagID("default-claim")] }.map(\.id)
        #expect(state.prompt?.kind == .export(articleID: "c0a91f7480b9ba36", annotationIDs: claimed))
        #expect(Fixtures.lines(state).last!.hasPrefix("Export 1 listed to: annotation-list.md▏"))
        AnnotatingFixtures.press([.ctrl("u")] + AnnotatingFixtures.keys("claims.jsonld") + [.enter], into: &state, environment: environment)
        #expect(recorder.jobs == [ExportJob(articleID: "c0a91f7480b9ba36", path: "claims.jsonld", format: .w3c, annotationIDs: claimed)])
        // The list stays open and its bar shows the result.
        #expect(Fixtures.dump(state).contains("(1 of 3) · tag: claim"))
        #expect(Fixtures.lines(state).last!.hasPrefix(" Exported 2 annotations to claims.jsonld"))
    }

    @Test func inTheLibraryItExportsEverything() {
        var state = AppState(rows: 24, columns: 80, library: LibraryState(items: [LibraryItem(id: "a", title: "A", commentCount: 0)]))
        Fixtures.type("x", into: &state)
        #expect(state.prompt?.kind == .export(articleID: nil))
        #expect(Fixtures.lines(state).last!.hasPrefix("Export all to: annotations.md▏"))
        let effects = Fixtures.press(.enter, into: &state)
        #expect(effects == [.export(ExportJob(articleID: nil, path: "annotations.md", format: .markdown))])
        #expect(state.message == StatusMessage("Exporting to annotations.md…"))
    }
}

