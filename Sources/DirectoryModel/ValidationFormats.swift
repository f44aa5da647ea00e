/// Format checks for the values a directory file holds: phone numbers, e-mail addresses, URLs,
/// onion addresses, PGP fingerprints, identifiers and currency codes.
///
/// Pure functions on strings, shared by the loader (`sanad lint`) and anyone who wants to check a
/// value before writing it. They check form only: whether a number is the organisation's is a
/// matter for the cited source.
public enum ValidationFormats {
    /// A phone number in international form: `+`, then digits in groups separated by single
    /// spaces (`+353 1 21 00 489`), 7 to 15 digits, the first not 0 (ITU-T E.164).
    public static func isPhone(_ text: String) -> Bool {
        guard text.first == "+" else { return false }
        let groups = text.dropFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard !groups.isEmpty,
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isASCIIDigit) })
        else { return false }
        let digits = groups.joined()
        return (7...15).contains(digits.count) && digits.first != "0"
    }

    /// A short national number such as `103`: 2 to 6 digits, dialled only inside one country.
    public static func isShortCode(_ text: String) -> Bool {
        (2...6).contains(text.count) && text.allSatisfy(isASCIIDigit)
    }

    /// The `source_date` of a source that shows no date (an undated leaflet).
    public static let undated = "undated"

    /// An e-mail address: one `@`, a local part of printable ASCII without spaces, and a domain
    /// name with at least one dot. Deliberately simpler than RFC 5322: it catches typing slips
    /// (`name@@org`, `name@org`, `mailto:`), not every exotic address.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0]
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("mailto:"),
              local.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";" }),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        return isDomainName(parts[1], requireDot: true)
    }

    /// An absolute `https://` or `http://` URL with a host name and no spaces.
    public static func isWebURL(_ text: String) -> Bool {
        guard let (_, host, rest) = splitURL(text) else { return false }
        guard host.hasSuffix(".onion") || isDomainName(host, requireDot: true) else { return false }
        return !rest.contains(where: { $0.isWhitespace || $0.isNewline })
    }

    /// An `http://` or `https://` URL whose host is a version 3 onion address
    /// (56 characters of base32 before `.onion`).
    public static func isOnionURL(_ text: String) -> Bool {
        guard let (_, host, rest) = splitURL(text), host.hasSuffix(".onion") else { return false }
        let labels = host.dropLast(".onion".count).split(separator: ".", omittingEmptySubsequences: false)
        guard let name = labels.last, name.count == 56,
              name.allSatisfy({ ("a"..."z").contains($0) || ("2"..."7").contains($0) })
        else { return false }
        return !rest.contains(where: { $0.isWhitespace })
    }

    /// A PGP fingerprint: 40 hexadecimal digits, spaces allowed between them.
    public static func isPGPFingerprint(_ text: String) -> Bool {
        let digits = text.filter { $0 != " " }
        return digits.count == 40 && digits.allSatisfy(\.isHexDigit) && digits.allSatisfy(\.isASCII)
    }

    /// An ISO 4217 currency code in form: three uppercase ASCII letters (`EUR`, `USD`).
    public static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// An identifier of an organisation or a service: lowercase ASCII letters, digits and single
    /// hyphens, starting with a letter or digit and not ending with a hyphen.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != "-", last != "-",
              !text.contains("--"), text.count <= 100
        else { return false }
        return text.allSatisfy { ("a"..."z").contains($0) || isASCIIDigit($0) || $0 == "-" }
    }

    /// A vocabulary code: lowercase ASCII letters, digits and underscores, starting with a letter.
    public static func isVocabularyCode(_ text: String) -> Bool {
        guard let first = text.first, ("a"..."z").contains(first), text.count <= 64 else { return false }
        return text.allSatisfy { ("a"..."z").contains($0) || isASCIIDigit($0) || $0 == "_" }
    }

    /// An ISO 3166-1 alpha-2 code in form: two uppercase ASCII letters.
    public static func isCountryCode(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// A source date as sources give them: `2011`, `2011-05` or a full `2011-05-04`.
    public static func isSourceDate(_ text: String) -> Bool {
        if text == undated { return true }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, parts[0].allSatisfy(isASCIIDigit) else { return false }
        switch parts.count {
        case 1: return true
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]) else { return false }
            return (1...12).contains(month)
        case 3: return CalendarDate(text) != nil
        default: return false
        }
    }

    // MARK: - Pieces

    private static func isASCIIDigit(_ ch: Character) -> Bool { ch.isASCII && ch.isNumber }

    /// Splits `scheme://host[:port]/rest` for http and https; nil for anything else.
    private static func splitURL(_ text: String) -> (scheme: String, host: String, rest: Substring)? {
        let scheme: String
        if text.hasPrefix("https://") { scheme = "https" } else if text.hasPrefix("http://") { scheme = "http" } else { return nil }
        let afterScheme = text.dropFirst(scheme.count + 3)
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard !authority.contains("@") else { return nil }
        var host = authority
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(isASCIIDigit), let number = Int(port), (1...65535).contains(number) else { return nil }
            host = authority[..<colon]
        }
        guard !host.isEmpty else { return nil }
        return (scheme, host.lowercased(), afterScheme[authorityEnd...])
    }

    /// A DNS name of ASCII letters, digits and hyphens (internationalised names in their
    /// `xn--` form), each label 1 to 63 characters, the last one alphabetic.
    private static func isDomainName(_ text: Substring, requireDot: Bool) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !requireDot || labels.count >= 2, text.count <= 253 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), label.first != "-", label.last != "-",
                  label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return false }
        }
        return labels.last.map { $0.count >= 2 && $0.allSatisfy { $0.isLetter || $0 == "-" || $0.isNumber } && $0.first!.isLetter } ?? false
    }

    private static func isDomainName(_ text: String, requireDot: Bool) -> Bool {
        isDomainName(Substring(text), requireDot: requireDot)
    }
}
