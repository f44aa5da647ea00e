import Catalogue
import Testing

/// The one percent-encoding: each decoding rule on the same awkward inputs, and the encoder's
/// two variants. A row is (input, strict, lenient path, form field, if valid).
@Suite struct PercentEncodingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var input: String
        var strict: String?
        var lenient: String
        var form: String
        var ifValid: String
        var testDescription: String { "\"\(input)\"" }
    }

    static let rows: [Row] = [
        Row(input: "", strict: "", lenient: "", form: "", ifValid: ""),
        Row(input: "%", strict: nil, lenient: "%", form: "%", ifValid: "%"),
        Row(input: "%4", strict: nil, lenient: "%4", form: "%4", ifValid: "%4"),
        Row(input: "a%4", strict: nil, lenient: "a%4", form: "a%4", ifValid: "a%4"),
        Row(input: "%zz", strict: nil, lenient: "%zz", form: "%zz", ifValid: "%zz"),
        // A sign is not a hexadecimal digit (`UInt8("+f", radix: 16)` is 15).
        Row(input: "%+f", strict: nil, lenient: "%+f", form: "% f", ifValid: "%+f"),
        Row(input: "%-1", strict: nil, lenient: "%-1", form: "%-1", ifValid: "%-1"),
        Row(input: "%%41", strict: nil, lenient: "%A", form: "%A", ifValid: "%A"),
        Row(input: "%C3%A9", strict: "é", lenient: "é", form: "é", ifValid: "é"),
        Row(input: "%c3%a9", strict: "é", lenient: "é", form: "é", ifValid: "é"),
        Row(input: "%FF", strict: nil, lenient: "\u{FFFD}", form: "\u{FFFD}", ifValid: "%FF"),
        Row(input: "a%C3", strict: nil, lenient: "a\u{FFFD}", form: "a\u{FFFD}", ifValid: "a%C3"),
        Row(input: "+", strict: "+", lenient: "+", form: " ", ifValid: "+"),
        Row(input: "a+b%2Bc", strict: "a+b+c", lenient: "a+b+c", form: "a b+c", ifValid: "a+b+c"),
        Row(input: "%20", strict: " ", lenient: " ", form: " ", ifValid: " "),
        Row(input: "%00", strict: "\u{0}", lenient: "\u{0}", form: "\u{0}", ifValid: "\u{0}"),
        Row(input: "تونس", strict: "تونس", lenient: "تونس", form: "تونس", ifValid: "تونس"),
        Row(input: "é%20é", strict: "é é", lenient: "é é", form: "é é", ifValid: "é é"),
        Row(input: "/en/org/a%2Fb", strict: "/en/org/a/b", lenient: "/en/org/a/b", form: "/en/org/a/b", ifValid: "/en/org/a/b"),
    ]

    @Test(arguments: rows)
    func eachRuleOnTheSameInput(row: Row) {
        #expect(PercentEncoding.decodeStrictly(row.input) == row.strict)
        #expect(PercentEncoding.decodeStrictly(row.input[...]) == row.strict)
        #expect(PercentEncoding.decodeLeniently(row.input) == row.lenient)
        #expect(PercentEncoding.decodeFormField(Array(row.input.utf8)[...]) == row.form)
        #expect(PercentEncoding.decodeFormField(row.input.utf8) == row.form)
        #expect(PercentEncoding.decodeIfValid(row.input) == row.ifValid)
    }

    /// A form body is bytes: a raw byte that is not UTF-8 is repaired, and a raw lead byte
    /// completed by an escape reads as the character it starts.
    @Test func formBytesThatAreNotUTF8() {
        #expect(PercentEncoding.decodeFormField([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(PercentEncoding.decodeFormField([0xC3] + Array("%A9".utf8)) == "é")
    }

    @Test func pathsKeepTheirSeparatorsAndReadableDelimiters() {
        #expect(PercentEncoding.encodePath("/en/refer/c=TN;w=journalist,lawyer") == "/en/refer/c=TN;w=journalist,lawyer")
        #expect(PercentEncoding.encodePath("/en/interview/TN/-/+") == "/en/interview/TN/-/+")
        #expect(PercentEncoding.encodePath("/ar/az/ب") == "/ar/az/%D8%A8")
        #expect(PercentEncoding.encodePath("/a b?c#d%e&f") == "/a%20b%3Fc%23d%25e%26f")
        #expect(PercentEncoding.encodePath("!$'()*:@~._-") == "%21%24%27%28%29%2A:@~._-")
        #expect(PercentEncoding.encodePath("") == "")
    }

    @Test func queriesKeepOnlyUnreservedCharacters() {
        #expect(PercentEncoding.encodeQuery("a b+c/d=é") == "a%20b%2Bc%2Fd%3D%C3%A9")
        #expect(PercentEncoding.encodeQuery("AZaz09-._~") == "AZaz09-._~")
        #expect(PercentEncoding.encodeQuery("\u{7F}\n") == "%7F%0A")
    }

    /// Every byte survives encoding and strict decoding, in both variants.
    @Test func encodingReadsBack() {
        let text = String(decoding: (0...0x7F).map(UInt8.init), as: UTF8.self) + "é تونس 🙂"
        #expect(PercentEncoding.decodeStrictly(PercentEncoding.encodePath(text)) == text)
        #expect(PercentEncoding.decodeStrictly(PercentEncoding.encodeQuery(text)) == text)
        #expect(PercentEncoding.decodeFormField(PercentEncoding.encodeQuery(text).utf8) == text)
    }
}
