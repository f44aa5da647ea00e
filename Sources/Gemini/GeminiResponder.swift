import Catalogue
import DirectoryModel

/// Answers one Gemini request from a catalogue: URL → route → page → text/gemini.
///
/// Pure and synchronous apart from the search provider the catalogue may call; the server runs
/// it off the event loops. Every outcome is one ``GeminiResponse``, written in one write.
public struct GeminiResponder: Sendable {
    public var renderer: GeminiRenderer

    public init(renderer: GeminiRenderer = GeminiRenderer()) {
        self.renderer = renderer
    }

    /// The response to a decoded request.
    ///
    /// - `/xx/search` and `/xx/refer` without a query prompt for words (status 10); with one, they
    ///   show the results. A query on any other page is ignored.
    /// - `/xx/interview/…` is the step-by-step referral interview (``InterviewPath``).
    /// - Anything that is not a route is 51, in the language of the path's prefix when it has one.
    public func respond(to request: GeminiRequest, catalogue: Catalogue) -> GeminiResponse {
        if let interview = InterviewPath.parse(request.path) {
            return Interview(catalogue: catalogue).respond(interview, query: request.query)
        }
        guard let (language, parsed) = Route.parse(request.path), parsed != .caps else {
            return notFound(Self.languageHint(request.path))
        }
        let route: Route
        switch parsed {
        case .search(nil), .refer(nil):
            guard let query = request.query?.trimmingSpaces, !query.isEmpty else {
                let prompt = parsed == .search(nil) ? UIText.searchPrompt(language) : UIText.referPrompt(language)
                return .input(prompt)
            }
            route = parsed == .search(nil) ? .search(query) : .refer(query)
        default:
            route = parsed
        }
        do {
            let page = try catalogue.page(route, language: language)
            return .page(renderer.render(page), language: page.language.rawValue)
        } catch {
            return notFound(language)
        }
    }

    /// The response to a request that could not be decoded.
    public func respond(to error: GeminiRequestError) -> GeminiResponse {
        error.response
    }

    /// Status 51 with the catalogue's sentence in `language`.
    func notFound(_ language: UILanguage) -> GeminiResponse {
        GeminiResponse(status: .notFound, meta: UIText.notFound(language))
    }

    /// The UI language named by the path's first segment, English otherwise.
    static func languageHint(_ path: String) -> UILanguage {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return UILanguage(rawValue: first) ?? .en
    }
}
