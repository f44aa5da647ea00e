import Catalogue
import Testing

@Suite struct TextWrapperTests {
    @Test func linesFitTheWidthAndKeepEveryWord() {
        let text = "Front Line Defenders protects human rights defenders at risk with a 24-hour line."
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func arabicGraphemesAreNeverSplit() {
        let word = String(repeating: "حُقُوق", count: 10)
        let lines = TextWrapper.wrap(word, width: 7)
        #expect(lines.joined() == word)
        #expect(lines.allSatisfy { $0.count <= 7 })
        for line in lines { #expect(line.unicodeScalars.first?.properties.generalCategory != .nonspacingMark) }
    }

    @Test func emptyLinesAndBreaksAreKept() {
        #expect(TextWrapper.wrap("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(TextWrapper.wrap("", width: 10) == [""])
    }
}
