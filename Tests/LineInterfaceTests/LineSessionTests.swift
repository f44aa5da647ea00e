import Catalogue
import DirectoryModel
import Testing
@testable import LineInterface

/// The text of every send action, joined.
private func output(_ actions: [LineSession.Action]) -> String {
    actions.compactMap { if case .send(let text) = $0 { return text } else { return nil } }.joined()
}

/// The output's lines, without the final prompt.
private func lines(_ actions: [LineSession.Action]) -> [String] {
    var text = output(actions)
    if text.hasSuffix(LineSession.prompt) { text.removeLast(LineSession.prompt.count) }
    var result = text.components(separatedBy: "\r\n")
    if result.last == "" { result.removeLast() }
    return result
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
}

private extension LineSession {
    mutating func type(_ text: String) -> [LineSession.Action] {
        receive(InputLine(text: text))
    }

    /// The number the page on screen gives the item labelled `label` (the renderer's one numbering).
    func number(of label: String) -> Int? {
        guard let page else { return nil }
        let numbers = PageRenderer.numbering(of: page)
        return page.blocks.indices.first { index in
            switch page.blocks[index].unwrapped {
            case .link(let l, _), .query(let l, _), .external(let l, _): return l == label
            case .language(let language): return Catalogue.languageName(language) == label
            default: return false
            }
        }.flatMap { numbers[$0] }
    }
}

@Suite("Line session")
struct LineSessionTests {
    let catalogue = LineFixture.catalogue

    @Test("The server speaks first: banner with the emergency number alone on its line, the numbered root menu, a prompt")
    func firstScreen() {
        var session = LineSession(catalogue: catalogue)
        let actions = session.start()
        #expect(actions.count == 1)
        let text = output(actions)
        #expect(text.hasSuffix("\r\n" + LineSession.prompt))
        let shown = lines(actions)
        let banner = session.banner()
        #expect(banner.count <= 3)
        #expect(Array(shown.prefix(banner.count)) == banner)
        // Every other language in its own script on the first screen (issue 21).
        #expect(banner.contains { $0.contains("fr: Français") && $0.contains("es: Español") && $0.contains("ar: العربية") })
        // The emergency number once: in the root's emergency block, with who runs the line.
        #expect(shown.filter { $0.contains(LineFixture.emergencyNumber) }.count == 1)
        #expect(shown.contains { $0.contains("Front Line Defenders") })
        #expect(shown.contains { $0.hasPrefix(" 1. ") })
        #expect(shown.count <= session.screenHeight + 1)
        #expect(!text.contains("\n\n"), "every line ends in CR LF")
    }

    @Test("Without an emergency line in the directory, the banner shows no number rather than an invented one")
    func noEmergencyLine() {
        let directory = Directory(organisations: [LineFixture.protectDefenders], vocabularies: LineFixture.vocabularies, regions: LineFixture.regions)
        let session = LineSession(catalogue: Catalogue(directory: directory, index: NameSearch(directory: directory)))
        #expect(session.banner() == [UIText.lineTitle(.en), UIText.lineLanguages(.en, "fr: Français · es: Español · ar: العربية")])
        #expect(!session.banner().joined().contains("+"))
    }

