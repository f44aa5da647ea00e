/// Turns the bytes a terminal sends into edited lines, one byte at a time.
///
/// It understands enough of telnet (RFC 854, 855) to work with real telnet clients and with raw
/// TLS clients (`openssl s_client`, `socat`, `ncat`): IAC commands and option negotiation are
/// consumed (options are refused, so the client stays in its default line mode), `IAC IAC` is a
/// data byte 0xFF, subnegotiation `SB … IAC SE` is skipped, CR LF, CR NUL and a bare LF or CR end
/// a line, backspace and DEL remove the last character (a grapheme, not a byte), Ctrl-U and
/// `IAC EL` clear the line, and terminal escape sequences (arrow keys) are dropped.
///
/// Limits: a line longer than ``Limits/maximumLineBytes`` without a line ending, or more raw bytes
/// than ``Limits/maximumRawBytesPerLine`` (telnet commands, editing keys) between two line endings,
/// is a flood; so are ``Limits/maximumInvalidLinesInARow`` lines in a row that are not UTF-8, and
/// more than ``Limits/maximumLinesAtOnce`` lines in the bytes of one read (a person types, or
/// pastes, a few lines and waits for the answer; a client that sends hundreds at once and never
/// reads would otherwise fill the session's queue with them: about 0.6 MB a session in the
/// slow-reader probe). After a flood the decoder ignores everything.
public struct TelnetInputDecoder: Sendable {
    /// The limits the decoder enforces.
    public struct Limits: Sendable, Hashable {
        /// The longest line, in bytes of text after editing.
        public var maximumLineBytes: Int
        /// The most bytes, of any kind, between two line endings.
        public var maximumRawBytesPerLine: Int
        /// How many lines in a row may contain bytes that are not UTF-8 before the connection closes.
        public var maximumInvalidLinesInARow: Int
        /// The most complete lines one call of ``TelnetInputDecoder/decode(_:)-(Bytes)`` may return.
        public var maximumLinesAtOnce: Int

        /// The longest line by default: 512 bytes.
        public static let defaultMaximumLineBytes = 512
        /// Raw bytes between line endings by default: 4 times the line limit.
        public static let defaultMaximumRawBytesPerLine = 2048
        /// Invalid lines in a row by default.
        public static let defaultMaximumInvalidLinesInARow = 5
        /// Lines in one read by default: far more than a paste of commands, far less than harm.
        public static let defaultMaximumLinesAtOnce = 64

        public init(
            maximumLineBytes: Int = Limits.defaultMaximumLineBytes,
            maximumRawBytesPerLine: Int = Limits.defaultMaximumRawBytesPerLine,
            maximumInvalidLinesInARow: Int = Limits.defaultMaximumInvalidLinesInARow,
            maximumLinesAtOnce: Int = Limits.defaultMaximumLinesAtOnce
        ) {
            self.maximumLineBytes = max(1, maximumLineBytes)
            self.maximumRawBytesPerLine = max(self.maximumLineBytes, maximumRawBytesPerLine)
            self.maximumInvalidLinesInARow = max(1, maximumInvalidLinesInARow)
            self.maximumLinesAtOnce = max(1, maximumLinesAtOnce)
        }
    }

    /// Where in the byte stream the decoder is.
    private enum State: Sendable {
        case data
        /// After a CR: a following LF or NUL belongs to the same line ending.
        case afterCR
        /// After IAC.
        case command
        /// After IAC WILL/WONT/DO/DONT: the next byte is the option.
        case option(verb: UInt8)
        /// Inside SB …, waiting for IAC SE.
        case subnegotiation
        /// Inside SB …, after an IAC.
        case subnegotiationIAC
        /// After ESC.
        case escape
        /// Inside ESC [ …, waiting for the final byte.
        case controlSequence
        /// After ESC O: one more byte ends the sequence.
        case singleShift
        /// After a flood: nothing is decoded.
        case closed
    }

    public let limits: Limits
    private var state: State = .data
    /// The current line's bytes, after editing.
    private var line: [UInt8] = []
    /// Whether editing already replaced bytes that were not UTF-8 in the current line.
    private var lineHadInvalidBytes = false
    /// Bytes received since the last line ending, including commands and editing keys.
    private var rawCount = 0
    private var invalidLinesInARow = 0

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether a flood was seen; the connection is to be closed.
    public var isClosed: Bool {
        if case .closed = state { return true }
        return false
    }

    /// Decodes `bytes` (one read from the client), returning what they complete, in order.
    public mutating func decode<Bytes: Sequence>(_ bytes: Bytes) -> [TelnetInputEvent] where Bytes.Element == UInt8 {
        var events: [TelnetInputEvent] = []
        var lines = 0
        for byte in bytes {
            guard let event = decode(byte) else { continue }
            if case .line = event {
                lines += 1
                if lines > limits.maximumLinesAtOnce {
                    events.append(flood(.tooManyLines))
                    break
                }
            }
            events.append(event)
            if case .flood = event { break }
        }
        return events
    }

