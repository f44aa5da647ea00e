import Memberwise

/// One Gopher request line, decoded: the selector and, for a type-7 item, the words after the tab.
///
/// Gopher+ clients append a tab and `$`, `+` or `!`; Sanad answers such requests plainly, as a
/// Gopher (RFC 1436) server, so the marker is ignored.
@MemberwiseInit
public struct GopherRequest: Sendable, Hashable {
    public var selector: String
    /// The search words, when the client sent some after a tab; never empty.
    public var query: String?

    /// The longest request line accepted by default, without its line ending (1 KiB).
    public static let defaultMaximumLineBytes = 1024

    /// Decodes a request line without its line ending.
    ///
    /// - Throws: ``GopherRequestError`` for a line over `maximumBytes`, a control character (NUL
    ///   included), invalid UTF-8, or a `..` path segment.
    public static func parse(_ line: some Collection<UInt8>, maximumBytes: Int = defaultMaximumLineBytes) throws(GopherRequestError) -> GopherRequest {
        guard line.count <= maximumBytes else { throw .tooLong }
        // Tab separates fields; every other control character is refused outright.
        guard !line.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { throw .controlCharacter }
        guard let text = String(validating: line, as: UTF8.self) else { throw .invalidUTF8 }
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        let selector = String(fields[0])
        guard !selector.split(separator: "/").contains("..") else { throw .parentDirectory }
        var query: String?
        if fields.count > 1 {
            let words = fields[1].trimmingSpaces
            if !words.isEmpty && !isGopherPlusMarker(words) { query = words }
        }
        return GopherRequest(selector: selector, query: query)
    }

    /// `$` (attributes), `+` (Gopher+ item), `!` (item info): Gopher+ asks, answered plainly.
    static func isGopherPlusMarker(_ field: String) -> Bool {
        field == "$" || field == "!" || field.hasPrefix("+")
    }
}

/// Why a request line was refused. Each gets one type-3 line.
public enum GopherRequestError: Error, Sendable, Hashable {
    /// Longer than the limit: refused without reading further.
    case tooLong
    /// NUL or another control character.
    case controlCharacter
    case invalidUTF8
    /// A `..` path segment.
    case parentDirectory
    /// The connection ended before a whole line arrived, with nothing usable.
    case incomplete
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
