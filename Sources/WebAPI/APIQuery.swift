/// The parameters of a query string (`a=1&b=two+words`), decoded: `+` is a space and
/// percent-escapes are UTF-8 bytes (invalid sequences become U+FFFD). A name given twice keeps
/// its first value, so one parameter never means two things.
public struct APIQuery: Sendable {
    /// The names sent, in order.
    public var sentNames: [String] { names }
    private var names: [String] = []
    private var values: [String: String] = [:]

    public init(_ query: String?) {
        guard let query else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            if values[name] == nil {
                names.append(name)
                values[name] = value
            }
        }
    }

    /// The value of `name`, if sent.
    public subscript(name: String) -> String? { values[name] }

    /// The names sent that are not in `known`.
    public func unknown(_ known: Set<String>) -> String? { names.first { !known.contains($0) } }

    /// Form decoding of one name or value.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let high = hexValue(iterator[iterator.startIndex]), let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
