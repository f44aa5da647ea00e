import Catalogue
import DirectoryModel
import Testing

@Suite struct RouteTests {
    static let routes: [Route] = [
        .root, .emergency, .regions, .region("northern-africa"), .country("TN"), .services, .service("legal_support"),
        .beneficiaries, .beneficiary("journalist"), .kinds, .kind("ngo"), .azIndex, .az("F"),
        .organisation("front-line-defenders"), .search(nil), .refer(nil), .referral("c=TN;w=journalist"), .about,
    ]

    @Test(arguments: routes)
    func pathsParseBackToTheSameRoute(route: Route) {
        for language in UILanguage.allCases {
            let parsed = Route.parse(route.path(language))
            #expect(parsed?.language == language)
            #expect(parsed?.route == route)
        }
    }

    @Test func emptyAndSlashAreTheEnglishRoot() {
        #expect(Route.parse("")?.route == .root)
        #expect(Route.parse("/")?.language == .en)
        #expect(Route.parse("/ar/")?.language == .ar)
        #expect(Route.parse("caps.txt")?.route == .caps)
    }

    @Test(arguments: ["/xx/", "/en/../etc/passwd", "/en/org/..", "/en/org/a\u{0}b", "/en/nothing", "/en/org/a/b/c",
                      "../", "/en/org/", "/en/org/x y", String(repeating: "a", count: 2000)])
    func nonRoutesAreRefused(path: String) {
        #expect(Route.parse(path) == nil)
    }

    @Test func onlySearchAndReferPromptAskForWords() {
        #expect(Route.search(nil).isQuery)
        #expect(!Route.search("x").isQuery)
        #expect(Route.organisation("x").isDocument)
        #expect(!Route.root.isDocument)
    }
}
