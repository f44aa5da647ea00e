import DirectoryModel

/// The digit strings a phone number may be printed as on a page, and the digit groups a page
/// prints: lint's normalisation (digits only, with and without country code and trunk prefix)
/// applied to both sides.
///
/// A value `+353 1 21 00 489` is found in `+353 1 2100489`, `00353 1 21 00 489`,
/// `+353 (0)1 210 0489`, `01-210-0489` and `01.21.00.489`; in Arabic-Indic digits too.
enum PhoneForms {
    /// The digit strings that count as the number `value` (international form, or a short code)
    /// or as its `printed` national form. Calling codes and trunk prefixes are the numbering
    /// table's (``NumberingPlan``), the one lint's national-number rule uses.
    static func targets(value: String, printed: String?) -> Set<String> {
        var result: Set<String> = []
        let digits = asciiDigits(value)
        if value.hasPrefix("+"), let code = NumberingPlan.callingCode(ofDigits: digits) {
            let national = String(digits.dropFirst(code.count))
            result.insert(code + national)
            result.insert("00" + code + national)
            if code == "1" { result.insert("011" + code + national) }
            for trunk in Set(NumberingPlan.plans(callingCode: code).map(\.trunkPrefix)) where !trunk.isEmpty {
                result.insert(trunk + national)
            }
            // Countries without a trunk prefix print the national number alone (Italy keeps its
            // leading 0 inside it); six digits at least, so a fragment never matches.
            if national.count >= 6 { result.insert(national) }
        } else if !digits.isEmpty {
            result.insert(digits)
        }
        if let printed {
            let printedDigits = asciiDigits(printed)
            if !printedDigits.isEmpty { result.insert(printedDigits) }
        }
        return result
    }

    /// A run of digit groups, with whether a strong break (`/`, `+`, two spaces, ` (`, a dash
    /// between spaces) stands before each group: a number ends only at such a break or the end
    /// of the run, so `+353 1 21 00 489 9` does not contain `+353 1 21 00 489`.
    struct Run: Sendable, Hashable {
        var groups: [String] = []
        var strongBefore: [Bool] = []
    }

    /// Whether some groups of a run, starting and ending at the run's ends or strong breaks,
    /// spell one of `targets`.
    static func found(_ targets: Set<String>, in runs: [Run]) -> Bool {
        guard let longest = targets.map(\.count).max() else { return false }
        for run in runs {
            let count = run.groups.count
            for start in 0..<count where start == 0 || run.strongBefore[start] {
                var joined = ""
                for end in start..<count {
                    joined += run.groups[end]
                    if joined.count > longest { break }
                    if (end == count - 1 || run.strongBefore[end + 1]), targets.contains(joined) { return true }
                }
            }
        }
        return false
    }

    /// The runs of digit groups a text prints: digits joined by the separators numbers are
    /// written with (spaces of every width, dots, dashes, slashes, brackets, direction marks),
    /// with a trunk `(0)` dropped. A run ends at a letter, other punctuation or a line break.
    static func digitRuns(in text: String) -> [Run] {
        var runs: [Run] = []
        var run = Run()
        var current = ""
        var separator = ""
        func endGroup() {
            guard !current.isEmpty else { return }
            run.strongBefore.append(!run.groups.isEmpty && isStrong(separator))
            run.groups.append(current)
            current = ""
            separator = ""
        }
        func endRun() {
            endGroup()
            if !run.groups.isEmpty { runs.append(run) }
            run = Run()
            separator = ""
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if let digit = asciiDigit(s) {
                current.unicodeScalars.append(digit)
            } else if s == "(" || s == "[", i + 2 < scalars.count, asciiDigit(scalars[i + 1]) == "0",
                      scalars[i + 2] == ")" || scalars[i + 2] == "]", !run.groups.isEmpty || !current.isEmpty {
                // "+353 (0)1": the trunk prefix in brackets is not dialled from abroad.
                endGroup()
                separator += " "
                i += 3
                continue
            } else if separators.contains(s) {
                endGroup()
                separator.unicodeScalars.append(s)
            } else {
                endRun()
            }
            i += 1
        }
        endRun()
        return runs
    }

    /// A break between two numbers rather than inside one.
    static func isStrong(_ separator: String) -> Bool {
        let spaces = separator.unicodeScalars.filter { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }.count
        return separator.contains("/") || separator.contains("+") || spaces >= 2 || separator.contains(" (")
            || (spaces >= 1 && (separator.contains("-") || separator.contains("\u{2013}") || separator.contains("\u{2014}")))
    }

    static let separators: Set<Unicode.Scalar> = [
        " ", "\u{00A0}", "\u{2007}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}", "\t", ".", "-", "\u{2010}",
        "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", "/", "(", ")", "[", "]", "+", "\u{200E}", "\u{200F}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{200B}",
    ]

    /// ASCII digit for an ASCII, Arabic-Indic, Extended Arabic-Indic (Persian, Urdu) or
    /// fullwidth digit.
    static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x30...0x39: return s
        case 0x660...0x669: return Unicode.Scalar(0x30 + v - 0x660)
        case 0x6F0...0x6F9: return Unicode.Scalar(0x30 + v - 0x6F0)
        case 0xFF10...0xFF19: return Unicode.Scalar(0x30 + v - 0xFF10)
        default: return nil
        }
    }

    static func asciiDigits(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars { if let d = asciiDigit(s) { out.unicodeScalars.append(d) } }
        return out
    }
}
