import Catalogue

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
            let name = PercentEncoding.decodeFormField(pieces[0].utf8)
            let value = pieces.count > 1 ? PercentEncoding.decodeFormField(pieces[1].utf8) : ""
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
}
