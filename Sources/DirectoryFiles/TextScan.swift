import DirectoryModel

/// Cheap checks over a file's raw bytes, made before any YAML parsing.
enum TextScan {
    /// The first control code (other than tab and line ends) or invisible format character
    /// (a bidi override, embedding or isolate, a zero-width space, …) anywhere in valid UTF-8
    /// text, with its position: such a character in a label can make a false number look true.
    /// Bidi marks and the joiners are allowed (see ``Unicode/Scalar/isInvisibleFormat``); a BOM
    /// at the very start is the encoding's, not text.
    static func firstInvisible(_ bytes: [UInt8]) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1, column = 1
        for (offset, scalar) in String(decoding: bytes, as: UTF8.self).unicodeScalars.enumerated() {
            if scalar == "\n" { line += 1; column = 1; continue }
            let allowed = scalar == "\t" || scalar == "\r" || (offset == 0 && scalar == "\u{FEFF}")
            if !allowed, scalar.isControlCode || scalar.isInvisibleFormat { return (line, column, scalar) }
            column += 1
        }
        return nil
    }

    /// A position in a file: 1-based line and column (column in Unicode scalars, as libyaml counts).
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// The first byte that is not part of valid UTF-8, with its position; nil if all is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var line = 1, column = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32 = 0
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (line, column, lead)
            }
            guard index + length <= count else { return (line, column, lead) }
            var scalar = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
            if length > 1 {
                for offset in 1..<length {
                    let next = bytes[index + offset]
                    guard next & 0xC0 == 0x80 else { return (line, column, next) }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
            }
            if length > 1, scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (line, column, lead)
            }
            if lead == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }

    /// Where `[` or `{` first nests deeper than `limit` outside comments, or nil.
    ///
    /// A rough count (quotes are not tracked, so brackets in prose count too); it exists to
    /// refuse a file of a hundred thousand `[` at once, before any parsing. The parser's own
    /// depth limit is the exact check.
    static func firstBracketNesting(beyond limit: Int, in bytes: [UInt8]) -> Position? {
        var depth = 0
        var line = 1, column = 1
        var inComment = false
        var previous: UInt8 = 0x0A
        for byte in bytes {
            switch byte {
            case 0x0A:
                inComment = false
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A:
                inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                guard !inComment else { break }
                depth += 1
                if depth > limit { return Position(line: line, column: column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard !inComment else { break }
                depth = max(0, depth - 1)
            default:
                break
            }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            previous = byte
        }
        return nil
    }

    /// The line and column of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> Position {
        var line = 1, column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return Position(line: line, column: column)
    }
}
