import Catalogue
import DirectoryModel
import NIOCore

/// The one writer of Sanad's Gopher wire format: turns a catalogue ``Page`` into a menu (type 1)
/// or a text document (type 0), and writes errors, refusals and `URL:` redirects.
///
/// Every menu line is `type display TAB selector TAB host TAB port CRLF`; display text has tabs,
/// carriage returns, line feeds and other control characters replaced by spaces. Menus and
/// documents end with `.CRLF`; document lines that start with `.` are dot-stuffed.
///
/// Info lines (`i`), including wrapped text, use the customary empty selector, host
/// `error.host` and port 1 (as Gophernicus and pygopherd do), which clients recognise as
/// non-selectable. Error lines (`3`) use the same.
///
/// Each response is built into one buffer so the server writes it at once.
public struct GopherRenderer: Sendable {
    /// The host name written in menu lines (the public host, not necessarily the bound address).
    public var host: String
    /// The port written in menu lines.
    public var port: Int
    /// The width text is wrapped at (grapheme clusters), clamped to the fronts' range.
    public var width: Int
    /// The URL scheme used when a document has to spell a link out (`gophers`, or `gopher` for plaintext).
    public var scheme: String

    /// The host and port of non-selectable lines.
    public static let infoHost = "error.host"
    public static let infoPort = 1

    public init(host: String, port: Int, width: Int = TextWrapper.defaultWidth, scheme: String = "gophers") {
        self.host = Self.clean(host)
        self.port = port
        self.width = min(max(width, TextWrapper.minimumWidth), TextWrapper.maximumWidth)
        self.scheme = scheme
    }

    /// The page as a menu or a document, according to ``Page/isDocument``.
    public func render(_ page: Page) -> ByteBuffer {
        page.isDocument ? document(page) : menu(page)
    }

    /// The page as a menu: its title as an info line, then one or more lines per block.
    public func menu(_ page: Page) -> ByteBuffer {
        var out = ByteBuffer()
        out.reserveCapacity(estimate(page))
        if !page.title.isEmpty {
            for line in wrap(page.title) { writeInfo(line, into: &out) }
            writeInfo("", into: &out)
        }
        // A foreign block (text in another language) is written as its inner block: Gopher has
        // no way to mark a language, and the text already says "(in English)".
        for block in page.blocks.map(\.unwrapped) {
            switch block {
            case .heading(let text):
                for line in wrap(text) { writeInfo(line, into: &out) }
            case .text(let text):
                for line in wrap(text) { writeInfo(line, into: &out) }
            case .field(let label, let value, let note, _):
                writeField(label: label, value: value, note: note) { writeInfo($0, into: &out) }
            case .item(let value):
                writeInfo("- " + value, into: &out)
            case .link(let label, let route):
                let type: GopherItemType = route.isQuery ? .search : (route.isDocument ? .document : .menu)
                writeItem(type, label, route.path(page.language), host, port, into: &out)
            case .query(let label, let route):
                writeItem(.search, label, route.path(page.language), host, port, into: &out)
            case .external(let label, let url):
                writeItem(.html, label, "URL:" + url, host, port, into: &out)
            case .language(let language):
                writeItem(.menu, Catalogue.languageName(language), Route.root.path(language), host, port, into: &out)
            case .blank:
                writeInfo("", into: &out)
            case .foreign:
                break  // unwrapped above
            }
        }
        out.writeStaticString(".\r\n")
        return out
    }

    /// The page as a text document, laid out exactly as ``Page/plainTextLines(width:)`` does
    /// for `sanad show` and the line interface, with CRLF line ends, dot-stuffed and terminated.
    public func document(_ page: Page) -> ByteBuffer {
        var out = ByteBuffer()
        out.reserveCapacity(estimate(page))
        for line in page.plainTextLines(width: width) { writeText(line, into: &out) }
        out.writeStaticString(".\r\n")
        return out
    }

    /// A response of one error line, as a complete menu: the type-3 line and the terminator.
    public func error(_ message: String) -> ByteBuffer {
        error([message])
    }

    /// An error in several lines (one per UI language when the request names none), each a
    /// type-3 line, as a complete menu.
    public func error(_ lines: [String]) -> ByteBuffer {
        var out = ByteBuffer()
        for line in lines { writeItem(.error, line, "", Self.infoHost, Self.infoPort, into: &out) }
        out.writeStaticString(".\r\n")
        return out
    }

    /// The `gophers://host:port/<type><selector>` URL of a selector on this server.
    public func url(_ type: GopherItemType, _ selector: String) -> String {
        let authority = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        return "\(scheme)://\(authority)/\(Character(Unicode.Scalar(type.rawValue)))\(selector)"
    }

    // MARK: - Lines

    /// A label line, then the value alone on its own line (never wrapped: a number or an address
    /// must be copyable whole), then the note, wrapped.
    private func writeField(label: String, value: String, note: String?, _ emit: (String) -> Void) {
        if !label.isEmpty { for line in wrap(label) { emit(line) } }
        emit(value)
        if let note, !note.isEmpty { for line in wrap(note) { emit(line) } }
    }

    private func writeInfo(_ text: String, into out: inout ByteBuffer) {
        writeItem(.info, text, "", Self.infoHost, Self.infoPort, into: &out)
    }

    private func writeItem(_ type: GopherItemType, _ display: String, _ selector: String, _ host: String, _ port: Int, into out: inout ByteBuffer) {
        out.writeInteger(type.rawValue)
        out.writeString(Self.clean(display))
        out.writeInteger(UInt8(ascii: "\t"))
        out.writeString(Self.clean(selector))
        out.writeInteger(UInt8(ascii: "\t"))
        out.writeString(host)
        out.writeInteger(UInt8(ascii: "\t"))
        out.writeString(String(port))
        out.writeStaticString("\r\n")
    }

    private func writeText(_ line: String, into out: inout ByteBuffer) {
        let line = Self.clean(line)
        if line.utf8.first == UInt8(ascii: ".") { out.writeInteger(UInt8(ascii: ".")) }
        out.writeString(line)
        out.writeStaticString("\r\n")
    }

    /// Replaces control characters (tab, CR, LF, NUL, DEL, …) with spaces: they would break
    /// the line structure.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private func wrap(_ text: String) -> [String] {
        TextWrapper.wrap(text, width: width)
    }

    /// A generous guess at the response size, so the buffer grows at most once or twice.
    private func estimate(_ page: Page) -> Int {
        256 + page.blocks.count * (48 + host.utf8.count)
    }
}
