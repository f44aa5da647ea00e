import Catalogue
import DirectoryModel

/// The HTML pages: every catalogue route as a page (`/en/…`, the Gopher and Gemini paths),
/// search and the referral form by POST, `/leave`, the safety page. The last responder of the
/// web front: it answers every path (a page, or "not found").
///
/// Pure: a function of the request and the catalogue. Nothing a request carries is logged,
/// and nothing a visitor sent is put in an address (`Location`) except the interview's own
/// path, which is its design (``InterviewPath``).
public struct HTMLResponder: WebResponder {
    public let options: WebSiteOptions
    let renderer = HTMLRenderer()

    public init(options: WebSiteOptions = WebSiteOptions()) {
        self.options = options
    }

    /// Always an answer: as the last responder it never passes a request on.
    public func respond(to request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse? {
        page(for: request, catalogue: catalogue, generation: generation)
    }

    /// The page for any path: a catalogue page, a form's answer, `/leave`, the safety page, or
    /// "not found" and the method errors in the path's language.
    public func page(for request: WebRequest, catalogue: Catalogue, generation: Int) -> WebResponse {
        let path = PercentEncoding.decodeLeniently(request.path)
        let isPost = request.method == "POST"
        guard ["GET", "HEAD", "POST"].contains(request.method) else {
            return error(405, UIText.webMethod, Self.languageHint(path), allow: true)
        }
        if path == "/leave" { return leave() }
        if let l = Self.safetyLanguage(path) {
            return isPost ? error(405, UIText.webMethod, l, allow: true) : .html(safetyPage(l))
        }
        guard let (l, route) = Route.parse(path), route != .caps else {
            return notFound(Self.languageHint(path))
        }
        let form = isPost ? FormFields(request.body) : FormFields(query: request.query)
        switch route {
        case .search(nil):
            let words = form.first("q").flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            return page(.search(words), l, catalogue, noStore: words != nil)
        case .refer(nil):
            return isPost ? referral(form, l, catalogue) : referForm(l, catalogue)
        case .interview(let interview):
            guard isPost else { return page(route, l, catalogue, noStore: true) }
            return answer(interview, typed: form.first("q") ?? "", l, catalogue)
        case .referral:
            guard !isPost else { return error(405, UIText.webMethod, l, allow: true) }
            return page(route, l, catalogue, noStore: true)
        default:
            guard !isPost else { return error(405, UIText.webMethod, l, allow: true) }
            return page(route, l, catalogue, noStore: false)
        }
    }

    /// A catalogue page, or "not found".
    func page(_ route: Route, _ l: UILanguage, _ catalogue: Catalogue, noStore: Bool) -> WebResponse {
        guard let page = try? catalogue.page(route, language: l) else { return notFound(l) }
        // A results page links to the same route in another language without the words.
        return .html(renderer.document(page, route: route), noStore: noStore)
    }

    /// A typed answer to an interview step: on to the next step's address, or the step again
    /// with "not recognised".
    func answer(_ path: InterviewPath, typed: String, _ l: UILanguage, _ catalogue: Catalogue) -> WebResponse {
        do {
            guard let next = try catalogue.answering(path, typed: typed) else {
                let page = try catalogue.interviewPage(InterviewPath(answers: path.answers), l, notRecognised: true)
                return .html(renderer.document(page, route: .interview(path)), noStore: true)
            }
            var redirect = WebResponse.redirect(PercentEncoding.encodePath(Route.interview(next).path(l)))
            redirect.headers.append(HeaderField("Cache-Control", "no-store"))
            return redirect
        } catch {
            return notFound(l)
        }
    }

    /// `/leave`: the browser drops what it kept for this site and goes to a neutral site.
    func leave() -> WebResponse {
        var response = WebResponse.redirect(options.leaveURL, status: 303)
        response.headers.append(HeaderField("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""))
        response.headers.append(HeaderField("Cache-Control", "no-store"))
        return response
    }

    /// The safety page in `l`: what "Leave this site" does not do, shared devices, proxies.
    func safetyPage(_ l: UILanguage) -> String {
        let page = Page(language: l, title: UIText.webSafetyTitle(l), blocks: [
            .text(UIText.webSafety1(l)), .text(UIText.webSafety2(l)), .text(UIText.webSafety3(l)), .text(UIText.webSafety4(l)),
            .blank, .link(label: UIText.backToRoot(l), route: .root),
        ])
        return renderer.document(page, route: nil, switchPath: HTMLRenderer.safetyPath)
    }

    /// 404 with the catalogue's sentence and a way back.
    func notFound(_ l: UILanguage) -> WebResponse {
        error(404, UIText.notFound, l)
    }

    /// An error page: the sentence as the title, a link to the start.
    func error(_ status: Int, _ text: UIText, _ l: UILanguage, allow: Bool = false) -> WebResponse {
        let page = Page(language: l, title: text(l), blocks: [.link(label: UIText.backToRoot(l), route: .root)])
        var response = WebResponse.html(renderer.document(page, route: nil), status: status)
        if allow { response.headers.append(HeaderField("Allow", "GET, HEAD, POST")) }
        return response
    }

    /// `/xx/safety`'s language.
    static func safetyLanguage(_ path: String) -> UILanguage? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[1] == "safety" else { return nil }
        return UILanguage(rawValue: String(parts[0]))
    }

    /// The UI language named by the path's first segment, English otherwise.
    public static func languageHint(_ path: String) -> UILanguage {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return UILanguage(rawValue: first) ?? .en
    }
}
