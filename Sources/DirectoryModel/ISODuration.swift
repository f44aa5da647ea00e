/// An ISO 8601 duration such as `PT2H`, `P1D` or `P2W`, as used for response times.
///
/// Only the parts response times need are accepted: weeks, days, hours and minutes. Months and
/// years have no fixed length and are refused.
public struct ISODuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The duration in minutes.
    public var minutes: Int
    /// The text as written.
    public var text: String

    /// Parses `PnW`, `PnD`, `PTnH`, `PTnM` and combinations such as `P1DT12H`; nil otherwise.
    public init?(_ text: String) {
        var rest = Substring(text)
        guard rest.first == "P", rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var total = 0
        var inTime = false
        var number = ""
        var sawPart = false
        for ch in rest {
            if ch == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if ch.isASCII, ch.isNumber {
                number.append(ch)
                guard number.count <= 6 else { return nil }
                continue
            }
            guard let n = Int(number) else { return nil }
            number = ""
            switch (inTime, ch) {
            case (false, "W"): total += n * 7 * 24 * 60
            case (false, "D"): total += n * 24 * 60
            case (true, "H"): total += n * 60
            case (true, "M"): total += n
            default: return nil
            }
            sawPart = true
        }
        guard number.isEmpty, sawPart else { return nil }
        self.minutes = total
        self.text = text
    }

    public var description: String { text }

    public static func < (a: ISODuration, b: ISODuration) -> Bool { a.minutes < b.minutes }
}
