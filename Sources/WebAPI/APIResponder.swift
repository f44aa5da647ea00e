import Catalogue
import DirectoryModel
import Web

/// The JSON API under `/api/v1/` for caseworkers' systems (issue 23): referrals, search and
/// organisations, with the same engine, words and writers as `sanad refer --json`,
/// `sanad show --json` and every front. Documented by the OpenAPI 3.1 document it serves at
/// `/api/v1/openapi.json` (`docs/api/openapi.json`).
///
/// A pure function of the request and the catalogue: nothing is logged or kept. Errors are
/// `application/problem+json` (``APIProblem``) in the caller's language.
public struct APIResponder: WebResponder {
    /// Every path under this prefix is the API's: an unknown one gets a problem document, not a web page.
    public static let prefix = "/api/"
    /// The most characters a search may have.
    public static let maximumWords = 500
    /// How many search results a caller may ask for.
    public static let limits = 1...100

    public init() {}

    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse? {
        guard request.path.hasPrefix(Self.prefix) || request.path == "/api" else { return nil }
        do {
            return try route(request, catalogue)
        } catch {
            // The error's own language: a valid `lang` in the body or query, else Accept-Language.
            let language = request.method == "POST" ? APIBody.language(of: request) : nil
            return error.response(APILanguage.of(request, explicit: language))
        }
    }

    private func route(_ request: WebRequest, _ catalogue: Catalogue) throws(APIProblem) -> WebResponse {
        let path = request.path
        switch path {
        case "/api/v1/refer":
            try Self.allow(request, ["POST"])
            return try refer(request, catalogue)
        case "/api/v1/search":
            try Self.allow(request, ["GET", "HEAD", "POST"])
            return try search(request, catalogue)
        case "/api/v1/openapi.json":
            try Self.allow(request, ["GET", "HEAD"])
            try Self.onlyParameters(request, [])
            return WebResponse(status: 200, headers: [HeaderField("Content-Type", "application/json"), HeaderField("Cache-Control", "max-age=3600")],
                               body: APIDocument.bytes)
        default:
            let organisations = "/api/v1/organisations/"
            if path.hasPrefix(organisations), path.count > organisations.count {
                let raw = String(path.dropFirst(organisations.count))
                guard !raw.contains("/"), let id = PercentEncoding.decodeStrictly(raw) else { throw .notFound }
                try Self.allow(request, ["GET", "HEAD"])
                return try organisation(id, request, catalogue)
            }
            throw .notFound
        }
    }

    /// 405 with `Allow` unless the method is one of `methods`.
    static func allow(_ request: WebRequest, _ methods: [String]) throws(APIProblem) {
        guard methods.contains(request.method) else { throw .methodNotAllowed(allowed: methods) }
    }

    /// 400 for a query parameter other than `lang` and `names`.
    static func onlyParameters(_ request: WebRequest, _ names: Set<String>) throws(APIProblem) {
        let known = names.union(["lang"])
        let query = APIQuery(request.query)
        if let unknown = query.unknown(known) { throw .unknownField(unknown, known: known.sorted()) }
        if let lang = query["lang"], UILanguage(rawValue: lang) == nil { throw .wrongType("lang", expected: .language) }
    }

    /// A JSON answer: compact or as a CLI prints it, ending with a newline.
    static func json(_ text: String, language: UILanguage, cache: String) -> WebResponse {
        WebResponse(status: 200, headers: [
            HeaderField("Content-Type", "application/json"), HeaderField("Content-Language", language.rawValue),
            HeaderField("Cache-Control", cache),
        ], body: Array(text.utf8) + [0x0A])
    }

    /// `GET /api/v1/organisations/{id}`: what `sanad show ID --json` prints.
    private func organisation(_ id: String, _ request: WebRequest, _ catalogue: Catalogue) throws(APIProblem) -> WebResponse {
        try Self.onlyParameters(request, [])
        guard let organisation = catalogue.directory.organisation(id) else { throw .notFound }
        let language = APILanguage.of(request)
        return Self.json(OrganisationJSON.text(organisation, language: language), language: language, cache: "max-age=300")
    }
}
