import Catalogue
import DirectoryModel
import Foundation
import Gemini
import Testing
import Web

/// The web and Gemini pages of the real directory link the same contact values to the same
/// targets: the Catalogue's (``ContactLink``), in page order, and nothing else outside the site.
@Suite struct SameContactLinksEverywhereTests {
    /// A link: where it leads and the words it shows (isolates removed).
    struct Link: Hashable, CustomStringConvertible {
        var target: String
        var value: String
        var description: String { "\(target) \(value)" }
    }

    /// The web page's links outside the site (a site path starts with `/`; the favicon is `data:`).
    static func webLinks(_ html: String) throws -> [Link] {
        let anchor = try Regex(#"<a href="([^"]*)"[^>]*>([^<]*)</a>"#)
        func unescape(_ s: Substring) -> String {
            s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        return html.matches(of: anchor).compactMap { match in
            let href = unescape(match.output[1].substring!)
            guard !href.hasPrefix("/") else { return nil }
            return Link(target: href, value: BidiIsolation.strip(unescape(match.output[2].substring!)))
        }
    }

    /// The Gemini page's links outside the capsule.
    static func geminiLinks(_ gemtext: String) -> [Link] {
        gemtext.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("=> ") else { return nil }
            let parts = line.dropFirst(3).split(separator: " ", maxSplits: 1)
            guard let target = parts.first, !target.hasPrefix("/") else { return nil }
            return Link(target: String(target), value: parts.count > 1 ? BidiIsolation.strip(String(parts[1])) : "")
        }
    }

    /// The links the Catalogue decided: each field with a target.
    static func catalogueLinks(_ page: Page) -> [Link] {
        page.blocks.map(\.unwrapped).compactMap { block in
            guard case .field(_, let value, _, let target?) = block else { return nil }
            return Link(target: target, value: BidiIsolation.strip(value))
        }
    }

    @Test(arguments: [UILanguage.en, .ar])
    func webAndGeminiLinkTheSameContactsToTheSameTargets(_ l: UILanguage) throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        var linked = 0
        var organisationPages = 0
        for (route, page) in EveryLanguageCrawl.pages(catalogue, l) {
            let expected = Self.catalogueLinks(page)
            let web = try Self.webLinks(HTMLRenderer().document(page, route: route))
            let gemini = Self.geminiLinks(GeminiRenderer().render(page))
            #expect(web == expected, "web \(route.path(l))")
            #expect(gemini == expected, "gemini \(route.path(l))")
            linked += expected.count
            if case .organisation = route { organisationPages += 1 }
        }
        // The crawl reached the organisations and their contacts (the test cannot pass empty).
        #expect(organisationPages == directory.organisations.count)
        #expect(linked > 200)
    }

    /// The real directory's cases where the two fronts used to disagree, or where the type
    /// decides: a short national number dials; a WhatsApp number and a fax are no calls.
    @Test func typesDecideOnTheRealDirectory() throws {
        let catalogue = Fronts.catalogue(try #require(Fronts.directory))
        func links(_ id: String) throws -> (web: [Link], gemini: [Link]) {
            let page = try catalogue.page(.organisation(id), language: .en)
            return (try Self.webLinks(HTMLRenderer().document(page, route: .organisation(id))), Self.geminiLinks(GeminiRenderer().render(page)))
        }
        let pakistan = try links("pakistan-mohr-helpline-1099")
        for found in [pakistan.web, pakistan.gemini] { #expect(found.contains(Link(target: "tel:1099", value: "1099"))) }
        let lpsk = try links("lpsk-indonesia")
        for found in [lpsk.web, lpsk.gemini] {
            #expect(found.contains(Link(target: "tel:148", value: "148")))
            #expect(!found.contains { $0.value == "+62 857 7001 0048" })  // WhatsApp
        }
        let amnesty = try links("amnesty-international")
        for found in [amnesty.web, amnesty.gemini] { #expect(!found.contains { $0.value == "+216 71 352 671" }) }  // fax
    }

    /// An external link is a link on both fronts only to a web address (the same rule).
    @Test func externalLinksLeadOnlyToWebAddressesOnBothFronts() throws {
        let page = Page(language: .en, title: "t", blocks: [
            .external(label: "Site", url: "https://x.example/a"), .external(label: "Script", url: "javascript:alert(1)"),
        ])
        let expected = [Link(target: "https://x.example/a", value: "Site")]
        #expect(try Self.webLinks(HTMLRenderer().document(page, route: nil)) == expected)
        #expect(Self.geminiLinks(GeminiRenderer().render(page)) == expected)
        #expect(GeminiRenderer().render(page).contains("\nScript: javascript:alert(1)\n"))
    }
}
