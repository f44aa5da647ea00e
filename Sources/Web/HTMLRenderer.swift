import Catalogue
import DirectoryModel

/// Renders a catalogue ``Page`` as one small, semantic HTML document, the way `GeminiRenderer`
/// renders it as text/gemini and `GopherRenderer` as a menu: the page's words are the
/// Catalogue's; this type only chooses elements, through ``HTMLWriter`` (the one escaper).
///
/// - the page: `lang`, `dir="rtl"` for Arabic, `<title>` and `<h1>` from the title, the one
///   `<style>` (``WebStyle``), `<link rel="icon" href="data:,">` so no favicon is fetched;
/// - before the content: "Leave this site" (the first focusable element, to `/leave`) and the
///   language switch (the same page in the other languages); after it, the safety page's link;
/// - heading → `<h2>`; text → `<p>`; consecutive links, items and external links → one `<ul>`;
/// - field → the label, then the value alone on its line, a link to the Catalogue's target when
///   it has one (``ContactLink``: `tel:`, `mailto:`, a web address), then the note; values in
///   `<bdi>` on Arabic pages;
/// - query → a small form that posts the words (never in the address); the referral's, a link
///   to the referral page, which has the words box and the whole form;
/// - language → left out: the switch at the top already offers every language;
/// - blank → ends a list. A block this renderer does not know yet would be rendered by a new
///   case here: the switch is exhaustive, so a new block cannot be forgotten silently.
public struct HTMLRenderer: Sendable {
    public init() {}

    /// The whole document for `page`. `route` is the page's own route, for the language switch
    /// (nil: the switch leads to each language's start page; `switchPath` overrides both);
    /// `extra` writes web-only parts after the page's blocks (the referral form, the buttons of
    /// a result).
    public func document(
        _ page: Page, route: Route?, switchPath: ((UILanguage) -> String)? = nil, extra: ((inout HTMLWriter) -> Void)? = nil
    ) -> String {
        let l = page.language
        var out = HTMLWriter()
        out.raw("<!DOCTYPE html>")
        out.open("html", [("lang", l.rawValue), ("dir", l.isRightToLeft ? "rtl" : nil)])
        out.raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
        out.title(page.title.isEmpty ? UIText.siteTitle(l) : page.title)
        out.raw("<link rel=\"icon\" href=\"data:,\">")
        out.style()
        out.raw("</head><body>")
        out.raw("<p id=\"x\">")
        out.link("/leave", UIText.webLeave(l))
        out.raw("</p>")
        // A letter of the A–Z index depends on the language's names: the switch goes to the index.
        let switchRoute: Route = if case .az? = route { .azIndex } else { route ?? .root }
        languageSwitch(&out, l, path: switchPath ?? { switchRoute.path($0) })
        out.open("main")
        if !page.title.isEmpty { out.element("h1", text: page.title) }
        blocks(page.blocks, language: l, current: route, into: &out)
        extra?(&out)
        out.close("main")
        out.open("footer")
        out.link(Self.safetyPath(l), UIText.webSafetyLink(l))
        out.close("footer")
        out.raw("</body></html>")
        return out.html
    }

    /// The safety page's path in `l`: `/en/safety`.
    public static func safetyPath(_ l: UILanguage) -> String { "/\(l.rawValue)/safety" }

    /// The other languages, each with its own name and `lang`, to the same page when it has a
    /// route. Arabic's name stays right to left inside an English line through `lang`/`dir`.
    private func languageSwitch(_ out: inout HTMLWriter, _ l: UILanguage, path: (UILanguage) -> String) {
        out.open("nav")
        var first = true
        for other in UILanguage.allCases where other != l {
            if !first { out.raw(" · ") }
            first = false
            let href = PercentEncoding.encodePath(path(other))
            out.link(href, Catalogue.languageName(other), [("lang", other.rawValue), ("dir", other.isRightToLeft ? "rtl" : nil)])
        }
        out.close("nav")
    }

