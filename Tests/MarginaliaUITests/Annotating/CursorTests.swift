import Foundation
import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// The passage cursor: where it starts, moving by sentence and paragraph, into the comments, and following
/// the screen.
@Suite struct CursorTests {
    @Test func startsOnTheFirstSentenceOnScreenAndMovesBySentence() {
        var state = AnnotatingFixtures.reading()
        #expect(AnnotatingFixtures.cursorText(state) == "Headline from CNN.")
        Fixtures.type("))", into: &state)
        #expect(AnnotatingFixtures.cursorText(state) == "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.")
        Fixtures.type("(", into: &state)
        #expect(AnnotatingFixtures.cursorText(state) == "Analysis")
        Fixtures.press(.right, .right, into: &state)
        #expect(AnnotatingFixtures.cursorText(state) == "Europe traditionally has been North Korea’s gateway to the West.")
    }

    @Test func paragraphsAndThenIntoTheComments() {
        var state = AnnotatingFixtures.reading()
        Fixtures.type("}}}", into: &state)
        #expect(AnnotatingFixtures.cursorText(state) == "If they do deploy to fight against Ukraine, they’re fair game.")
        Fixtures.type("}}}", into: &state)
        // Past the body's last paragraph: Macroduck's comment, and the view switches to the comments.
        #expect(state.reader?.annotating.cursor?.part == .comment("c1"))
        #expect(state.reader?.view == .comments)
        #expect(state.reader?.comments.selected == 0)
        Fixtures.type("{", into: &state)
        #expect(state.reader?.view == .article)
        #expect(AnnotatingFixtures.cursorText(state) == "Thus, this tactical move by Kim will have long-term consequences for EU-DPRK relations.")
    }

    @Test func theSentenceUnderTheCursorIsMarked() {
        var state = AnnotatingFixtures.reading()
        Fixtures.type("))", into: &state)
        let frame = Renderer.render(state)
        let row = Fixtures.lines(state).firstIndex { $0.contains("Though the number") }!
        let column = Array(Fixtures.lines(state)[row]).firstIndex(of: "T")!
        #expect(frame[row, column].style == .underCursor)
        // The next sentence on the same paragraph is not marked.
        let europe = Fixtures.lines(state).firstIndex { $0.contains("Europe") }!
        let europeColumn = Fixtures.lines(state)[europe].distance(of: "Europe")
        #expect(frame[europe, europeColumn].style == .normal)
    }

    @Test func screenFollowsTheCursorAndTheCursorFollowsTheScreen() {
        var state = AnnotatingFixtures.reading(Fixtures.long(paragraphs: 60), rows: 10, columns: 50)
        for _ in 0..<20 { Fixtures.type("}", into: &state) }
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("Paragraph 21 ") == true)
        #expect(Fixtures.dump(state).contains("Paragraph 21 "))
        // Scrolling far down moves the cursor onto the screen.
        Fixtures.press(.pageDown, .pageDown, .pageDown, .pageDown, into: &state)
        let cursor = AnnotatingFixtures.cursorText(state) ?? ""
        let number = cursor.split(separator: " ")[1]
        #expect(Fixtures.dump(state).contains("Paragraph \(number) "))
        #expect(Int(number)! > 21)
    }
}

extension String {
    /// The column (in characters) where `needle` starts.
    func distance(of needle: String) -> Int {
        distance(from: startIndex, to: range(of: needle)!.lowerBound)
    }
}
