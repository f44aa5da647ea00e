import Testing
@testable import SourceCheck

/// robots.txt as RFC 9309 reads it.
@Suite struct RobotsRulesTests {
    let text = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/contact.html
        Disallow: /*.pdf$

        User-agent: BadBot
        User-agent: OtherBot
        Disallow: /
        """

    @Test func theStarGroupAppliesWhenNoGroupNamesTheAgent() {
        let rules = RobotsRules(parsing: text, agent: "sanad-sources-check")
        #expect(rules.allows("/"))
        #expect(rules.allows("/about"))
        #expect(!rules.allows("/private/team.html"))
        #expect(rules.allows("/private/contact.html"))  // longer allow wins
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?x=1"))  // $ anchors the end
    }

    @Test func aNamedGroupReplacesTheStarGroup() {
        #expect(!RobotsRules(parsing: text, agent: "OtherBot").allows("/about"))
        let own = RobotsRules(parsing: "User-agent: *\nDisallow: /\n\nUser-agent: sanad-sources-check\nAllow: /\n", agent: "sanad-sources-check")
        #expect(own.allows("/contact"))
    }

    @Test func emptyDisallowAndMissingFileAllowEverything() {
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "x").allows("/anything"))
        #expect(RobotsRules.allowAll.allows("/x"))
        #expect(!RobotsRules.disallowAll.allows("/x"))
    }
}
