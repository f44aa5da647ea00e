import Catalogue
import DirectoryModel
import Web

extension APIResponder {
    /// `GET /api/v1/search?q=…` (for links) and `POST /api/v1/search` with `{"q": …}` (so a
    /// search need not sit in a URL): the organisations matching the words in any language, best
    /// first, by the Catalogue's search as every front's search page lists them
    /// (``SearchJSON``, also what `sanad search --json` prints). Names in the answer's language.
    func search(_ request: WebRequest, _ catalogue: Catalogue) throws(APIProblem) -> WebResponse {
        let words: String?
        var limit = Catalogue.maximumSearchResults
        var explicit: UILanguage?
        if request.method == "POST" {
            try Self.onlyParameters(request, [])
            let body = try APIBody(request, known: ["q", "lang", "limit"])
            guard case .string(let q)? = body.members["q"] else {
                if body.members["q"] == nil || body.members["q"] == .null { throw .missingWords("q") }
                throw .wrongType("q", expected: .string)
            }
            words = q
            limit = try body.int("limit", in: Self.limits) ?? limit
            explicit = try body.language()
        } else {
            try Self.onlyParameters(request, ["q", "limit"])
            let query = APIQuery(request.query)
            words = query["q"]
            if let text = query["limit"] {
                guard let value = Int(text), Self.limits.contains(value) else { throw .wrongType("limit", expected: .count(Self.limits)) }
                limit = value
            }
        }
        guard let words, !words.allSatisfy(\.isWhitespace) else { throw .missingWords("q") }
        guard words.count <= Self.maximumWords else { throw .tooLong("q", maximum: Self.maximumWords) }
        let language = APILanguage.of(request, explicit: explicit)
        let text = SearchJSON.text(words, catalogue: catalogue, language: language, limit: limit)
        return Self.json(text, language: language, cache: "no-store")
    }
}
