import Foundation

/// Turns a response body into ``PageText`` by its media type and character set.
enum PageDecoding {
    /// The page's text; nil for a body that is not HTML or plain text (PDF, image, …).
    static func text(body: [UInt8], contentType: String?) -> PageText? {
        let type = contentType?.lowercased() ?? "text/html"
        let media = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "text/html"
        let isHTML = media == "text/html" || media == "application/xhtml+xml"
        guard isHTML || media == "text/plain" || media.isEmpty else { return nil }
        let decoded = decode(body, charset: charset(in: type) ?? metaCharset(body))
        return isHTML ? PageText(html: decoded) : PageText(text: decoded)
    }

    static func charset(in contentType: String) -> String? {
        guard let range = contentType.range(of: "charset=") else { return nil }
        return String(contentType[range.upperBound...].prefix { $0 != ";" && $0 != " " }).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }

    /// `<meta charset="…">` in the first kilobytes of a page that sent none in its headers.
    static func metaCharset(_ body: [UInt8]) -> String? {
        let head = String(decoding: body.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
        return String(value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// UTF-8 unless the page says Latin-1 or Windows-1252 (invalid bytes replaced, never fatal).
    static func decode(_ body: [UInt8], charset: String?) -> String {
        switch charset?.lowercased() {
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii":
            return String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
        default:
            return String(decoding: body, as: UTF8.self)
        }
    }
}
