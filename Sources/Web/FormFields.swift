import Catalogue

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
            let name = PercentEncoding.decodeFormField(pieces[0])
            let value = pieces.count > 1 ? PercentEncoding.decodeFormField(pieces[1]) : ""
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
}
