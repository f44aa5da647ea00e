/// Checks of the Gopher wire syntax, shared by the end-to-end tests.
enum MenuSyntax {
    /// One selectable or informational item of a menu.
    struct Item: Hashable {
        var type: Character
        var display: String
        var selector: String
        var host: String
        var port: String
    }

    /// The items of a menu, or a description of the first syntax error.
    static func parseMenu(_ text: String) -> Result<[Item], MenuSyntaxError> {
        guard text.hasSuffix("\r\n.\r\n") || text == ".\r\n" else { return .failure(.init("does not end with .CRLF")) }
        let body = text.dropLast(3)
        var items: [Item] = []
        for line in body.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast() {
            guard !line.contains("\r"), !line.contains("\n") else { return .failure(.init("bare CR or LF in \(line)")) }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let first = fields[0].first else { return .failure(.init("not four fields: \(line)")) }
            guard "01379hi".contains(first) else { return .failure(.init("unknown type \(first)")) }
            guard let port = Int(fields[3]), (1...65535).contains(port) else { return .failure(.init("bad port: \(line)")) }
            items.append(Item(type: first, display: String(fields[0].dropFirst()), selector: String(fields[1]), host: String(fields[2]), port: String(fields[3])))
        }
        return .success(items)
    }

    /// Whether a text document is CRLF-terminated line by line, dot-stuffed and ends with `.`.
    static func checkDocument(_ text: String) -> MenuSyntaxError? {
        guard text.hasSuffix("\r\n.\r\n") else { return .init("document does not end with .CRLF") }
        let lines = text.dropLast(5).split(separator: "\r\n", omittingEmptySubsequences: false)
        for line in lines {
            if line.contains("\r") || line.contains("\n") { return .init("bare CR or LF") }
            if line == "." { return .init("unstuffed dot line") }
        }
        return nil
    }
}

struct MenuSyntaxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
