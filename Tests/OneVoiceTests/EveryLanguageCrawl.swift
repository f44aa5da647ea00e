import Foundation
import Catalogue
import DirectoryModel
import Gemini
import Gopher
import LineInterface
import Web

/// Every page of the real directory in every UI language, and the fronts that render them, for
/// the crawl test and the bidi test (issue 21). A front is a name and a function from a page to
/// the lines a person reads (for the web, the text a browser shows, its `<bdi>` elements read as
/// the isolates a browser applies).
enum EveryLanguageCrawl {
    /// One front: its name and the lines a person reads of a page.
    struct Front: Sendable {
        var name: String
        var lines: @Sendable (Page) -> [String]
    }

    /// The fronts the crawl covers, each at its widest, so a text block stays on one line and a
    /// name is never cut in two.
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
        Front(name: "web") { page in textLines(ofHTML: HTMLRenderer().document(page, route: nil)) },
    ]

    /// The text of an HTML document as a browser lays it out in lines: a line per paragraph,
    /// heading, list item and `<br>`; the `<head>` left out; entities decoded; `<bdi>` as FSI
    /// (LRI with `dir="ltr"`) and `</bdi>` as PDI, the isolation the bidi algorithm gives it.
    static func textLines(ofHTML html: String) -> [String] {
        let body = html.range(of: "<body>").map { String(html[$0.upperBound...]) } ?? html
        var lines: [String] = []
        var line = ""
        var index = body.startIndex
        while index < body.endIndex {
            guard body[index] == "<", let close = body[index...].firstIndex(of: ">") else {
                line.append(body[index])
                index = body.index(after: index)
                continue
            }
            let tag = body[body.index(after: index)..<close]
            let name = tag.split(separator: " ").first.map(String.init) ?? ""
            switch name {
            case "bdi": line.append(tag.contains("dir=\"ltr\"") ? "\u{2066}" : "\u{2068}")
            case "/bdi": line.append("\u{2069}")
            case "p", "/p", "br", "li", "/li", "h1", "/h1", "h2", "/h2", "ul", "/ul", "nav", "/nav", "main", "/main",
                 "footer", "/footer", "form", "/form", "fieldset", "/fieldset", "legend", "/legend", "label", "/label":
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line) }
                line = ""
            default: break
            }
            index = body.index(after: close)
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { line in
            line.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

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
