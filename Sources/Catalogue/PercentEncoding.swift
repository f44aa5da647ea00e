/// Percent-encoding (RFC 3986 §2.1), written once for every front: a route reaches a front as a
/// percent-encoded path and leaves it as one (a Gemini link, an HTML `href`, a `Location`).
///
/// The fronts do not all read escapes the same way, and for good reasons, so decoding has one
/// named entry point per rule rather than flags at the call sites:
///
/// | entry point              | malformed `%`   | bytes not UTF-8      | `+`     | used by                           |
/// |--------------------------|-----------------|----------------------|---------|-----------------------------------|
/// | ``decodeStrictly(_:)``   | nil             | nil                  | `+`     | Gemini requests, API and HSDS ids |
/// | ``decodeLeniently(_:)``  | kept as text    | U+FFFD               | `+`     | web paths                         |
/// | ``decodeFormField(_:)``  | kept as text    | U+FFFD               | space   | form bodies, query strings        |
/// | ``decodeIfValid(_:)``    | kept as text    | the text as typed    | `+`     | pasted line-interface links       |
///
/// A malformed escape is a `%` not followed by two ASCII hexadecimal digits (`%`, `%4`, `%zz`,
/// `%+f`: a sign is not a digit). Encoding has one rule with two variants, ``encodePath(_:)``
/// and ``encodeQuery(_:)``, and is the same on every front.
public enum PercentEncoding {
    // MARK: Decoding

    /// Decodes `%XX` escapes, or nil for a malformed escape or a result that is not UTF-8;
    /// `+` stays a plus sign.
    ///
    /// Why: the Gemini specification makes a request a URL (RFC 3986), and a server that cannot
    /// read a URL answers 59 (bad request) rather than guess; Gemini queries are not HTML forms,
    /// so `+` is not a space. The JSON and HSDS APIs read an id in their paths the same way: an
    /// id that does not decode names nothing (404).
    public static func decodeStrictly(_ text: some StringProtocol) -> String? {
        guard let bytes = unescape(text.utf8, plusIsSpace: false, keepingMalformed: false) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Decodes `%XX` escapes, keeping a malformed escape as text and repairing bytes that are
    /// not UTF-8 (U+FFFD); `+` stays a plus sign.
    ///
    /// Why: browsers and HTTP clients send what they are given, and a web path that decodes
    /// to nothing known is a "not found" page in the visitor's language, not a bare 400. A `+`
    /// in a path is a plus (RFC 3986); only form data makes it a space.
    public static func decodeLeniently(_ text: some StringProtocol) -> String {
        decodeLeniently(text.utf8, plusIsSpace: false)
    }

    /// Decodes one name or value of `application/x-www-form-urlencoded` data (a POST body or a
    /// query string): `+` is a space, `%XX` a byte, a malformed escape kept as text, bytes that
    /// are not UTF-8 repaired (U+FFFD).
    ///
    /// Why: this is the HTML form encoding (WHATWG URL, "application/x-www-form-urlencoded
    /// parsing"), which is lenient by definition and the only place where `+` means a space.
    /// The web API's query strings follow it because browsers and HTTP libraries build them so.
    public static func decodeFormField(_ bytes: some Collection<UInt8>) -> String {
        decodeLeniently(bytes, plusIsSpace: true)
    }

    /// The text with its `%XX` escapes decoded when the result is UTF-8, else the text as typed;
    /// a malformed escape is kept as text and `+` stays a plus sign.
    ///
    /// Why: the line interface reads a pasted selector or URL, which may or may not have been
    /// encoded by whatever it was copied from. Decoding when it yields text, and otherwise
    /// keeping what was typed, opens both forms; the route parser then refuses what is not a
    /// route.
    public static func decodeIfValid(_ text: String) -> String {
        guard text.utf8.contains(percent) else { return text }
        guard let bytes = unescape(text.utf8, plusIsSpace: false, keepingMalformed: true) else { return text }
        return String(validating: bytes, as: UTF8.self) ?? text
    }

    // MARK: Encoding

    /// A path percent-encoded for a link or a redirect: unreserved characters, `/` and the
    /// characters `:` `@` `,` `;` `=` `+` stay, every other byte of its UTF-8 is `%XX`
    /// (uppercase hexadecimal).
    ///
    /// Why this set: it keeps route paths readable (`/en/refer/c=TN;w=journalist,lawyer`,
    /// `/en/interview/TN/-/+`) while encoding the other sub-delimiters (`!` `$` `&` `'` `(` `)`
    /// `*`), which RFC 3986 allows in a path but which chat and mail clients, where a shared link
    /// is pasted, often take for the end of a link or for markup. No route path holds one.
    public static func encodePath(_ path: String) -> String {
        encode(path, keeping: isPathSafe)
    }

    /// A query value, or any text that must not carry a delimiter: everything but unreserved
    /// characters is `%XX` (a space is `%20`, never `+`, so it reads back the same with
    /// ``decodeStrictly(_:)``).
    public static func encodeQuery(_ query: String) -> String {
        encode(query, keeping: isUnreserved)
    }

    // MARK: The one implementation

    private static let percent = UInt8(ascii: "%")
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func decodeLeniently(_ bytes: some Collection<UInt8>, plusIsSpace: Bool) -> String {
        // Lenient unescaping never fails.
        String(decoding: unescape(bytes, plusIsSpace: plusIsSpace, keepingMalformed: true) ?? [], as: UTF8.self)
    }

    /// The bytes with their escapes replaced (and `+` by a space when asked). A malformed escape
    /// is kept byte for byte, or makes the result nil.
    private static func unescape(_ bytes: some Collection<UInt8>, plusIsSpace: Bool, keepingMalformed: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            switch byte {
            case percent:
                if let (value, next) = escapedByte(bytes, at: index) {
                    out.append(value)
                    index = next
                } else if keepingMalformed {
                    out.append(byte)
                } else {
                    return nil
                }
            case UInt8(ascii: "+") where plusIsSpace:
                out.append(UInt8(ascii: " "))
            default:
                out.append(byte)
            }
        }
        return out
    }

    /// The byte of the two hexadecimal digits at `index` (just after a `%`) and the index after
    /// them, or nil when there are not two.
    private static func escapedByte<Bytes: Collection<UInt8>>(_ bytes: Bytes, at index: Bytes.Index) -> (UInt8, Bytes.Index)? {
        guard index != bytes.endIndex, let high = hexValue(bytes[index]) else { return nil }
        let second = bytes.index(after: index)
        guard second != bytes.endIndex, let low = hexValue(bytes[second]) else { return nil }
        return (high << 4 | low, bytes.index(after: second))
    }

    /// The value of an ASCII hexadecimal digit; nothing else is one (not a sign, not a
    /// full-width digit).
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func encode(_ text: String, keeping isKept: (UInt8) -> Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isKept(byte) {
                out.append(byte)
            } else {
                out += [percent, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986's unreserved characters: ASCII letters and digits, `-` `.` `_` `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func isPathSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "+"):
            true
        default:
            isUnreserved(byte)
        }
    }
}
