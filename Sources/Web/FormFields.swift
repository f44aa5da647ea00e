/// The fields of an `application/x-www-form-urlencoded` body or of a query string: `+` is a
/// space, `%XX` a byte, the result UTF-8 (invalid sequences repaired). Bounded: the body is
/// already limited by the front, and at most ``maximumFields`` fields are read.
///
/// What a visitor typed lives only in this value for the length of one request; it is never
/// logged.
public struct FormFields: Sendable, Hashable {
    /// The most fields read; the rest are ignored (a form has about a hundred checkboxes).
    public static let maximumFields = 200

    /// The names sent, in order.
    public var names: [String] { pairs.map(\.name) }

    private var pairs: [Pair]

    private struct Pair: Sendable, Hashable {
        var name: String
        var value: String
        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Parses `name=value&…` bytes.
    public init(_ bytes: [UInt8]) {
        var pairs: [Pair] = []
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true).prefix(Self.maximumFields) {
            let pieces = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append(Pair(name, value))
        }
        self.pairs = pairs
    }

    /// Parses a query string (after `?`).
    public init(query: String?) {
        self.init(Array((query ?? "").utf8))
    }

    /// The first value of `name`.
    public func first(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// Percent-decodes form bytes (`+` as a space).
    static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+"), plusIsSpace {
                out.append(0x20)
            } else if byte == UInt8(ascii: "%"), let high = hex(bytes[safe: index + 1]), let low = hex(bytes[safe: index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A path percent-decoded (`+` stays a plus), for routes.
    public static func decodePath(_ path: String) -> String {
        decode(ArraySlice(path.utf8), plusIsSpace: false)
    }

    private static func hex(_ byte: UInt8?) -> UInt8? {
        switch byte {
        case let b? where b >= 0x30 && b <= 0x39: return b - 0x30
        case let b? where b >= 0x41 && b <= 0x46: return b - 0x41 + 10
        case let b? where b >= 0x61 && b <= 0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}

extension ArraySlice {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

/// Percent-encodes a path for a `href` or a `Location` (route paths are ASCII codes; an
/// organisation id or a share code never needs more than this).
enum PathEncoding {
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "/-._~;,+=:@!$*'()".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
