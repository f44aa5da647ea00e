import Catalogue
import DirectoryModel
import Foundation
import Memberwise

/// Answers one Gemini request from a catalogue: URL → route → page → text/gemini.
///
/// Pure and synchronous apart from the search provider the catalogue may call. The server runs
/// it on the connection's own event loop (`EventLoopTaskExecutor` in SanadServer), so it must
/// stay quick: pages are cached or small. Every outcome is one ``GeminiResponse``, written in
/// one write.
@MemberwiseInit
public struct GeminiResponder: Sendable {
    public var renderer: GeminiRenderer = GeminiRenderer()

    /// The response to a decoded request.
    ///
    /// - `/xx/search` and `/xx/refer` without a query prompt for words (status 10); with one, they
    ///   show the results. A query on any other page is ignored.
    /// - `/xx/interview/…` is the catalogue's referral interview (``InterviewPath``): see
    ///   ``interview(_:query:language:catalogue:)``.
    /// - Anything that is not a route is 51, in the language of the path's prefix when it has one.
    public func respond(to request: GeminiRequest, catalogue: Catalogue) -> GeminiResponse {
        guard let (language, parsed) = Route.parse(request.path), parsed != .caps else {
            return notFound(Self.languageHint(request.path))
        }
        let route: Route
        switch parsed {
        case .interview(let path):
            return interview(path, query: request.query, language: language, catalogue: catalogue)
        case .search(nil), .refer(nil):
            guard let query = request.query?.trimmingCharacters(in: .whitespaces), !query.isEmpty else {
                let prompt = Catalogue.shortPrompt(parsed, language)
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

    /// One interview step. A typed answer (the query) moves to the next step's address (30), or
    /// asks again when it named nothing (10); a question answered by typing asks at once (10);
    /// any other step is the catalogue's page: its answers as links, typing and skipping.
    func interview(_ path: InterviewPath, query: String?, language l: UILanguage, catalogue: Catalogue) -> GeminiResponse {
        do {
            if let query {
                guard let next = try catalogue.answering(path, typed: query) else {
                    return .input(catalogue.interviewPrompt(path, l, notRecognised: true))
                }
                return .redirect(PercentEncoding.encodePath(Route.interview(next).path(l)))
            }
            let page = try catalogue.interviewPage(path, l)
            if let step = path.nextStep, path.asksForWords || step.isTypedOnly {
                return .input(catalogue.interviewPrompt(path, l))
            }
            return .page(renderer.render(page), language: l.rawValue)
        } catch {
            return notFound(l)
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
