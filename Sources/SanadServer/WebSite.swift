import Catalogue
import NIOCore
import HSDSAPI
import Web
import WebAPI

/// The web front's site: the ordered list of responders, asked in turn, the first answer sent,
/// and the HTML pages, which answer whatever none of them took (a page or "not found"). This
/// is the ONE place where responders are listed: the signed pocket directories, the JSON API
/// (`/api/v1/`) and the HSDS API (`/hsds/`).
///
/// Every response leaves through ``respond(to:catalogue:generation:secure:)``, which adds the
/// common headers (``WebResponse/withCommonHeaders(options:secure:path:)``) and drops the body
/// of a `HEAD`.
public struct WebSite: Sendable {
    public let options: WebSiteOptions
    /// Asked in order before the pages; each answers its own paths and passes the rest on.
    public let responders: [any WebResponder]
    /// The last word on every path.
    public let pages: HTMLResponder
    /// The bodies of pages that are the same for everyone (GET, no query, 200, HTML, no
    /// `Cache-Control`), per catalogue generation: the root is rendered once per reload, not
    /// per visit. Keyed by the path, which names a page, never a visitor's words.
    private let cache = ResponseCache()

    /// The site with the operator's options: the signed pocket directories when the replica
    /// offers them, and the public address the HSDS API names in its `profile` and
    /// `openapi_url` (from the request's host when none is set).
    public init(options: WebSiteOptions = WebSiteOptions(), bundles: BundleShelf? = nil, publicURL: String? = nil) {
        self.options = options
        var responders: [any WebResponder] = []
        if let bundles { responders.append(BundleResponder(shelf: bundles)) }
        responders += [APIResponder(), HSDSResponder(publicURL: publicURL)]
        self.responders = responders
        pages = HTMLResponder(options: options)
    }

    /// The site a configuration asks for.
    public init(configuration: ServerConfiguration) {
        self.init(
            options: configuration.webSite, bundles: configuration.bundles,
            publicURL: configuration.publicHost.map { "https://" + ($0.contains(":") ? "[\($0)]" : $0) }
        )
    }

    /// The response to `request`, headers complete. A `HEAD` is answered as a `GET` without
    /// the body (its `Content-Length` is the `GET`'s).
    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int, secure: Bool) -> WebResponse {
        var asked = request
        if request.method == "HEAD" { asked.method = "GET" }
        let cacheable = asked.method == "GET" && request.query == nil && !request.path.hasPrefix("/api/") && !request.path.hasPrefix("/hsds/")
        let response: WebResponse
        if cacheable, let body = cache.response(for: request.path, generation: generation) {
            response = .html(String(buffer: body))
        } else {
            response = responders.lazy.compactMap { $0.respond(to: asked, catalogue: catalogue, generation: generation) }.first
                ?? pages.page(for: asked, catalogue: catalogue, generation: generation)
            if cacheable, response.status == 200, response.header("Cache-Control") == nil,
               response.header("Content-Type") == "text/html; charset=utf-8" {
                cache.store(ByteBuffer(bytes: response.body), for: request.path, generation: generation)
            }
        }
        var finished = response.withCommonHeaders(options: options, secure: secure, path: request.path)
        if request.method == "HEAD" { finished.body = [] }
        return finished
    }

    /// A response made by the front itself (a refusal, a limit), with the common headers.
    public func finish(_ response: WebResponse, secure: Bool, path: String = "/") -> WebResponse {
        response.withCommonHeaders(options: options, secure: secure, path: path)
    }
}
