import Catalogue
import Memberwise
import Web

/// The web front's downloads of the signed pocket directories: `GET /LANG/pocket.txt` and
/// `/LANG/pocket.txt.sig` answer the verified bytes from the ``BundleShelf`` (200,
/// `text/plain; charset=utf-8`, saved as `sanad-LANG.txt`), 404 when that bundle is not
/// offered; every other path is not this responder's (nil). Pure: the shelf is read, never
/// changed, and nothing the request carries is logged.
@MemberwiseInit
public struct BundleResponder: WebResponder {
    public let shelf: BundleShelf

    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse? {
        guard let download = BundleShelf.Download.parse(request.path) else { return nil }
        guard request.method == "GET" || request.method == "HEAD" else {
            return WebResponse(status: 405, headers: [HeaderField("Allow", "GET, HEAD"), HeaderField("Content-Type", "text/plain; charset=utf-8")],
                               body: Array("Only GET and HEAD.\n".utf8))
        }
        guard let bytes = shelf.file(download) else {
            return WebResponse(status: 404, headers: [HeaderField("Content-Type", "text/plain; charset=utf-8")], body: Array((UIText.notFound(download.language) + "\n").utf8))
        }
        return WebResponse(status: 200, headers: [
            HeaderField("Content-Type", BundleShelf.Download.contentType),
            HeaderField("Content-Disposition", "attachment; filename=\"\(download.fileName)\""),
            HeaderField("X-Content-Type-Options", "nosniff"),
        ], body: request.method == "HEAD" ? [] : bytes)
    }
}
