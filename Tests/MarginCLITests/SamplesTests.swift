import Foundation
import Testing

/// `--samples` opens the sample articles from any folder: a source-tree build finds the package's seeds/
/// (an installed one finds <prefix>/share/marginalia/samples; .ci/check-install tests that).
@Suite struct SamplesTests {
    @Test func listSamplesWorksOutsideThePackage() throws {
        let elsewhere = try MarginCLI.temporaryFolder()
        let result = try MarginCLI.run(["list", "--samples"], cwd: elsewhere)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("“At least 3,000 North Korean soldiers now inside Russia, US says”"))
        #expect(result.stdout.contains("North Korea - The Fight for Relevance on a Crowded World Stage"))
        #expect(result.stderr.isEmpty)
    }

    @Test func showSamplesFindsAnArticleByFileNamePrefix() throws {
        let elsewhere = try MarginCLI.temporaryFolder()
        let result = try MarginCLI.run(["show", "--samples", "000"], cwd: elsewhere)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Macroduck"))
    }

    @Test func withoutSamplesOutsideThePackageTheMessageMentionsTheFlag() throws {
        let elsewhere = try MarginCLI.temporaryFolder()
        let result = try MarginCLI.run(["list"], cwd: elsewhere)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("--samples"))
    }
}
