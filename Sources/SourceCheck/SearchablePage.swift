import DirectoryModel
import Foundation

/// A fetched page prepared once for every value looked for in it: the digit runs for phone
/// numbers, a lowercased copy with e-mail obfuscations undone, a lowercased copy for addresses
/// and a folded copy (case, accents, punctuation) for postal addresses and names.
public struct SearchablePage: Sendable {
    let digitRuns: [PhoneForms.Run]
    let emailText: String
    let urlText: String
    let wordText: String

    public init(_ page: PageText) {
        let all = page.searchable
        digitRuns = PhoneForms.digitRuns(in: all)
        let lower = all.lowercased()
        emailText = Self.undoEmailObfuscation(lower)
        urlText = lower.replacingOccurrences(of: "www.", with: "")
        wordText = " " + Self.fold(all) + " "
    }

    /// Whether the page shows the contact's value, compared as its type needs.
    public func contains(type: String, value: String, printed: String? = nil) -> Bool {
        switch ValueForm(type: type, value: value) {
        case .phone:
            return PhoneForms.found(PhoneForms.targets(value: value, printed: printed), in: digitRuns)
        case .email:
            return Self.containsBounded(emailText, value.lowercased(), stops: Self.emailCharacters)
        case .url:
            return containsURL(value)
        case .words:
            let folded = Self.fold(value)
            return !folded.isEmpty && wordText.contains(" " + folded + " ")
        }
    }

    /// How a value is compared.
    enum ValueForm {
        case phone, email, url, words

        init(type: String, value: String) {
            switch type {
            case _ where ContactTypes.numbers.contains(type) || type == ContactTypes.shortCode: self = .phone
            case ContactTypes.email: self = .email
            case _ where ContactTypes.webAddresses.contains(type) || type == ContactTypes.onion: self = .url
            default:
                if value.hasPrefix("+"), value.dropFirst().allSatisfy({ $0.isNumber || $0 == " " }) { self = .phone }
                else if value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://") { self = .url }
                else if value.contains("@"), !value.hasPrefix("@") { self = .email }
                else { self = .words }
            }
        }
    }

    /// A URL compared without scheme, `www.` and trailing slash, case-insensitively; the page's
    /// address must not go on into a longer host or a deeper path.
    func containsURL(_ value: String) -> Bool {
        var target = value.lowercased()
        for prefix in ["https://", "http://"] where target.hasPrefix(prefix) { target = String(target.dropFirst(prefix.count)) }
        if target.hasPrefix("www.") { target = String(target.dropFirst(4)) }
        while target.hasSuffix("/") { target.removeLast() }
        guard !target.isEmpty else { return false }
        let hostOnly = !target.contains("/")
        var searchRange = urlText.startIndex..<urlText.endIndex
        while let range = urlText.range(of: target, range: searchRange) {
            searchRange = range.upperBound..<urlText.endIndex
            if range.lowerBound > urlText.startIndex, Self.hostCharacters.contains(urlText[urlText.index(before: range.lowerBound)]) {
                continue
            }
            let after = urlText[range.upperBound...]
            guard let next = after.first else { return true }
            if Self.hostCharacters.contains(next) && next != "." { continue }
            if next == "." {
                // A sentence's full stop, not a longer host.
                if let following = after.dropFirst().first, following.isLetter || following.isNumber { continue }
                return true
            }
            if next == "/" {
                if hostOnly { return true }
                let following = after.dropFirst().first
                if following == nil || !(following!.isLetter || following!.isNumber || following == "-" || following == "_") { return true }
                continue
            }
            return true
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` with no character of `stops` on either side (a
    /// sentence's final `.` allowed after).
    static func containsBounded(_ haystack: String, _ needle: String, stops: Set<Character>) -> Bool {
        guard !needle.isEmpty else { return false }
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let range = haystack.range(of: needle, range: searchRange) {
            searchRange = range.upperBound..<haystack.endIndex
            if range.lowerBound > haystack.startIndex, stops.contains(haystack[haystack.index(before: range.lowerBound)]) { continue }
            let after = haystack[range.upperBound...]
            if let next = after.first, stops.contains(next) {
                guard next == ".", !(after.dropFirst().first.map { $0.isLetter || $0.isNumber } ?? false) else { continue }
            }
            return true
        }
        return false
    }

    static let emailCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
    static let hostCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789.-_")

    /// Undoes the common ways pages hide an address from harvesters: `name [at] org [dot] net`,
    /// `(at)`, `{at}`, ` at `, ` dot `, `＠`, `name @ org.net`, `arroba`.
    static func undoEmailObfuscation(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "\u{FF20}", with: "@")
        for (pattern, replacement) in obfuscations {
            out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: replacement)
        }
        return out
    }

    static let obfuscations: [(NSRegularExpression, String)] = [
        (#"\s*[\[\(\{<]\s*(?:at|@|arroba|chez)\s*[\]\)\}>]\s*"#, "@"),
        (#"\s*[\[\(\{<]\s*(?:dot|punto|point|\.)\s*[\]\)\}>]\s*"#, "."),
        (#"(?<=[a-z0-9])\s+(?:at|arroba)\s+(?=[a-z0-9])"#, "@"),
        (#"(?<=[a-z0-9])\s+(?:dot|punto)\s+(?=[a-z0-9])"#, "."),
        (#"(?<=[a-z0-9._-])\s*@\s*(?=[a-z0-9])"#, "@"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// Lowercase, accents and Arabic vowel marks removed, Arabic-Indic digits as ASCII, every
    /// other character than a letter or digit a single space.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var space = false
        for s in folded.unicodeScalars {
            if let d = PhoneForms.asciiDigit(s) {
                out.unicodeScalars.append(d); space = false
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                out.unicodeScalars.append(s); space = false
            } else if s.properties.generalCategory == .nonspacingMark {
                continue
            } else if !space, !out.isEmpty {
                out += " "; space = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
