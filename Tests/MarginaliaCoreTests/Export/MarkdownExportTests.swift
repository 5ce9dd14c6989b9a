import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct MarkdownExportTests {
    let document = ExportFixtures.document()

    /// The lines that would start a Markdown block other than a paragraph or our own blockquotes and headings.
    func structuralLines(_ markdown: String) -> [String] {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            let starts = ["#", "-", "+", "*", "=", "`", "~", "<", "|", "    ", "\t"]
            if line.hasPrefix("> ") || line == ">" { return structuralLines(String(line.dropFirst(line == ">" ? 1 : 2))).count > 0 }
            if line.hasPrefix("# Marginalia") || line.hasPrefix("## ") || line.hasPrefix("### ") { return false }
            if line.hasPrefix("**Note:** ") { return false }
            if line.hasPrefix("*In a comment by ") || line.hasPrefix("*Orphaned") || line.hasPrefix("*Re-anchored") || line.hasPrefix("*No passages") { return false }
            if line.hasPrefix("#"), !line.hasPrefix("# "), !line.hasPrefix("##") {
                return false  // a #tag line
            }
            if let first = line.first, first.isNumber, line.drop(while: \.isNumber).first.map({ $0 == "." || $0 == ")" }) == true { return true }
            return starts.contains { line.hasPrefix($0) }
        }
    }

    @Test func byArticleHasOneHeadingPerArticleAndAQuotePerPassage() {
        let markdown = MarkdownExporter().render(document)
        #expect(markdown.hasPrefix("# Marginalia annotations\n\nExported 2025-01-01T00:00:00Z: 9 annotations on 1 article, 1 orphaned.\n\n"))
        #expect(markdown.contains("\n## Tricky: \"quotes\", \\# heading \\& \\<b\\>HTML\\</b\\>\n\nSource: <https://example.org/tricky?x=1>  \nAuthor: Jane, \"JJ\" Doe\n"))
        #expect(markdown.components(separatedBy: "\n## ").count == 2)
        // A quote spanning two paragraphs stays inside one blockquote, its Markdown escaped.
        #expect(markdown.contains("\n> here.\n>\n> \\# Not a heading\n\n#actors/russia\n"))
        #expect(markdown.contains("\n> 한국어 문장입니다. 북한 군대 🇰🇵\n\n#claim #actors/russia #한국-정치\n\n**Note:** 메모 😀, \"인용\"\n"))
        #expect(markdown.contains("\n> \\# hash, \\`tick\\`, \\<i\\>html\\</i\\>\n\n#evidence\n\n**Note:** in a nested comment\n\n*In a comment by **Chloé 김** (comment c3).*\n"))
        #expect(markdown.contains("\n> \\<script\\>alert(1)\\</script\\> \\`code\\`\n"))
        #expect(markdown.contains("> vanished passage\n\n#claim\n\n**Note:** kept, though its text is gone\n\n*Orphaned: this passage was not found in the article's current text.*"))
        #expect(markdown.hasSuffix(".*\n"))
    }

    @Test func notesWithMarkdownSyntaxCannotBreakStructure() {
        let markdown = MarkdownExporter().render(document)
        #expect(structuralLines(markdown) == [])
        #expect(markdown.contains("**Note:** Note with, comma and \"quote\"\\\nand a second line\n\n\\# heading in note\\\n\\---\\\n\\> quote in note\\\n\\- list item\\\n1\\. ordered\\\n\\<b\\>html\\</b\\> \\& \\`code\\` \\*stars\\* \\[x\\](y) \\#notatag key:\\: value\n"))
        // No raw HTML survives anywhere: every `<` is escaped, except the source autolink's.
        let scalars = Array(markdown.unicodeScalars)
        let raw = scalars.indices.filter { scalars[$0] == "<" && ($0 == 0 || scalars[$0 - 1] != "\\") }
        #expect(raw.count == 1)
        #expect(markdown.contains("<https://example.org/tricky?x=1>"))
    }

    @Test func escapingHandlesLineStartsAndHashtags() {
        #expect(MarkdownEscaping.line("   - item") == "\\- item")
        #expect(MarkdownEscaping.line("12) twelve") == "12\\) twelve")
        #expect(MarkdownEscaping.line("+++") == "\\+++")
        #expect(MarkdownEscaping.line("a - b 1. c") == "a - b 1. c")
        #expect(MarkdownEscaping.line("==mark== $x$ %%c%%") == "\\=\\=mark\\=\\= \\$x\\$ \\%\\%c\\%\\%")
        #expect(MarkdownEscaping.lines("a\r\nb\rc") == ["a", "b", "c"])
        #expect(MarkdownEscaping.hashtag("actors/russia") == "#actors/russia")
        #expect(MarkdownEscaping.hashtag("to do: (later)") == "#to-do-later")
        #expect(MarkdownEscaping.hashtag("???") == "#tag")
    }

    @Test func codebookListsEachTagWithDescriptionThenItsPassages() {
        let markdown = MarkdownExporter(grouping: .tag).render(document)
        #expect(markdown.hasPrefix("# Marginalia codebook\n\n"))
        #expect(structuralLines(markdown) == [])
        let sections = markdown.components(separatedBy: "\n## ").dropFirst()
        #expect(sections.map { String($0.prefix { $0 != "\n" }) } == [
            "#claim", "#evidence", "#question", "#quote", "#important", "#actors", "#actors/russia", "#한국-정치", "Untagged",
        ])
        let russia = sections.first { $0.hasPrefix("#actors/russia") }!
        #expect(russia.hasPrefix("#actors/russia\n\nRussia as an actor; with, commas \"and quotes\"\\\n\\# and a heading line\n\n### Tricky"))
        #expect(russia.components(separatedBy: "\n> ").count - 1 == 3)  // two passages, one of two lines
        #expect(sections.first { $0.hasPrefix("#question") }!.contains("*No passages.*"))
        let untagged = sections.first { $0.hasPrefix("Untagged") }!
        #expect(untagged.contains("> 👩‍👩‍👧") && untagged.contains("> Reply one deep") && untagged.contains("> Last paragraph"))
    }
}
