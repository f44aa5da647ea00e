import Catalogue
import DirectoryModel
import Exchange
import Web
import WebAPI

/// The directory as an Open Referral HSDS 3.0 API under `/hsds/` (issue 24): `/`, `/services`,
/// `/organizations`, `/taxonomies`, `/taxonomy_terms` and each one's `{id}`, with the API
/// reference's parameters, AND across parameters, the official page envelope, `?lang=`, and
/// every list also by POST with a JSON body, so a search never needs to sit in a URL.
///
/// Built on the export (`HSDSExport`): it is computed once per catalogue generation and
/// language and kept in a lock-protected cache. Read-only; nothing a request carries is logged
/// or kept. What is implemented, and what is not, is listed in `docs/api/README.md`.
public struct HSDSResponder: WebResponder {
    /// The HSDS version this API speaks.
    public static let version = "3.0"
    /// The operator's public URL (`https://sanad.example`), for `profile` and `openapi_url`.
    public let publicURL: String?
    let cache = HSDSCache()

    /// - Parameter publicURL: where the service is published (the operator's setting); without
    ///   it, the request's `Host` over HTTPS.
    public init(publicURL: String? = nil) {
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse? {
        guard request.path == "/hsds" || request.path.hasPrefix("/hsds/") else { return nil }
        do {
            return try route(request, catalogue, generation)
        } catch {
            let explicit = APIQuery(request.query)["lang"].flatMap(UILanguage.init(rawValue:))
                ?? (request.method == "POST" ? APIBody.language(of: request) : nil)
            return error.response(APILanguage.of(request, explicit: explicit))
        }
    }

    private func route(_ request: WebRequest, _ catalogue: Catalogue, _ generation: Int) throws(APIProblem) -> WebResponse {
        let parts = request.path.dropFirst("/hsds".count).split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.isEmpty {
            try allow(request, list: false)
            _ = try HSDSParameters(request, accepted: [])
            return root(request)
        }
        let resource = parts[0]
        if resource == "profile", parts.count <= 2 {
            try allow(request, list: false)
            _ = try HSDSParameters(request, accepted: [])
            guard let response = HSDSProfile.response(parts.count == 2 ? parts[1] : "", base: baseURL(request)) else { throw .notFound }
            return response
        }
        guard let kind = Kind(rawValue: resource), parts.count <= 2 else { throw .notFound }
        if parts.count == 2 {
            try allow(request, list: false)
            let parameters = try HSDSParameters(request, accepted: kind == .organizations ? ["full_service"] : [])
            let snapshot = snapshot(catalogue, generation, parameters, request)
            guard let id = PercentEncoding.decodeStrictly(parts[1]),
                  let body = try detail(kind, id: id, snapshot: snapshot, parameters: parameters) else { throw .notFound }
            return Self.json(body, language: snapshot.language, cache: "max-age=300")
        }
        try allow(request, list: true)
        let parameters = try HSDSParameters(request, accepted: kind.parameters)
        let snapshot = snapshot(catalogue, generation, parameters, request)
        return try list(kind, snapshot: snapshot, parameters: parameters, catalogue: catalogue, request: request)
    }

    /// The four kinds of entity the API serves.
    enum Kind: String {
        case services, organizations, taxonomies
        case taxonomyTerms = "taxonomy_terms"

        /// The parameters a list of this kind accepts (besides `lang`).
        var parameters: Set<String> {
            let common: Set<String> = ["search", "page", "per_page", "format"]
            switch self {
            case .services: return common.union(["taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "minimal", "full"])
            case .organizations: return common.union(["full", "full_service"])
            case .taxonomies: return common
            case .taxonomyTerms: return common.union(["taxonomy_id", "top_only", "parent_id"])
            }
        }
    }

    /// GET and HEAD everywhere; POST too on lists (a search in a body).
    private func allow(_ request: WebRequest, list: Bool) throws(APIProblem) {
        let methods = list ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"]
        guard methods.contains(request.method) else { throw .methodNotAllowed(allowed: methods) }
    }

    /// The export for the request's language, from the cache.
    private func snapshot(_ catalogue: Catalogue, _ generation: Int, _ parameters: HSDSParameters, _ request: WebRequest) -> HSDSSnapshot {
        let language = parameters.language ?? APILanguage.accepted(request.header("Accept-Language")) ?? .en
        return cache.snapshot(generation: generation, language: language) {
            HSDSSnapshot(directory: catalogue.directory, language: language)
        }
    }

    /// `/`: the HSDS version, the profile's URL and the OpenAPI document's URL.
    private func root(_ request: WebRequest) -> WebResponse {
        let base = baseURL(request)
        let body: JSONValue = .object([
            "version": .string(Self.version),
            "profile": .string(base + "/hsds/profile/"),
            "openapi_url": .string(base + "/api/v1/openapi.json"),
        ])
        return Self.json(body, language: APILanguage.of(request), cache: "max-age=300")
    }

    /// The public URL, or `https://` and the request's `Host` when the operator set none.
    func baseURL(_ request: WebRequest) -> String {
        if let publicURL { return publicURL }
        let host = request.header("Host") ?? ""
        let allowed = host.unicodeScalars.allSatisfy(CharacterSetLite.hostCharacters.contains)
        return "https://" + (allowed && !host.isEmpty && host.count <= 255 ? host : "localhost")
    }

    /// One entity in full, or nil when no entity has this id.
    private func detail(_ kind: Kind, id: String, snapshot: HSDSSnapshot, parameters: HSDSParameters) throws(APIProblem) -> JSONValue? {
        switch kind {
        case .services: return snapshot.serviceIndex[id].map { snapshot.services[$0] }
        case .organizations:
            let full = try parameters.bool("full_service")
            return snapshot.organizationIndex[id].map { full ? snapshot.organizations[$0] : snapshot.organizationsWithServiceItems[$0] }
        case .taxonomies: return snapshot.taxonomyIndex[id].map { snapshot.taxonomies[$0] }
        case .taxonomyTerms: return snapshot.termIndex[id].map { snapshot.terms[$0] }
        }
    }

    /// A JSON answer.
    static func json(_ value: JSONValue, language: UILanguage, cache: String) -> WebResponse {
        WebResponse(status: 200, headers: [
            HeaderField("Content-Type", "application/json"), HeaderField("Content-Language", language.rawValue),
            HeaderField("Cache-Control", cache),
        ], body: value.bytes + [0x0A])
    }
}

/// The characters a `Host` header may hold (a name or an address, and a port).
enum CharacterSetLite {
    static let hostCharacters: Set<Unicode.Scalar> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]".unicodeScalars)
}

extension HSDSResponder {
    /// Computes and caches the export of `catalogue` in `languages` now, so that no request
    /// waits for it: for the reload path, right after a new catalogue is swapped in (off the
    /// event loops).
    public func warm(catalogue: Catalogue, generation: Int, languages: [UILanguage] = UILanguage.allCases) {
        for language in languages {
            _ = cache.snapshot(generation: generation, language: language) { HSDSSnapshot(directory: catalogue.directory, language: language) }
        }
    }

    /// How many exports this responder computed (for tests and the bench: once per generation and language).
    public var exportCount: Int { cache.buildCount }
}
