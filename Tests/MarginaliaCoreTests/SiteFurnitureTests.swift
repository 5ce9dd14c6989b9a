import Testing
@testable import MarginaliaCore

@Suite struct SiteFurnitureTests {
    @Test(arguments: SiteFurniture.rules.map(\.name))
    func everyRuleMatchesItsExample(name: String) throws {
        let rule = try #require(SiteFurniture.rules.first { $0.name == name })
        #expect(SiteFurniture.role(of: rule.example) == rule.role)
        #expect(SiteFurniture.mightMatch(rule.example), "the byte prefilter must let the example through")
        #expect(rule.match(rule.example, rule.example.lowercased()) == rule.role)
    }

    @Test(arguments: [
        ("Skip to content", LineRole.drop), ("Like Loading...", .drop), ("Like Loading…", .drop),
        ("3 bloggers like this.", .drop), ("Liked by 2 people", .drop), ("Post navigation", .drop),
        ("Leave a Reply", .commentForm), ("Leave a Reply Cancel reply", .commentForm), ("Leave a Comment", .commentForm),
        ("Cancel reply", .commentForm), ("Your email address will not be published.", .commentForm),
        ("Post Comment", .commentForm), ("Comments are closed.", .commentForm),
        ("One thought on ““A Title””", .commentHeader(count: 1)), ("3 Comments", .commentHeader(count: 3)),
        ("5 Responses to “X”", .commentHeader(count: 5)), ("1 Reply", .commentHeader(count: 1)),
        ("Share this:", .shareBlock), ("Like this:", .likeBlock), ("Related", .relatedBlock),
        ("Previous", .navigation(relation: "previous")), ("Next", .navigation(relation: "next")),
        ("Previous Post", .navigation(relation: "previous")), ("← Previous Post", .navigation(relation: "previous")),
        ("Next Post →", .navigation(relation: "next")), ("Next post:", .navigation(relation: "next")),
        ("Previous post: Old News", .inlineNavigation(relation: "previous", title: "Old News")),
        ("Reply", .reply), ("Reply ↓", .reply),
    ])
    func linesGetTheirRoles(line: String, role: LineRole) {
        #expect(SiteFurniture.role(of: line) == role)
        #expect(SiteFurniture.mightMatch(line), "the byte prefilter must let \(line) through")
    }

    @Test(arguments: [
        "Headline from CNN.", "Victor Cha:", "Related to this, the minister said nothing.", "Next year will tell.",
        "One thought on this is worth repeating.", "Three comments stood out", "Comment", "Email", "Website",
        "Replying to critics, she said no.", "12 thoughts on it", "Previously, on this blog",
    ])
    func ordinaryTextIsNotFurniture(line: String) {
        #expect(SiteFurniture.role(of: line) == .text)
    }

    @Test func thePrefilterSkipsOrdinaryLinesWithoutBuildingStrings() {
        #expect(!SiteFurniture.mightMatch("Headline from CNN."))
        #expect(!SiteFurniture.mightMatch("Victor Cha:"))
        #expect(!SiteFurniture.mightMatch(String(repeating: "words and more ", count: 5)))
        #expect(SiteFurniture.mightMatch("Your email address will not be published. Required fields are marked *"))
        #expect(SiteFurniture.mightMatch("12 thoughts on “A very long title that goes on and on and on for a while”"))
    }

    @Test func longLinesAreAlwaysText() {
        let long = "Leave a Reply " + String(repeating: "and more words ", count: 20)
        #expect(long.utf8.count > SiteFurniture.maximumLength)
        #expect(SiteFurniture.role(of: long) == .text)
    }

    @Test func shareButtonsAndLikeCountsAreRecognisedInTheirBlocks() {
        for button in ["twitter", "facebook", "click to print (opens in new window)", "share on tumblr", "more"] {
            #expect(SiteFurniture.isShareButton(button))
        }
        #expect(!SiteFurniture.isShareButton("the body goes on here"))
        #expect(SiteFurniture.isLikeCount("1 person likes this."))
        #expect(!SiteFurniture.isLikeCount("people like this."))
        #expect(SiteFurniture.isLikeCount("7 bloggers like this."))
    }

