import Testing
@testable import LineInterface

@Suite("Text layout")
struct TextLayoutTests {
    @Test("Lines never pass the width and the words come back in order")
    func wrapsAtWidth() {
        let text = "Irish foundation that protects human rights defenders at risk worldwide with a 24-hour emergency line."
        let layout = TextLayout(width: 30)
        let lines = layout.wrap(text)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined(separator: " ") == text)
    }

    @Test("Arabic wraps between words, every letter with its marks intact")
    func arabic() {
        let text = "مؤسسة إيرلندية تحمي المدافعين والمدافعات عن حقوق الإنسان المعرضين للخطر في جميع أنحاء العالم عبر خطِّ طوارئ"
        let lines = TextLayout(width: 20).wrap(text)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.allSatisfy { $0.unicodeScalars.first?.properties.generalCategory != .nonspacingMark })
    }

    @Test("A word longer than the width is cut between graphemes, never inside one")
    func longWord() {
        let word = String(repeating: "e\u{301}", count: 25) + String(repeating: "🇹🇳", count: 5)
        let lines = TextLayout(width: 20).wrap(word)
        #expect(lines.map(\.count) == [20, 10])
        #expect(lines.joined() == word)
        #expect(lines[1].hasSuffix("🇹🇳"))
    }

    @Test("A hanging indent follows the first prefix")
    func prefixes() {
        let lines = TextLayout(width: 20).wrap("By region and country of work", firstPrefix: " 4. ", prefix: "    ")
        #expect(lines == [" 4. By region and", "    country of work"])
    }

    @Test("Newlines start lines; control characters become spaces")
    func controlCharacters() {
        let lines = TextLayout(width: 40).wrap("one\r\ntwo\u{1B}[31mred\u{7}\u{9B}x")
        #expect(lines == ["one", "two [31mred x"])
    }

    @Test("The width is kept between 20 and 200, 70 by default")
    func widthRange() {
        #expect(TextLayout().width == 70)
        #expect(TextLayout(width: 5).width == 20)
        #expect(TextLayout(width: 5000).width == 200)
    }

    @Test("A value is never cut, even past the width")
    func values() {
        let url = "https://protectdefenders.eu/protecting-defenders/"
        #expect(TextLayout(width: 20).valueLine(url) == url)
    }
}
