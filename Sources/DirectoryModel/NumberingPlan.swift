/// Countries' telephone numbering plans, from Google's libphonenumber metadata (the generated
/// table in `NumberingPlan+Table.swift`, made by `tools/gen-numbering.py`).
///
/// The directory's national-number rule uses it: a number the source prints in national form is
/// published as `+`, the calling code, then the printed digits without the trunk prefix; nothing
/// else is added or completed. A toll-free number is marked `national_only`.
public enum NumberingPlan {
    /// One country's plan.
    public struct Plan: Sendable, Hashable {
        /// ISO 3166-1 alpha-2 code.
        public var country: String
        /// The country calling code without `+` (`353`).
        public var callingCode: String
        /// The trunk prefix dialled before a national number inside the country (`0`); empty when none.
        public var trunkPrefix: String
        /// The pattern of toll-free national numbers; empty when the metadata gives none.
        public var tollFreePattern: String
    }

    private static let plans: [String: Plan] = Dictionary(
        table.map { ($0.country, Plan(country: $0.country, callingCode: $0.callingCode, trunkPrefix: $0.trunkPrefix, tollFreePattern: $0.tollFree)) },
        uniquingKeysWith: { a, _ in a })

    /// The plan of `country` (alpha-2), if the metadata has one.
    public static func plan(for country: String) -> Plan? { plans[country.uppercased()] }

    /// Every country sharing `callingCode` (`1`: the NANP countries), sorted by code.
    public static func plans(callingCode: String) -> [Plan] {
        plans.values.filter { $0.callingCode == callingCode }.sorted { $0.country < $1.country }
    }

    /// The calling code an international number's digits start with. Calling codes are prefix-free,
    /// so at most one of the first one, two or three digits is one.
    public static func callingCode(ofDigits digits: String) -> String? {
        let known = Set(plans.values.map(\.callingCode))
        for length in 1...3 where digits.count > length {
            let prefix = String(digits.prefix(length))
            if known.contains(prefix) { return prefix }
        }
        return nil
    }

    /// The ASCII digits of `text`, in order.
    public static func digits(_ text: String) -> String { String(text.filter { $0.isASCII && $0.isNumber }) }

    /// Whether `value` (international form, `+353 1 21 00 489`) is what the national-number rule
    /// makes of `printed`: the same digits when `printed` is international (a trunk `(0)` dropped),
    /// else the calling code followed by the printed digits, without the trunk prefix when the
    /// printed form starts with it. The expected value's digits otherwise.
    public static func check(value: String, printed: String) -> (matches: Bool, expected: String?) {
        let valueDigits = digits(value)
        if printed.contains("+") {
            let withoutTrunk = digits(printed.replacingOccurrences(of: "(0)", with: ""))
            return (withoutTrunk == valueDigits, "+" + withoutTrunk)
        }
        guard let code = callingCode(ofDigits: valueDigits) else { return (false, nil) }
        let national = digits(printed)
        // Per plan sharing the code: the printed digits without its trunk prefix when they start
        // with it, else as printed (a plan without a trunk prefix keeps a leading 0, as Italy's).
        var candidates: [String] = []
        for trunk in plans(callingCode: code).map(\.trunkPrefix) {
            let rest = !trunk.isEmpty && national.hasPrefix(trunk) ? String(national.dropFirst(trunk.count)) : national
            if !candidates.contains("+" + code + rest) { candidates.append("+" + code + rest) }
        }
        return (candidates.contains("+" + valueDigits), candidates.first)
    }

    /// The countries in whose plan `value` (international form) is a toll-free number.
    public static func tollFreeCountries(_ value: String) -> [String] {
        let valueDigits = digits(value)
        guard let code = callingCode(ofDigits: valueDigits) else { return [] }
        let national = String(valueDigits.dropFirst(code.count))
        return plans(callingCode: code).filter { plan in
            guard !plan.tollFreePattern.isEmpty, let regex = try? Regex(plan.tollFreePattern) else { return false }
            return (try? regex.wholeMatch(in: national)) != nil
        }.map(\.country)
    }
}
