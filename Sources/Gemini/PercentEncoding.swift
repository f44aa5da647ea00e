/// Percent-encoding of URL paths and queries (RFC 3986), as Gemini links and requests use it.
public enum PercentEncoding {
    /// Decodes `%XX` escapes. Returns nil for a malformed escape or bytes that are not UTF-8.
    /// `+` stays a plus sign: Gemini queries are not HTML forms.
    public static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Encodes everything but unreserved characters and, in a path, `/` (and a few sub-delimiters
    /// that are safe in a path segment: `,` `;` `=` `:` `@` `+`).
    public static func encode(_ text: String, keepingPathSeparators: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepingPathSeparators && isPathSafe(byte)) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out.append("%")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    /// A path with every segment encoded and the slashes kept.
    public static func encodePath(_ path: String) -> String {
        encode(path, keepingPathSeparators: true)
    }

    /// A query value, every reserved character encoded (spaces as `%20`).
    public static func encodeQuery(_ query: String) -> String {
        encode(query, keepingPathSeparators: false)
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")

    /// The value of a hexadecimal digit (the standard library's; a byte above 0x7F is never one).
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        Character(Unicode.Scalar(byte)).hexDigitValue.map(UInt8.init)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func isPathSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "+"):
            return true
        default:
            return false
        }
    }
}