    /// Decodes one byte, returning the event it completes, if any.
    public mutating func decode(_ byte: UInt8) -> TelnetInputEvent? {
        if case .closed = state { return nil }
        rawCount += 1
        if rawCount > limits.maximumRawBytesPerLine { return flood(.lineTooLong) }

        switch state {
        case .closed:
            return nil
        case .afterCR:
            state = .data
            if byte == Byte.lf || byte == Byte.nul {
                rawCount = 0
                return nil
            }
            return data(byte)
        case .data:
            return data(byte)
        case .command:
            return command(byte)
        case .option(let verb):
            state = .data
            return refusal(verb: verb, option: byte)
        case .subnegotiation:
            if byte == Telnet.iac { state = .subnegotiationIAC }
            return nil
        case .subnegotiationIAC:
            // IAC SE ends it; IAC IAC is an escaped 0xFF inside it; anything else is malformed and
            // we stay inside rather than guess.
            state = byte == Telnet.se ? .data : .subnegotiation
            return nil
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .controlSequence
            case UInt8(ascii: "O"): state = .singleShift
            default: state = .data
            }
            return nil
        case .controlSequence:
            if (0x40...0x7E).contains(byte) { state = .data }
            return nil
        case .singleShift:
            state = .data
            return nil
        }
    }

    private mutating func data(_ byte: UInt8) -> TelnetInputEvent? {
        switch byte {
        case Telnet.iac:
            state = .command
            return nil
        case Byte.cr:
            state = .afterCR
            return endLine()
        case Byte.lf:
            return endLine()
        case Byte.backspace, Byte.delete:
            eraseCharacter()
            return nil
        case Byte.ctrlU:
            eraseLine()
            return nil
        case Byte.escape:
            state = .escape
            return nil
        case Byte.tab:
            return append(Byte.space)
        case 0x00..<0x20:
            // Other control characters (Ctrl-C, NUL, bell…) carry nothing a user means to type.
            return nil
        default:
            return append(byte)
        }
    }

    private mutating func command(_ byte: UInt8) -> TelnetInputEvent? {
        state = .data
        switch byte {
        case Telnet.iac:
            return append(0xFF)
        case Telnet.will, Telnet.wont, Telnet.do, Telnet.dont:
            state = .option(verb: byte)
        case Telnet.sb:
            state = .subnegotiation
        case Telnet.ec:
            eraseCharacter()
        case Telnet.el:
            eraseLine()
        default:
            // NOP, DM, BRK, IP, AO, AYT, GA, a stray SE: nothing to do for a line interface.
            break
        }
        return nil
    }

    /// Refuses every option the client offers or asks for. Replying only to WILL and DO (never to
    /// WONT and DONT) cannot loop (RFC 1143): we are always in the "no" state.
    private func refusal(verb: UInt8, option: UInt8) -> TelnetInputEvent? {
        switch verb {
        case Telnet.will: return .reply([Telnet.iac, Telnet.dont, option])
        case Telnet.do: return .reply([Telnet.iac, Telnet.wont, option])
        default: return nil
        }
    }

    private mutating func append(_ byte: UInt8) -> TelnetInputEvent? {
        guard line.count < limits.maximumLineBytes else { return flood(.lineTooLong) }
        line.append(byte)
        return nil
    }

    private mutating func endLine() -> TelnetInputEvent? {
        defer {
            line.removeAll(keepingCapacity: true)
            lineHadInvalidBytes = false
            rawCount = 0
        }
        let text: String
        var invalid = lineHadInvalidBytes
        if let valid = String(validating: line, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: line, as: UTF8.self)
            invalid = true
        }
        if invalid {
            invalidLinesInARow += 1
            if invalidLinesInARow >= limits.maximumInvalidLinesInARow { return flood(.tooManyInvalidLines) }
        } else {
            invalidLinesInARow = 0
        }
        return .line(InputLine(text: text, hadInvalidUTF8: invalid))
    }

    /// Removes the last grapheme. A line holding bytes that are not UTF-8 is repaired first (they
    /// become U+FFFD, and the line keeps its hint), so the edit never cuts a character in half.
    private mutating func eraseCharacter() {
        guard !line.isEmpty else { return }
        var text: String
        if let valid = String(validating: line, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: line, as: UTF8.self)
            lineHadInvalidBytes = true
        }
        text.removeLast()
        line = Array(text.utf8)
    }

    private mutating func eraseLine() {
        line.removeAll(keepingCapacity: true)
    }

    private mutating func flood(_ reason: FloodReason) -> TelnetInputEvent {
        state = .closed
        line = []
        return .flood(reason)
    }
}

/// Telnet command bytes (RFC 854).
enum Telnet {
    static let se: UInt8 = 240
    static let nop: UInt8 = 241
    static let ec: UInt8 = 247
    static let el: UInt8 = 248
    static let sb: UInt8 = 250
    static let will: UInt8 = 251
    static let wont: UInt8 = 252
    static let `do`: UInt8 = 253
    static let dont: UInt8 = 254
    static let iac: UInt8 = 255
}

/// Control bytes the decoder acts on.
enum Byte {
    static let nul: UInt8 = 0x00
    static let backspace: UInt8 = 0x08
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let ctrlU: UInt8 = 0x15
    static let escape: UInt8 = 0x1B
    static let space: UInt8 = 0x20
    static let delete: UInt8 = 0x7F
}
