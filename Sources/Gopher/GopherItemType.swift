/// The RFC 1436 item types Sanad writes. The type is the first byte of a menu line.
public enum GopherItemType: UInt8, Sendable, Hashable {
    /// A text document.
    case document = 0x30 // "0"
    /// A menu.
    case menu = 0x31 // "1"
    /// An error; clients show the display text.
    case error = 0x33 // "3"
    /// A search: the client asks for words and sends them after a tab.
    case search = 0x37 // "7"
    /// An HTML page; with a `URL:` selector, a link outside gopherspace.
    case html = 0x68 // "h"
    /// An informational line (not selectable).
    case info = 0x69 // "i"
}
