import Catalogue
import DirectoryModel

/// One user's conversation with the line interface, as a state machine without sockets.
///
/// The server feeds it lines (``receive(_:)``) and timer events (``idleWarning()``,
/// ``idleTimeout()``, ``sessionTimeout()``, ``flooded()``) and carries out the ``Action``s it
/// returns, in order. Each answer is one ``Action/send(_:)`` holding the whole screen, CR LF line
/// endings and the prompt, so it leaves in one write rather than one segment per line.
///
/// Nothing the user types leaves the session except as a catalogue route; the session keeps only
/// the pages it needs for `back`.
public struct LineSession: Sendable {
    /// What the server must do.
    public enum Action: Sendable, Hashable {
        /// Write this text (UTF-8) to the client.
        case send(String)
        /// Close the connection, after the writes before it.
        case close
    }

    /// The session's starting settings.
    public struct Settings: Sendable, Hashable {
        public var language: UILanguage
        public var width: Int
        /// Lines per screen before output pauses for `more`.
        public var screenHeight: Int

        /// The range of screen heights accepted.
        public static let screenHeightRange = 5...200

        public init(language: UILanguage = .en, width: Int = TextLayout.defaultWidth, screenHeight: Int = TextLayout.defaultScreenHeight) {
            self.language = language
            self.width = width
            self.screenHeight = min(max(screenHeight, Self.screenHeightRange.lowerBound), Self.screenHeightRange.upperBound)
        }
    }

    /// What the next line typed means.
    enum Mode: Sendable, Hashable {
        /// Commands, numbers and searches.
        case browsing
        /// Words for a prompt route: a search, a referral, or an interview question.
        case awaitingWords(Route)
    }

    /// The line ending on the wire: telnet's NVT newline, which every terminal understands.
    public static let newline = "\r\n"
    /// The prompt after every screen.
    public static let prompt = "> "
    /// How many pages `back` remembers.
    public static let maximumHistory = 50

    let catalogue: Catalogue
    public internal(set) var language: UILanguage
    public internal(set) var layout: TextLayout
    public let screenHeight: Int
    /// The route of the page on screen.
    public internal(set) var route: Route = .root
    var page: Page?
    var history: [Route] = []
    /// Lines of the current page not yet shown.
    var pending: [String] = []
    var mode: Mode = .browsing
    /// Whether the session asked for the connection to close; later input is ignored.
    public private(set) var isClosed = false

    public init(catalogue: Catalogue, settings: Settings = Settings()) {
        self.catalogue = catalogue
        self.language = settings.language
        self.layout = TextLayout(width: settings.width)
        self.screenHeight = settings.screenHeight
    }


    /// The first screen: the banner (what this is, and every other language named in its own
    /// script with the word that switches to it), the root menu (whose emergency block gives the
    /// 24-hour number, once) and the prompt. The server speaks first.
    public mutating func start() -> [Action] {
        let lines = banner()
        var root = open(.root, remember: false)
        // The banner already says what this is: the root page's own title would repeat it.
        if let page, !page.title.isEmpty {
            let title = PageRenderer(layout: layout).render(Page(language: language, title: page.title, blocks: []))
            if root.starts(with: title) { root.removeFirst(title.count) }
        }
        return screen(lines + root)
    }

    /// The banner in the session's language: what this is, then the languages, each in its own
    /// script with its code (`es: Español · fr: Français · ar: العربية`); typing the code or the
    /// name switches. The emergency number is not repeated here: the root page's first block
    /// gives it, with who runs the line and the languages it answers in.
    func banner() -> [String] {
        var lines = layout.wrap(UIText.lineTitle(language))
        let others = UILanguage.allCases.filter { $0 != language }.map { "\($0.rawValue): \(Catalogue.languageName($0))" }
        let list = others.joined(separator: " · ")
        lines += layout.wrap(UIText.lineLanguages(language, language.isRightToLeft ? BidiIsolation.isolate(list) : list))
        return lines
    }

    /// Handles one line typed by the user.
    public mutating func receive(_ input: InputLine) -> [Action] {
        guard !isClosed else { return [] }
        var lines: [String] = input.hadInvalidUTF8 ? [UIText.lineInvalidUTF8Hint(language)] : []
        if case .awaitingWords(let target) = mode {
            mode = .browsing
            let words = input.text.trimmingSpaces()
            if case .interview(let path) = target {
                lines += answer(path, words)
            } else if words.isEmpty {
                lines.append(UIText.lineCancelled(language))
            } else {
                lines += open(Self.route(target, words: words), remember: true)
            }
            return screen(lines)
        }
        // A pasted selector or address opens its page, in its language.
        if let pasted = Self.pastedRoute(input.text) {
            language = pasted.language
            lines += open(pasted.route, remember: true)
            return screen(lines)
        }
        let command = LineCommand.parse(input.text, language: language)
        if command == .quit { return quit(lines) }
        if case .interview(let path) = route, path.nextStep != nil, let answered = interviewAnswer(input.text, command, path) {
            return screen(lines + answered)
        }
        lines += perform(command)
        return screen(lines)
    }

    /// Says goodbye after `lines` and closes.
    mutating func quit(_ lines: [String]) -> [Action] {
        isClosed = true
        return [.send((lines + [UIText.lineGoodbye(language)]).map { $0 + Self.newline }.joined()), .close]
    }

    /// A minute before the idle timeout: a one-line warning, then the prompt again.
    public mutating func idleWarning() -> [Action] {
        guard !isClosed else { return [] }
        return screen([UIText.lineIdleWarning(language)])
    }

    /// The idle timeout: a last line, then close.
    public mutating func idleTimeout() -> [Action] { closing(UIText.lineIdleClosed(language)) }

    /// The session length limit: a last line, then close.
    public mutating func sessionTimeout() -> [Action] { closing(UIText.lineSessionEnded(language)) }

    /// A flood from the client: a last line saying why, then close.
    public mutating func flooded(_ reason: FloodReason = .lineTooLong) -> [Action] {
        closing(reason == .tooManyLines ? UIText.lineTooManyLines(language) : UIText.lineFlooded(language))
    }

    private mutating func closing(_ line: String) -> [Action] {
        guard !isClosed else { return [] }
        isClosed = true
        // A fresh line first: the user may be halfway through typing.
        return [.send(Self.newline + line + Self.newline), .close]
    }

    /// `lines` as one screen: the first screenful, a more hint when there is more, the prompt.
    /// Lines beyond the screen wait in ``pending``.
    mutating func screen(_ lines: [String]) -> [Action] {
        var shown = lines
        if let ask = askLine() {
            shown.append(ask)
        } else if shown.count > screenHeight {
            // Whatever does not fit goes on the next screen, before any page lines still waiting.
            // A short answer (a hint, help) leaves waiting lines alone: Enter still continues.
            let room = screenHeight - 1
            pending = Array(shown.dropFirst(room)) + pending
            shown = Array(shown.prefix(room))
            shown.append(UIText.lineMoreHint(language))
        }
        return [.send(shown.map { $0 + Self.newline }.joined() + Self.prompt)]
    }

    private func askLine() -> String? {
        guard case .awaitingWords(let target) = mode else { return nil }
        if case .interview(let path) = target { return catalogue.interviewPrompt(path, language) }
        return UIText.lineAskSearchWords(language)
    }

    /// The route that answers `words` typed for a prompt route.
    static func route(_ target: Route, words: String) -> Route {
        if case .refer = target { return .refer(words) }
        return .search(words)
    }
}