    @Test func jetpackBlocksAndTheCommentFormNeverReachTheBody() throws {
        let article = try TestFiles.importText("""
            Title

            Body paragraph.

            Share this:

            Twitter
            Facebook

            Like this:

            Like Loading...

            Related

            Another Post
            In "News"

            Leave a Reply

            Comment *
            Name *
            Email *
            Website
            Post Comment
            """)
        #expect(article.body == [.paragraph("Body paragraph.")])
        #expect(article.related == [RelatedLink(relation: "related", title: "Another Post")])
        #expect(article.warnings.isEmpty)
    }

    @Test func textAfterTheFurnitureIsSkippedWithAWarning() throws {
        let article = try TestFiles.importText("Title\n\nBody.\n\nLeave a Reply\n\nBlog footer text\nMore footer\n")
        #expect(article.body == [.paragraph("Body.")])
        #expect(article.warnings.count == 1)
        #expect(article.warnings[0].hasPrefix("skipped 2 lines of page furniture after the article"))
    }

    @Test func squarespaceNavigationBecomesRelatedLinks() throws {
        let article = try TestFiles.importText("T\n\nBody.\n\nPrevious\nPrevious\n\nOlder Title\n\nNext\nNext\n\nNewer Title\n")
        #expect(article.body == [.paragraph("Body.")])
        #expect(article.related == [RelatedLink(relation: "previous", title: "Older Title"), RelatedLink(relation: "next", title: "Newer Title")])
    }
}

@Suite struct LeadMetadataTests {
    @Test func bylineDateAndURLUnderTheTitle() throws {
        let article = try TestFiles.importText("T\n\nBy Ann Lee\n\nOctober 25, 2024\n\nhttps://example.com/a\n\nBody.")
        #expect(article.byline == "Ann Lee")
        #expect(article.date == "October 25, 2024")
        #expect(article.url == "https://example.com/a")
        #expect(article.body == [.paragraph("Body.")])
    }

    @Test func postedOnByLine() throws {
        let article = try TestFiles.importText("T\n\nPosted on 2024-10-25 by ann\n\nBody.")
        #expect(article.date == "2024-10-25")
        #expect(article.byline == "ann")
    }

    @Test func ambiguousLinesStayInTheBody() throws {
        let article = try TestFiles.importText("T\n\nBy the way, this is prose.\n\nBy Ann Lee\nand a second line\n\nBody.")
        #expect(article.byline == nil)
        #expect(article.body.count == 3)
    }

    @Test func aURLInsideTheBodyIsNotTheArticleURL() throws {
        let article = try TestFiles.importText("T\n\nFirst paragraph.\n\nhttps://example.com/elsewhere\n")
        #expect(article.url == nil)
        #expect(article.body.count == 2)
    }
}

@Suite struct DateTextTests {
    @Test(arguments: [
        "October 25, 2024", "October 25, 2024 at 10:12 am", "Oct 25, 2024 at 3:14 PM", "25 October 2024",
        "2024-10-25", "2024-10-25T10:12:00", "10/25/2024", "Friday, October 25, 2024", "March 2024",
    ])
    func datesAreRecognised(text: String) { #expect(DateText.isDate(text)) }

    @Test(arguments: ["May I say something", "October is long", "2024", "In 2024 we met", "Reply", "12 thoughts"])
    func otherTextIsNot(text: String) { #expect(!DateText.isDate(text)) }
}

@Suite struct BlockMarkupTests {
    @Test func headingsQuotesAndListItemsWhereTheTextShowsThem() throws {
        let article = try TestFiles.importText("""
            T

            # A Heading

            > quoted line one
            > quoted line two

            - item one
              continues
            • item two
            * item three

            -not a list
            #hashtag is text
            """)
        #expect(article.body == [
            Block(.heading, "A Heading"), Block(.quote, "quoted line one quoted line two"),
            Block(.listItem, "item one continues"), Block(.listItem, "item two"), Block(.listItem, "item three"),
            .paragraph("-not a list #hashtag is text"),
        ])
    }

    @Test func aMarkdownHeadingTitleLosesItsMarker() throws {
        let article = try TestFiles.importText("## The Title\n\nBody.")
        #expect(article.title == "The Title")
    }
}
