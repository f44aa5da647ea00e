import Catalogue
import DirectoryModel
import Gopher
import NIOCore
import Testing

@Suite struct GopherRendererTests {
    let renderer = GopherRenderer(host: "gopher.example", port: 70)

    func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    @Test func menuLinesHaveFourFieldsAndCRLF() {
        let page = Page(language: .fr, title: "Titre", blocks: [
            .heading("Section"),
            .link(label: "Urgence", route: .emergency),
            .link(label: "Fiche", route: .organisation("x")),
            .link(label: "Chercher", route: .search(nil)),
            .query(label: "Orientation", route: .refer(nil)),
            .external(label: "Site", url: "https://example.org/a?b=c"),
            .language(.ar),
            .blank,
        ])
        #expect(text(renderer.render(page)) == """
            iTitre\t\terror.host\t1\r
            i\t\terror.host\t1\r
            iSection\t\terror.host\t1\r
            1Urgence\t/fr/emergency\tgopher.example\t70\r
            0Fiche\t/fr/org/x\tgopher.example\t70\r
            7Chercher\t/fr/search\tgopher.example\t70\r
            7Orientation\t/fr/refer\tgopher.example\t70\r
            hSite\tURL:https://example.org/a?b=c\tgopher.example\t70\r
            1العربية\t/ar/\tgopher.example\t70\r
            i\t\terror.host\t1\r
            .\r

            """)
    }

    @Test func fieldValueStandsAloneAndIsNeverWrapped() {
        let long = String(repeating: "9", count: 90)
        let page = Page(language: .en, title: "", blocks: [.field(label: "Phone", value: long, note: "24/7")])
        #expect(text(renderer.render(page)) == "iPhone\t\terror.host\t1\r\ni\(long)\t\terror.host\t1\r\ni24/7\t\terror.host\t1\r\n.\r\n")
    }

    @Test func controlCharactersInDisplayTextBecomeSpaces() {
        let page = Page(language: .en, title: "", blocks: [.link(label: "a\tb\r\nc\u{0}d", route: .root)])
        #expect(text(renderer.render(page)) == "1a b  c d\t/en/\tgopher.example\t70\r\n.\r\n")
    }

    @Test func textIsWrappedAtTheWidthWithoutSplittingGraphemes() {
        let narrow = GopherRenderer(host: "h", port: 1, width: 20)
        // "é" as e + combining acute: 21 graphemes, more than 21 scalars.
        let word = String(repeating: "e\u{301}", count: 21)
        let page = Page(language: .en, title: "", blocks: [.text("one two three four five six seven"), .text(word)])
        let lines = text(narrow.render(page)).split(separator: "\r\n").map(String.init)
        #expect(lines == [
            "ione two three four\t\terror.host\t1", "ifive six seven\t\terror.host\t1",
            "i" + String(repeating: "e\u{301}", count: 20) + "\t\terror.host\t1", "ie\u{301}\t\terror.host\t1", ".",
        ])
    }

    @Test func documentsAreDotStuffedAndTerminated() {
        let page = Page(language: .en, title: "", blocks: [.text(".hidden"), .text("plain"), .text(".")], isDocument: true)
        #expect(text(renderer.render(page)) == "..hidden\r\nplain\r\n..\r\n.\r\n")
    }

    @Test func errorIsOneTypeThreeLineAndTheTerminator() {
        #expect(text(renderer.error("Not found.")) == "3Not found.\t\terror.host\t1\r\n.\r\n")
    }

    @Test func anErrorInEveryLanguageIsOneTypeThreeLineEach() {
        #expect(text(renderer.error(["Not found.", "Introuvable."])) == "3Not found.\t\terror.host\t1\r\n3Introuvable.\t\terror.host\t1\r\n.\r\n")
    }

    @Test func linksLeaveOnlyToWebAndGopherAddresses() {
        #expect(GopherRenderer.canLeave(to: "https://example.org/?a=1&b=\"<x>\""))
        #expect(GopherRenderer.canLeave(to: "gophers://example.org:7070/1/"))
        #expect(!GopherRenderer.canLeave(to: "javascript:alert(1)"))
        #expect(!GopherRenderer.canLeave(to: "file:///etc/passwd"))
        #expect(!GopherRenderer.canLeave(to: "no scheme"))
        #expect(!GopherRenderer.canLeave(to: "https://example.org/\r\nX: y"))
    }

    @Test func urlsSpellTheTypeAndBracketIPv6() {
        #expect(renderer.url(.menu, "/fr/") == "gophers://gopher.example:70/1/fr/")
        #expect(GopherRenderer(host: "::1", port: 7070).url(.document, "/en/about") == "gophers://[::1]:7070/0/en/about")
    }
}
