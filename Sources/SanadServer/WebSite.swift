import Catalogue
import HSDSAPI
import Web
import WebAPI

/// The web front's site: the ordered list of responders, asked in turn, the first answer sent.
/// This is the ONE place where responders are listed: the JSON API (`/api/v1/`) and the HSDS
/// API (`/hsds/`) go before the HTML pages, which come last because they answer every path
/// (a page or "not found").
///
/// Every response leaves through ``respond(to:catalogue:generation:secure:)``, which adds the
/// common headers (``WebResponse/withCommonHeaders(options:secure:path:)``) and drops the body
/// of a `HEAD`.
public struct WebSite: Sendable {
    public let options: WebSiteOptions
    public let responders: [any WebResponder]

    /// The site with the operator's options.
    public init(options: WebSiteOptions = WebSiteOptions()) {
        self.options = options
        responders = [
            APIResponder(), HSDSResponder(),
            HTMLResponder(options: options),
        ]
    }

    /// The response to `request`, headers complete. A `HEAD` is answered as a `GET` without
    /// the body (its `Content-Length` is the `GET`'s).
    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int, secure: Bool) -> WebResponse {
        var asked = request
        if request.method == "HEAD" { asked.method = "GET" }
        let response = responders.lazy.compactMap { $0.respond(to: asked, catalogue: catalogue, generation: generation) }.first
            ?? HTMLResponder(options: options).respond(to: asked, catalogue: catalogue, generation: generation)!
        var finished = response.withCommonHeaders(options: options, secure: secure, path: request.path)
        if request.method == "HEAD" { finished.body = [] }
        return finished
    }

    /// A response made by the front itself (a refusal, a limit), with the common headers.
    public func finish(_ response: WebResponse, secure: Bool, path: String = "/") -> WebResponse {
        response.withCommonHeaders(options: options, secure: secure, path: path)
    }
}