    /// The blocks of a page, lists grouped.
    func blocks(_ blocks: [Page.Block], language l: UILanguage, current: Route?, into out: inout HTMLWriter) {
        var inList = false
        func list(_ open: Bool) {
            if open, !inList { out.raw("<ul>") }
            if !open, inList { out.raw("</ul>") }
            inList = open
        }
        for block in blocks {
            switch block {
            case .heading(let text):
                list(false)
                out.element("h2", text: text)
            case .text(let text):
                list(false)
                out.element("p", text: text)
            case .field(let label, let value, let note, let target):
                list(false)
                out.open("p")
                out.text(label + ":")
                out.raw("<br>")
                contactValue(value, target: target, l, into: &out)
                if let note {
                    out.raw("<br>")
                    out.text(note)
                }
                out.close("p")
            case .item(let text):
                list(true)
                out.element("li", text: text)
            case .link(let label, let route):
                list(true)
                out.open("li")
                out.link(PercentEncoding.encodePath(route.path(l)), label)
                out.close("li")
            case .external(let label, let url):
                list(true)
                out.open("li")
                if let target = ContactLink.webAddress(url) {
                    out.link(target, label)
                } else {
                    out.text(label + ": ")
                    isolated(url, l, into: &out)
                }
                out.close("li")
            case .query(let label, .refer(nil)) where current != .refer(nil):
                // The referral page holds the words box and the whole form: a link to it.
                list(true)
                out.open("li")
                out.link(Route.refer(nil).path(l), label)
                out.close("li")
            case .query(let label, let route):
                list(false)
                queryForm(label: label, route: route, l, into: &out)
            case .language:
                // The switch at the top of every page offers the other languages.
                continue
            case .blank:
                list(false)
            case .foreign(let code, let inner):
                // A text the directory has only in another language (marked as such in words by
                // the Catalogue): its element carries that language, so a reader or a screen
                // reader does not read it with the page's.
                let attributes: [(StaticString, String?)] = [("lang", code), ("dir", UILanguage(rawValue: code)?.isRightToLeft == true ? "rtl" : nil)]
                switch inner.unwrapped {
                case .heading(let text):
                    list(false)
                    out.element("h2", attributes, text: text)
                case .text(let text):
                    list(false)
                    out.element("p", attributes, text: text)
                case .item(let text):
                    list(true)
                    out.element("li", attributes, text: text)
                default:
                    self.blocks([inner.unwrapped], language: l, current: current, into: &out)
                }
            }
        }
        list(false)
    }

    /// A form posting `q` to the route's path: search words and typed answers stay out of the
    /// address, the history and proxy logs.
    func queryForm(label: String, route: Route, _ l: UILanguage, into out: inout HTMLWriter) {
        out.open("form", [("method", "post"), ("action", PercentEncoding.encodePath(route.path(l)))])
        out.open("label")
        out.text(label)
        out.raw("<br><input name=\"q\"></label> ")
        if case .search = route {
            out.element("button", text: UIText.webSearchButton(l))
        } else {
            out.element("button", text: UIText.webSend(l))
        }
        out.close("form")
    }

    /// A contact value alone on its line, a link to `target` (the Catalogue's) when it has one.
    private func contactValue(_ value: String, target: String?, _ l: UILanguage, into out: inout HTMLWriter) {
        // The value has its own <bdi> here; the Catalogue's isolates would nest a second.
        let value = BidiIsolation.strip(value)
        if l.isRightToLeft { out.raw("<bdi>") }
        if let href = target {
            out.link(href, value, [("dir", l.isRightToLeft ? "ltr" : nil)])
        } else {
            out.text(value)
        }
        if l.isRightToLeft { out.raw("</bdi>") }
    }

    /// Text isolated from the surrounding direction on Arabic pages.
    private func isolated(_ text: String, _ l: UILanguage, into out: inout HTMLWriter) {
        if l.isRightToLeft { out.element("bdi", text: BidiIsolation.strip(text)) } else { out.text(text) }
    }
}
