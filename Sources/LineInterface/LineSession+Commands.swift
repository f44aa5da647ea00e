import Catalogue
import DirectoryModel

extension LineSession {
    /// Carries out one command (not `quit`, which closes), returning the lines to show.
    mutating func perform(_ command: LineCommand) -> [String] {
        switch command {
        case .enter:
            return takePending()
        case .more:
            return pending.isEmpty ? [UIText.lineNothingMore(language)] : takePending()
        case .number(let number):
            return choose(number)
        case .search(nil):
            mode = .awaitingWords(.search(nil))
            return []
        case .search(let words?):
            return open(.search(words), remember: true)
        case .refer(let words):
            return startReferral(words: words)
        case .back:
            guard let previous = history.popLast() else { return [UIText.lineNothingBack(language)] }
            return open(previous, remember: false)
        case .home:
            history.removeAll()
            return open(.root, remember: false)
        case .help:
            // Help lines are aligned with runs of spaces: keep them when they fit.
            return UIText.lineHelp(language).split(separator: "\n").map(String.init).flatMap { $0.count <= layout.width ? [$0] : layout.wrap($0) }
        case .quit:
            return []
        case .language(let argument):
            guard let argument, let chosen = Self.language(named: argument) else { return [UIText.lineLangHint(language)] }
            language = chosen
            return open(route, remember: false)
        case .width(let argument):
            let range = TextLayout.widthRange
            guard let argument, let width = Int(argument), range.contains(width) else {
                return [UIText.lineWidthHint(language, String(range.lowerBound), String(range.upperBound), String(layout.width))]
            }
            layout = TextLayout(width: width)
            return open(route, remember: false)
        case .unknown:
            return [UIText.lineUnknownHint(language)]
        }
    }

    /// The referral from the `refer` command: `refer WORDS` opens the catalogue's referral page
    /// for those words; `refer` alone starts the catalogue's interview, one question per screen.
    mutating func startReferral(words: String?) -> [String] {
        open(words.map(Route.refer) ?? .interview(InterviewPath()), remember: true)
    }

    /// Opens item `number` of the page on screen, by the renderer's one numbering
    /// (``PageRenderer/numbering(of:)``: a result's number opens that result).
    mutating func choose(_ number: Int) -> [String] {
        guard let page, PageRenderer.highestNumber(on: page) > 0 else { return [UIText.lineNoItems(language)] }
        guard let link = PageRenderer.link(number, on: page) else {
            return [UIText.lineNoSuchItem(language, String(number), String(PageRenderer.highestNumber(on: page)))]
        }
        switch link {
        case .link(_, let target), .query(_, let target):
            if target.isQuery {
                mode = .awaitingWords(target)
                return []
            }
            return open(target, remember: true)
        case .language(let other):
            language = other
            history.removeAll()
            return open(.root, remember: false)
        case .external(let label, let url):
            pending = []
            return layout.wrap(label) + [layout.valueLine(url)]
        default:
            return [UIText.lineNoItems(language)]
        }
    }

    /// A pasted selector or address (`/es/refer/c=MX;w=journalist`,
    /// `gophers://host/1/es/org/x`, `gemini://host/es/emergency`): the route it names, with its
    /// language, or nil when the line is not one. The host is not checked: only the path is
    /// used, and it opens here, on this server's directory.
    static func pastedRoute(_ line: String) -> (language: UILanguage, route: Route)? {
        var text = line.trimmingSpaces()
        for scheme in ["gophers://", "gopher://", "gemini://"] where text.lowercased().hasPrefix(scheme) {
            text.removeFirst(scheme.count)
            guard let slash = text.firstIndex(of: "/") else { return nil }
            text = String(text[slash...])
            // A Gopher URL's path starts with the item type: /1/es/… or /0/es/org/….
            if scheme.hasPrefix("gopher"), text.count > 2, text.dropFirst(2).first == "/" { text.removeFirst(2) }
            break
        }
        guard text.hasPrefix("/"), text.count > 1, !text.contains(" ") else { return nil }
        if let query = text.firstIndex(of: "?") { text = String(text[..<query]) }
        let decoded = PercentEncoding.decodeIfValid(text)
        guard let parsed = Route.parse(decoded), !parsed.route.isQuery else { return nil }
        return parsed
    }

    /// Opens `target` in the session's language and returns all its lines (``screen(_:)`` pages
    /// them). A route that names nothing leaves the current page in place.
    mutating func open(_ target: Route, remember: Bool) -> [String] {
        let opened: Page
        do {
            opened = try catalogue.page(target, language: language)
        } catch {
            return [UIText.lineNotFound(language)]
        }
        if remember, page != nil {
            history.append(route)
            if history.count > Self.maximumHistory { history.removeFirst(history.count - Self.maximumHistory) }
        }
        route = target
        page = opened
        pending = []
        return PageRenderer(layout: layout, publicHost: catalogue.site.publicHost).render(opened)
    }

    /// The lines still waiting to be shown, removed from the queue.
    private mutating func takePending() -> [String] {
        defer { pending = [] }
        return pending
    }

    /// The UI language for a `lang` argument: a code (`ar`) or the language's own name.
    static func language(named argument: String) -> UILanguage? {
        let word = argument.lowercased()
        if let code = UILanguage(rawValue: word) { return code }
        let names: [String: UILanguage] = [
            "english": .en, "anglais": .en, "inglés": .en, "ingles": .en,
            "français": .fr, "francais": .fr, "french": .fr, "francés": .fr, "frances": .fr,
            "español": .es, "espanol": .es, "spanish": .es, "espagnol": .es,
            "العربية": .ar, "عربي": .ar, "arabic": .ar, "arabe": .ar,
        ]
        return names[word]
    }
}