    @Test("A number opens that item; back and home return")
    func numbersBackHome() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let azNumber = session.number(of: UIText.browseAZ(.en))
        let az = try #require(azNumber)
        let azScreen = lines(session.type(String(az)))
        #expect(azScreen.first == UIText.azTitle(.en))
        #expect(session.route == .azIndex)
        let letter = session.number(of: "F (1)")
        _ = session.type("\(try #require(letter))")
        let found = session.number(of: "Front Line Defenders")
        let org = try #require(found)
        let orgScreen = lines(session.type("\(org)"))
        #expect(session.route == .organisation("front-line-defenders"))
        #expect(orgScreen.contains("  " + LineFixture.emergencyNumber), "the number stands alone on its line")
        #expect(orgScreen.contains("  https://www.frontlinedefenders.org"))
        _ = session.type("back")
        #expect(session.route == .az("F"))
        _ = session.type("back")
        #expect(session.route == .azIndex)
        _ = session.type("back")
        #expect(session.route == .root)
        #expect(lines(session.type("back")) == [UIText.lineNothingBack(.en)])
        _ = session.type("\(az)")
        _ = session.type("search front")
        _ = session.type("home")
        #expect(session.route == .root)
        #expect(lines(session.type("back")) == [UIText.lineNothingBack(.en)])
    }

    @Test("A number that is not on the page gets a one-line hint")
    func numberOutOfRange() {
        var session = LineSession(catalogue: catalogue)
        _ = session.start()
        let count = session.page.map(PageRenderer.highestNumber(on:)) ?? 0
        #expect(lines(session.type("99")) == ["There is no item 99 here: choose 1 to \(count)."])
        #expect(lines(session.type("0")) == ["There is no item 0 here: choose 1 to \(count)."])
        #expect(session.route == .root)
    }

    @Test("search WORDS and plain words both search; a result opens by number")
    func search() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let results = lines(session.type("search front line"))
        #expect(session.route == .search("front line"))
        #expect(results.contains { $0.hasPrefix("1. Front Line Defenders") })
        _ = session.type("protectdefenders")
        #expect(session.route == .search("protectdefenders"))
        _ = session.type("1")
        #expect(session.route == .organisation("protectdefenders-eu"))
        // A command word with an argument it does not take is a search.
        _ = session.type("help desk")
        #expect(session.route == .search("help desk"))
    }

    @Test("A search item asks for words; Enter cancels")
    func queryItem() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let searchNumber = session.number(of: UIText.search(.en))
        let search = try #require(searchNumber)
        let asked = output(session.type("\(search)"))
        #expect(asked == UIText.lineAskSearchWords(.en) + "\r\n> ")
        _ = session.type("front")
        #expect(session.route == .search("front"))
        _ = session.type("search")
        #expect(lines(session.type("")) == [UIText.lineCancelled(.en)])
        #expect(session.route == .search("front"))
    }

    @Test("refer WORDS opens the referral for them")
    func referWords() {
        var session = LineSession(catalogue: catalogue)
        _ = session.start()
        _ = session.type("refer TN journalist")
        #expect(session.route == .refer("TN journalist"))
    }

    @Test("refer runs the catalogue's interview: one question per screen, numbers or words, every step skippable")
    func interview() {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let first = lines(session.type("refer"))
        #expect(first.first == UIText.questionCountry(.en))
        #expect(first.contains("Step 1 of 6"))
        #expect(session.route == .interview(InterviewPath()))
        // Typed words go through the referral parser: the fixture has no countries, so it says so
        // and asks again; `-` skips.
        let unknown = lines(session.type("Tunisia"))
        #expect(unknown.contains(UIText.notRecognised(.en)))
        #expect(session.route == .interview(InterviewPath()))
        let who = lines(session.type("-"))
        #expect(who.first == UIText.questionWho(.en))
        #expect(who.contains("1. Human rights defender"))
        _ = session.type("1")
        // The fixture has no threats vocabulary: the question takes words; Enter skips it.
        let needs = lines(session.type(""))
        #expect(needs.first == UIText.questionNeeds(.en))
        // What was understood so far, in words.
        #expect(needs.contains("- Who: Human rights defender"))
        #expect(needs.contains("- What is happening: skipped"))
        _ = session.type("1")
        #expect(lines(session.type("-")).first == UIText.questionUrgency(.en))
        let again = lines(session.type("9"))
        #expect(again.first?.hasPrefix("There is no item 9 here") == true)
        let done = lines(session.type("1"))
        #expect(session.route == .interview(InterviewPath(answers: [[], ["hrd"], [], ["emergency_response"], [], ["immediate"]])))
        #expect(done.first == UIText.referralTitle(.en))
        #expect(done.contains { $0.contains("Front Line Defenders") }, "\(done)")
    }

    @Test("Several numbers answer a question with several listed answers")
    func interviewSeveralNumbers() {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        _ = session.type("refer")
        _ = session.type("-")
        let count = session.page.map(PageRenderer.highestNumber(on:)) ?? 0
        _ = session.type(count >= 4 ? "2 1" : "1")
        guard case .interview(let path) = session.route else { Issue.record("left the interview"); return }
        #expect(path.answers.count == 2)
        #expect(path.answers[1].count == (count >= 4 ? 2 : 1))
    }

    @Test("In the interview, back goes to the previous question; home and quit work")
    func interviewNavigation() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let itemNumber = session.number(of: UIText.interviewStart(.en))
        let item = try #require(itemNumber)
        #expect(lines(session.type("\(item)")).first == UIText.questionCountry(.en))
        _ = session.type("-")
        #expect(lines(session.type("back")).first == UIText.questionCountry(.en))
        #expect(lines(session.type("back")).first == UIText.siteTitle(.en) || session.route == .root)
        _ = session.type("refer")
        _ = session.type("home")
        #expect(session.route == .root)
        _ = session.type("refer")
        #expect(session.type("quit").last == .close)
    }

    @Test("Long pages pause for more; Enter and more page on; a number still works mid-page")
    func paging() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 6))
        let first = lines(session.start())
        #expect(first.count == 6)
        #expect(first.last == UIText.lineMoreHint(.en))
        var seen = Array(first.dropLast())
        var guardCount = 0
        while !session.pending.isEmpty, guardCount < 50 {
            let next = lines(guardCount % 2 == 0 ? session.type("") : session.type("more"))
            #expect(next.count <= 6)
            seen += next.last == UIText.lineMoreHint(.en) ? Array(next.dropLast()) : next
            guardCount += 1
        }
        // The root page without its title, which the banner already says.
        let root = PageRenderer().render(try catalogue.page(.root, language: .en))
        #expect(root.prefix(2) == [UIText.siteTitle(.en), String(repeating: "=", count: UIText.siteTitle(.en).count)])
        #expect(seen == session.banner() + root.dropFirst(2))
        #expect(lines(session.type("more")) == [UIText.lineNothingMore(.en)])
        #expect(lines(session.type("")) == [])
    }

    @Test("lang changes every word on screen; an unknown language gets a hint")
    func language() {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let french = lines(session.type("lang fr"))
        #expect(session.language == .fr)
        #expect(french.first == UIText.siteTitle(.fr))
        #expect(lines(session.type("aide")) == UIText.lineHelp(.fr).split(separator: "\n").map(String.init))
        let arabic = lines(session.type("langue العربية"))
        #expect(session.language == .ar)
        #expect(arabic.first == UIText.siteTitle(.ar))
        #expect(lines(session.type("lang xx")) == [UIText.lineLangHint(.ar)])
        #expect(lines(session.type("lang")) == [UIText.lineLangHint(.ar)])
        _ = session.type("lang en")
        #expect(session.language == .en)
    }

    @Test("Choosing a language item switches to that language's start page")
    func languageItem() throws {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 100))
        _ = session.start()
        let spanishNumber = session.number(of: "Español")
        let spanish = try #require(spanishNumber)
        let screen = lines(session.type("\(spanish)"))
        #expect(session.language == .es)
        #expect(screen.first == UIText.siteTitle(.es))
    }

    @Test("width N rewraps the page; out of range gets a hint")
    func width() {
        var session = LineSession(catalogue: catalogue, settings: .init(screenHeight: 200))
        _ = session.start()
        _ = session.type("search front")
        _ = session.type("1")
        let narrow = lines(session.type("width 30"))
        #expect(session.layout.width == 30)
        #expect(narrow.count > 10)
        let tooWide = narrow.filter { $0.count > 30 }
        #expect(tooWide.allSatisfy { $0.contains("https://") || $0.contains("+353") }, "\(tooWide)")
        #expect(lines(session.type("width 5")) == ["Width is 30; type width and a number from 20 to 200."])
        #expect(lines(session.type("width abc")) == ["Width is 30; type width and a number from 20 to 200."])
    }

    @Test("Unknown input gets one line; invalid UTF-8 gets one line and the session goes on")
    func hints() {
        var session = LineSession(catalogue: catalogue)
        _ = session.start()
        #expect(lines(session.type("???")) == [UIText.lineUnknownHint(.en)])
        let flagged = lines(session.receive(InputLine(text: "fr\u{FFFD}ont", hadInvalidUTF8: true)))
        #expect(flagged.first == UIText.lineInvalidUTF8Hint(.en))
        #expect(session.route == .search("fr\u{FFFD}ont"))
        #expect(!session.isClosed)
    }

    @Test("help is short; quit says goodbye and closes; nothing is answered after")
    func helpAndQuit() {
        var session = LineSession(catalogue: catalogue)
        _ = session.start()
        #expect(lines(session.type("help")).count <= 4)
        #expect(session.type("quit") == [.send("Goodbye. Stay safe.\r\n"), .close])
        #expect(session.isClosed)
        #expect(session.type("help").isEmpty)
        #expect(session.idleWarning().isEmpty)
    }

    @Test("Commands are accepted in the UI language as well as in English")
    func localisedCommands() {
        #expect(LineCommand.parse("quitter", language: .fr) == .quit)
        #expect(LineCommand.parse("quit", language: .fr) == .quit)
        #expect(LineCommand.parse("quitter", language: .en) == .search("quitter"))
        #expect(LineCommand.parse("بحث محامي", language: .ar) == .search("محامي"))
        #expect(LineCommand.parse("  BACK ", language: .en) == .back)
        #expect(LineCommand.parse("12", language: .en) == .number(12))
        #expect(LineCommand.parse("99999999999999", language: .en) == .search("99999999999999"))
        #expect(LineCommand.parse("...", language: .en) == .unknown)
    }

    @Test("Timers: a warning keeps the session, a timeout or a flood closes it with one line")
    func timers() {
        var session = LineSession(catalogue: catalogue)
        _ = session.start()
        #expect(lines(session.idleWarning()) == [UIText.lineIdleWarning(.en)])
        #expect(session.idleTimeout() == [.send("\r\n" + UIText.lineIdleClosed(.en) + "\r\n"), .close])
        var other = LineSession(catalogue: catalogue)
        #expect(other.flooded() == [.send("\r\n" + UIText.lineFlooded(.en) + "\r\n"), .close])
        var third = LineSession(catalogue: catalogue)
        #expect(third.sessionTimeout().last == .close)
    }
}
