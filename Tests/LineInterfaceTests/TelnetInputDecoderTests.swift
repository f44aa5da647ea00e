import Testing
@testable import LineInterface

/// Feeds `bytes` one at a time, as a slow link would deliver them.
private func decodeByteByByte(_ bytes: [UInt8], limits: TelnetInputDecoder.Limits = .init()) -> [TelnetInputEvent] {
    var decoder = TelnetInputDecoder(limits: limits)
    return bytes.compactMap { decoder.decode($0) }
}

private func lines(_ events: [TelnetInputEvent]) -> [String] {
    events.compactMap { if case .line(let line) = $0 { return line.text } else { return nil } }
}

private let iac: UInt8 = 255

@Suite("Telnet input decoder")
struct TelnetInputDecoderTests {
    @Test("CR LF, CR NUL, LF and a bare CR all end a line")
    func lineEndings() {
        let bytes = Array("one\r\ntwo\r\0three\nfour\rfive\n".utf8)
        #expect(lines(decodeByteByByte(bytes)) == ["one", "two", "three", "four", "five"])
        var decoder = TelnetInputDecoder()
        #expect(lines(decoder.decode(bytes)) == ["one", "two", "three", "four", "five"])
    }

    @Test("An empty line is a line")
    func emptyLine() {
        #expect(lines(decodeByteByByte([0x0D, 0x0A, 0x0A])) == ["", ""])
    }

