import Catalogue
import DirectoryModel
import Gemini
import Gopher
import LineInterface

/// Every page of the real directory in every UI language, and the fronts that render them, for
/// the crawl test and the bidi test (issue 21). A front is a name and a function from a page to
/// the lines a person reads; the web front joins the list at merge (``fronts``).
enum EveryLanguageCrawl {
    /// One front: its name and the lines a person reads of a page.
    struct Front: Sendable {
        var name: String
        var lines: @Sendable (Page) -> [String]
    }

    /// The fronts the crawl covers, each at its widest, so a text block stays on one line and a
    /// name is never cut in two. Add the web front here (its HTML as text lines).
    static let fronts: [Front] = [
        Front(name: "gopher") { page in
            let buffer = GopherRenderer(host: "localhost", port: 7070, width: TextWrapper.maximumWidth).render(page)
            let lines = String(decoding: buffer.readableBytesView, as: UTF8.self).components(separatedBy: "\r\n")
            // A menu line reads as its display text; a document's lines are text.
            return page.isDocument ? lines : lines.map { $0.dropFirst().components(separatedBy: "\t")[0] }
        },
        Front(name: "gemini") { GeminiRenderer().render($0).components(separatedBy: "\n") },
        Front(name: "line") { PageRenderer(layout: TextLayout(width: TextLayout.widthRange.upperBound)).render($0) },
        Front(name: "cli") { $0.plainTextLines(width: TextWrapper.maximumWidth) },
    ]

    /// Every page reachable from the root by links, with its route, plus a referral per
    /// language; interview steps and searches are left to their own tests. Each page is made
    /// once.
    static func pages(_ catalogue: Catalogue, _ l: UILanguage) -> [(route: Route, page: Page)] {
        var seen: Set<Route> = [.root, .emergency, .about, .regions, .azIndex]
        var queue: [Route] = [.root, .emergency, .about, .regions, .azIndex]
        let words = ["MX journalist death_threat", "TN lawyer device_seized_lost arabic", "KE lgbtiq arrest_detention", "CO hrd emergency_response"]
        queue += words.map { Route.refer($0) }
        var found: [(route: Route, page: Page)] = []
        var next = 0
        while next < queue.count {
            let route = queue[next]
            next += 1
            guard let page = try? catalogue.page(route, language: l) else { continue }
            found.append((route, page))
            for case .link(_, let target) in page.blocks.map(\.unwrapped) {
                switch target {
                case .interview, .search, .refer, .referral, .pocket: continue
                default: break
                }
                if seen.insert(target).inserted { queue.append(target) }
            }
        }
        return found
    }
}
