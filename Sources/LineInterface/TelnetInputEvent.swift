import Memberwise

/// What the telnet input decoder makes of the bytes a client sends.
public enum TelnetInputEvent: Sendable, Hashable {
    /// A complete, edited line (without its line ending).
    case line(InputLine)
    /// Bytes to send back: the refusal of a telnet option the client asked for.
    case reply([UInt8])
    /// The client flooded the connection; it must be closed. Nothing more is decoded.
    case flood(FloodReason)
}

/// One line typed by the user, after telnet commands and line editing are applied.
@MemberwiseInit
public struct InputLine: Sendable, Hashable {
    /// The text, with any bytes that were not UTF-8 replaced by U+FFFD.
    public var text: String
    /// Whether some bytes were not UTF-8 and were replaced: the session shows a one-line hint.
    public var hadInvalidUTF8: Bool = false
}

/// Why input was treated as a flood.
public enum FloodReason: Sendable, Hashable {
    /// More than the line limit without a line ending.
    case lineTooLong
    /// Too many lines in a row that were not UTF-8.
    case tooManyInvalidLines
    /// More lines in one read than ``TelnetInputDecoder/Limits/maximumLinesAtOnce``.
    case tooManyLines
}
