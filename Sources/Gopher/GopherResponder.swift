import Catalogue
import DirectoryModel
import NIOCore

/// Answers one Gopher request from a catalogue: selector → route → page → bytes.
///
/// Pure and synchronous apart from the search provider the catalogue may call. The server runs
/// it on the connection's own event loop (`EventLoopTaskExecutor` in SanadServer), so it must
/// stay quick: pages are cached or small. Every outcome is one complete buffer, ready for a
/// single write.
public struct GopherResponder: Sendable {
    public var renderer: GopherRenderer
    /// The small HTML page a client gets when it requests a `URL:` selector itself instead of
    /// opening the link (the convention of Gophernicus and pygopherd). HTML has one writer,
    /// the web's; the server passes it in, since no front imports another.
    public var leavingPage: @Sendable (_ url: String) -> String

    public init(renderer: GopherRenderer, leavingPage: @escaping @Sendable (_ url: String) -> String) {
        self.renderer = renderer
        self.leavingPage = leavingPage
    }

    /// The prefix of a selector that is a link outside gopherspace.
    public static let urlPrefix = "URL:"

    /// The response to a decoded request.
    public func respond(to request: GopherRequest, catalogue: Catalogue) -> ByteBuffer {
        if request.selector.hasPrefix(Self.urlPrefix) {
            let url = String(request.selector.dropFirst(Self.urlPrefix.count))
            // Only an address the directory publishes, or one on this server (a share link),
            // is followed: anything else would be an open redirect under the service's name.
            guard catalogue.publishes(url: url) || renderer.isOwnURL(url) else {
                return renderer.error(Refusal.unlistedURL.lines)
            }
            guard GopherRenderer.canLeave(to: url) else { return renderer.error(Refusal.badURL.lines) }
            return ByteBuffer(string: leavingPage(url))
        }
        guard let (language, parsed) = Route.parse(request.selector) else {
            // In the selector's language when it names one (issue 21: no English on /es/).
            return renderer.error(Self.selectorLanguage(request.selector).map { [UIText.lineNotFound($0)] } ?? Refusal.notFound.lines)
        }
        do {
            if case .interview(let path) = parsed, let query = request.query {
                return renderer.render(try Self.answer(path, query, language, catalogue))
            }
            return renderer.render(try catalogue.page(Self.route(parsed, query: request.query), language: language))
        } catch {
            return renderer.error(UIText.lineNotFound(language))  // "Not found." in the page language
        }
    }

    /// The UI language a selector starts with (`/es/…`), if any, for an error in its words.
    static func selectorLanguage(_ selector: String) -> UILanguage? {
        selector.split(separator: "/").first.flatMap { UILanguage(rawValue: String($0)) }
    }

    /// A key under which the response to `request` may be cached for as long as the catalogue
    /// does not change: the canonical path of a page that depends on nothing the user typed.
    /// Nil for searches, referrals and interview steps (their words and answers are the user's
    /// and are never kept), `URL:`
    /// redirects and selectors that are not routes.
    public func cacheKey(for request: GopherRequest) -> String? {
        guard !request.selector.hasPrefix(Self.urlPrefix), let (language, parsed) = Route.parse(request.selector) else { return nil }
        switch Self.route(parsed, query: request.query) {
        case .search, .refer, .referral, .interview: return nil
        case let route: return route.path(language)
        }
    }

    /// The interview page after words typed into a step's type-7 item: the next step (the
    /// referral after the last), or the same step saying the words were not recognised. Gopher
    /// cannot redirect, so the page comes at once; its links carry the answers on.
    static func answer(_ path: InterviewPath, _ words: String, _ language: UILanguage, _ catalogue: Catalogue) throws(CatalogueError) -> Page {
        guard let next = try catalogue.answering(path, typed: words) else {
            return try catalogue.interviewPage(path, language, notRecognised: true)
        }
        return try catalogue.page(.interview(next), language: language)
    }

    /// The response to a request line that could not be decoded.
    public func respond(to error: GopherRequestError) -> ByteBuffer {
        renderer.error(error.text.everyLanguage())
    }

    /// A refusal that is not about the request itself (plaintext, limits, timeouts).
    public func refuse(_ refusal: Refusal) -> ByteBuffer {
        renderer.error(refusal.lines)
    }

    /// The route with the words sent after the tab: a type-7 search or referral with words
    /// becomes the results page; other routes ignore the words.
    static func route(_ route: Route, query: String?) -> Route {
        guard let query, !query.isEmpty else { return route }
        switch route {
        case .search(nil): return .search(query)
        case .refer(nil): return .refer(query)
        default: return route
        }
    }

    /// Answers that are not pages. Their words are the Catalogue's, in every UI language: none
    /// of them comes with a selector that names one.
    public enum Refusal: Sendable, Hashable {
        case notFound
        case badURL
        /// A `URL:` selector for an address the directory does not publish.
        case unlistedURL
        /// A plaintext request on a TLS-only port.
        case plaintext(url: String)
        case tooManyConnections

        /// One line per UI language.
        public var lines: [String] {
            switch self {
            case .notFound: UIText.lineNotFound.everyLanguage()
            case .badURL: UIText.gopherLinkRefused.everyLanguage()
            case .unlistedURL: UIText.gopherLinkUnlisted.everyLanguage()
            case .plaintext(let url): UIText.gopherPlaintext.everyLanguage(url)
            case .tooManyConnections: UIText.lineBusy.everyLanguage()
            }
        }
    }
}
