/// What a request and a response have in common (``WebRequest``, ``WebResponse``): header
/// fields in order, and the one way a header is looked up in them.
public protocol WebMessage {
    /// The header fields in order; names as written (compared without case).
    var headers: [HeaderField] { get }
}

extension WebMessage {
    /// The first value of header `name` (case-insensitive, as HTTP field names are), if any.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
