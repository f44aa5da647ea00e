import Catalogue
import DirectoryModel
import LineInterface
import Referral
import Testing

/// The line interface over the real directory (issue 21): one numbering, language names as
/// commands, pasted links, the share link, the emergency number once.
@Suite("Line interface: one numbering, languages, links")
struct LineSessionIssue21Tests {
    static func text(_ actions: [LineSession.Action]) -> String {
        actions.compactMap { if case .send(let text) = $0 { return text } else { return nil } }.joined()
    }

    static func session() throws -> LineSession {
        let directory = try #require(Fronts.directory)
        var site = SiteInfo()
        site.publicHost = "sanad.example.org"
        let catalogue = Catalogue(directory: directory, index: NoSearch(), site: site, today: { Fronts.asOf })
        return LineSession(catalogue: catalogue, settings: .init(language: .es, width: 100, screenHeight: 200))
    }

    @Test("A scripted session: refer, then 2 opens result 2 (not the pinned organisation before it)")
    func resultTwoOpensResultTwo() throws {
        var session = try Self.session()
        _ = session.start()
        let screen = Self.text(session.receive(InputLine(text: "derivar MX periodista amenaza de muerte urgente")))
        let lines = screen.components(separatedBy: "\r\n")
        // The page has pinned organisations before the results: the old numbering collided.
        let second = try #require(lines.first { $0.hasPrefix("2. ") }, "the referral lists a second result")
        let name = String(second.dropFirst(3).prefix { $0 != "—" }).trimmingCharacters(in: .whitespaces)
        #expect(lines.contains { $0.contains("→ 2: ") && $0.contains(name) })
        _ = session.receive(InputLine(text: "2"))
        guard case .organisation(let id) = session.route else {
            Issue.record("2 opened \(session.route), not an organisation")
            return
        }
        #expect(try #require(Fronts.directory).organisation(id)?.name.resolved(.es) == name)
    }

    @Test("Language names in their own script switch the language; two-letter codes alone still search")
    func languageNames() throws {
        var session = try Self.session()
        _ = session.start()
        _ = session.receive(InputLine(text: "العربية"))
        #expect(session.language == .ar)
        _ = session.receive(InputLine(text: "français"))
        #expect(session.language == .fr)
        _ = session.receive(InputLine(text: "english"))
        #expect(session.language == .en)
        _ = session.receive(InputLine(text: "Español"))
        #expect(session.language == .es)
        _ = session.receive(InputLine(text: "es"))
        #expect(session.route == .search("es"))
    }

    @Test("A pasted selector, gophers:// or gemini:// address opens that page in its language")
    func pastedLinks() throws {
        var session = try Self.session()
        _ = session.start()
        _ = session.receive(InputLine(text: "gophers://sanad.example.org/0/fr/org/front-line-defenders"))
        #expect(session.route == .organisation("front-line-defenders"))
        #expect(session.language == .fr)
        _ = session.receive(InputLine(text: "/en/refer/c=KE;w=lgbtiq,hrd;t=arrest_detention"))
        #expect(session.route == .referral("c=KE;w=lgbtiq,hrd;t=arrest_detention"))
        #expect(session.language == .en)
        _ = session.receive(InputLine(text: "gemini://sanad.example.org/es/country/MX"))
        #expect(session.route == .country("MX"))
        #expect(session.language == .es)
    }

    @Test("A referral shows its share link as a selector and as gophers:// and gemini:// addresses, after the warning")
    func shareLink() throws {
        var session = try Self.session()
        _ = session.start()
        _ = session.receive(InputLine(text: "/es/refer/c=MX;w=journalist"))
        let screen = Self.text(session.receive(InputLine(text: "home"))) + Self.text(session.receive(InputLine(text: "/es/refer/c=MX;w=journalist")))
        #expect(screen.contains(UIText.shareWarning(.es)))
        #expect(screen.contains("/es/refer/c=MX;w=journalist\r\n"))
        #expect(screen.contains("gophers://sanad.example.org/1/es/refer/c=MX;w=journalist"))
        #expect(screen.contains("gemini://sanad.example.org/es/refer/c=MX;w=journalist"))
    }

    @Test("The first screen names every other language in its own script and gives the emergency number once")
    func firstScreen() throws {
        var session = try Self.session()
        let screen = Self.text(session.start())
        #expect(screen.contains("en: English · fr: Français · ar: العربية"))
        #expect(screen.components(separatedBy: "+353 1 21 00 489").count == 2)
    }
}

/// Emergency first, near the defender (issue 21, item 4).
@Suite("Emergency channels near the defender")
struct EmergencyNearTests {
    @Test("The Mexico page in Spanish starts with the emergency channels that cover Mexico, nearest first, none unconfirmed")
    func mexicoStartsWithItsEmergencyChannels() throws {
        let directory = try #require(Fronts.directory)
        let page = try Fronts.catalogue(directory).page(.country("MX"), language: .es)
        #expect(page.blocks.first == .heading(UIText.emergencyIn(.es, "México")))
        let block = page.blocks.prefix { if case .link = $0 { return false } else { return true } }
        let groups = block.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
        let order = [UIText.emergencyOwnCountry(.es), UIText.emergencyRegion(.es), UIText.emergencyWorldwide(.es)].map { $0 + ":" }
        #expect(!groups.isEmpty && groups.allSatisfy(order.contains))
        #expect(groups == groups.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }, "own country, then region, then worldwide")
        let values = block.compactMap { if case .field(_, let value, _, _) = $0 { return value } else { return nil } }
        #expect(values.contains("apoyo@vita-activa.org"), "Vita Activa, for Latin America, covers Mexico")
        #expect(values.last == "+353 1 21 00 489" || values.contains("+353 1 21 00 489"), "the worldwide 24-hour line is in the block")
        // The Mecanismo's number is known only from news copies: unconfirmed, so never in an emergency block.
        #expect(!values.contains("+52 55 39 58 56 29"))
    }

    @Test("The rule orders own country, then region, then worldwide, and keeps a national-only line to its country")
    func nearestOrder() throws {
        let directory = try #require(Fronts.directory)
        let channels = EmergencyRule.nearestChannels(to: "MX", in: directory)
        #expect(!channels.isEmpty)
        #expect(channels.map(\.nearness) == channels.map(\.nearness).sorted())
        #expect(channels.allSatisfy { $0.contact.nationalOnly == nil || $0.contact.nationalOnly == "MX" })
        let fld = channels.first { $0.contact.value == "+353 1 21 00 489" }
        #expect(fld?.runBy == "front-line-defenders")
        #expect(fld?.languages.contains("es") == true)
    }
}