    @Test("Option negotiation is refused and never becomes text")
    func negotiation() {
        // IAC DO ECHO, IAC WILL SUPPRESS-GO-AHEAD, IAC WONT LINEMODE, IAC DONT NAWS, then "hi".
        let bytes: [UInt8] = [iac, 253, 1, iac, 251, 3, iac, 252, 34, iac, 254, 31] + Array("hi\r\n".utf8)
        let events = decodeByteByByte(bytes)
        #expect(events == [
            .reply([iac, 252, 1]),
            .reply([iac, 254, 3]),
            .line(InputLine(text: "hi")),
        ])
    }

    @Test("Subnegotiation is skipped up to IAC SE, even with IAC IAC inside")
    func subnegotiation() {
        // IAC SB NAWS 0 80 0 255 255 24 IAC SE: a window size with an escaped 0xFF.
        let bytes: [UInt8] = [iac, 250, 31, 0, 80, 0, iac, iac, 24, iac, 240] + Array("ok\n".utf8)
        #expect(decodeByteByByte(bytes) == [.line(InputLine(text: "ok"))])
    }

    @Test("IAC IAC is a data byte 0xFF, which is not UTF-8 and is flagged")
    func escapedIAC() {
        let events = decodeByteByByte(Array("a".utf8) + [iac, iac] + Array("b\n".utf8))
        #expect(events == [.line(InputLine(text: "a\u{FFFD}b", hadInvalidUTF8: true))])
    }

    @Test("Other IAC commands (NOP, AYT, GA) are consumed")
    func otherCommands() {
        let bytes: [UInt8] = [iac, 241, 0x61, iac, 246, iac, 249, 0x62, 0x0A]
        #expect(lines(decodeByteByByte(bytes)) == ["ab"])
    }

    @Test("Backspace and DEL remove the last byte of ASCII")
    func backspaceASCII() {
        let bytes = Array("helo".utf8) + [0x08] + Array("lo".utf8) + [0x7F, 0x7F, 0x7F] + Array("lp\n".utf8)
        #expect(lines(decodeByteByByte(bytes)) == ["help"])
    }

    @Test("Backspace removes a whole grapheme, never half a character")
    func backspaceGraphemes() {
        // é as e + combining acute (3 bytes), Arabic بَ with its fatha, the Tunisian flag (8 bytes).
        let cases: [(typed: String, kept: String)] = [
            ("cafe\u{301}", "caf"),
            ("كتبَ", "كت"),
            ("tn 🇹🇳", "tn "),
            ("née", "né"),
        ]
        for (typed, kept) in cases {
            let bytes = Array(typed.utf8) + [0x7F, 0x0A]
            #expect(lines(decodeByteByByte(bytes)) == [kept], "\(typed)")
        }
    }

    @Test("Backspace on an empty line does nothing; IAC EC erases, Ctrl-U and IAC EL clear")
    func editing() {
        let bytes: [UInt8] = [0x08, 0x7F] + Array("ab".utf8) + [iac, 247] + Array("cd".utf8) + [0x15] + Array("x".utf8)
            + [iac, 248] + Array("yz\n".utf8)
        #expect(lines(decodeByteByByte(bytes)) == ["yz"])
    }

    @Test("A multi-byte character split across reads arrives whole")
    func splitCharacter() {
        var decoder = TelnetInputDecoder()
        let bytes = Array("سند\n".utf8)
        var events: [TelnetInputEvent] = []
        events += decoder.decode(bytes[0..<1])
        events += decoder.decode(bytes[1..<4])
        events += decoder.decode(bytes[4...])
        #expect(events == [.line(InputLine(text: "سند"))])
    }

    @Test("Arrow keys and other escape sequences are dropped; tab is a space")
    func escapeSequences() {
        let bytes = Array("a\u{1B}[A\u{1B}[1;5Cb\u{1B}OPc\td\u{03}\n".utf8)
        #expect(lines(decodeByteByByte(bytes)) == ["abc d"])
    }

    @Test("A line at the limit passes; one byte more without a newline is a flood")
    func lineLimit() {
        let limit = TelnetInputDecoder.Limits.defaultMaximumLineBytes
        #expect(limit == 512)
        let atLimit = decodeByteByByte(Array(repeating: 0x61, count: limit) + [0x0A])
        #expect(lines(atLimit) == [String(repeating: "a", count: limit)])

        var decoder = TelnetInputDecoder()
        let events = decoder.decode(Array(repeating: 0x61, count: limit + 1) + Array("\nquit\n".utf8))
        #expect(events == [.flood(.lineTooLong)])
        #expect(decoder.isClosed)
        #expect(decoder.decode(Array("quit\n".utf8)).isEmpty)
    }

    @Test("Endless telnet commands without a newline are a flood too")
    func commandFlood() {
        var decoder = TelnetInputDecoder()
        let nops = Array([[iac, 241]].joined())
        var events: [TelnetInputEvent] = []
        for _ in 0..<TelnetInputDecoder.Limits.defaultMaximumRawBytesPerLine {
            events += decoder.decode(nops)
        }
        #expect(events == [.flood(.lineTooLong)])
    }

    @Test("Up to the limit of lines in one read pass; one more is a flood, and nothing after it is decoded")
    func linesAtOnce() {
        let limit = TelnetInputDecoder.Limits.defaultMaximumLinesAtOnce
        #expect(limit == 64)
        var decoder = TelnetInputDecoder()
        let atLimit = decoder.decode(Array(String(repeating: "help\r\n", count: limit).utf8))
        #expect(lines(atLimit).count == limit)
        // The count is per read: the next read may carry as many again.
        #expect(lines(decoder.decode(Array(String(repeating: "help\n", count: limit).utf8))).count == limit)
        let over = decoder.decode(Array(String(repeating: "help\n", count: limit + 1).utf8))
        #expect(over.count == limit + 1)
        #expect(over.last == .flood(.tooManyLines))
        #expect(decoder.isClosed)
        #expect(decoder.decode(Array("quit\n".utf8)).isEmpty)
    }

    @Test("Invalid UTF-8 is replaced and flagged; too many such lines in a row close")
    func invalidLines() {
        let limit = TelnetInputDecoder.Limits.defaultMaximumInvalidLinesInARow
        var decoder = TelnetInputDecoder()
        let bad: [UInt8] = [0x61, 0xC3, 0x28, 0x0A]  // "a", a broken two-byte sequence, "("
        for _ in 1..<limit {
            #expect(decoder.decode(bad) == [.line(InputLine(text: "a\u{FFFD}(", hadInvalidUTF8: true))])
        }
        // A good line resets the count.
        #expect(decoder.decode(Array("ok\n".utf8)) == [.line(InputLine(text: "ok"))])
        for _ in 1..<limit { _ = decoder.decode(bad) }
        #expect(decoder.decode(bad) == [.flood(.tooManyInvalidLines)])
        #expect(decoder.isClosed)
    }
}
