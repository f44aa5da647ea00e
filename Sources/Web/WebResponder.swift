import Catalogue

/// A part of the web front's site: the HTML pages, the JSON API (`/api/v1/`), the HSDS API
/// (`/hsds/`), the signed bundles. The front asks each responder in turn and sends the first
/// answer; a responder returns nil for a path that is not its own.
///
/// A responder is a pure function of the request and the catalogue current when the request
/// arrived (`generation` changes on every reload, so a responder may cache what it derives from
/// one catalogue, such as an export, and drop it on the next). It never logs what a request
/// carries.
public protocol WebResponder: Sendable {
    func respond(to request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse?
}
