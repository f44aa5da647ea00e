import DirectoryModel

/// CLDR plural categories for the four UI languages, so a count agrees with its noun
/// (`1 résultat`, `25 نتيجة`), never `1 resultados`.
///
/// Rules from CLDR 44 (`plurals.xml`), integers only (Sanad counts whole things):
/// - en: one (n = 1), other;
/// - es: one (n = 1), many (n ≠ 0 and n mod 1 000 000 = 0), other;
/// - fr: one (n = 0 or 1), many (n ≠ 0 and n mod 1 000 000 = 0), other;
/// - ar: zero (0), one (1), two (2), few (n mod 100 in 3…10), many (n mod 100 in 11…99), other.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of the integer `n` in `language`.
    public static func of(_ n: Int, _ language: UILanguage) -> PluralCategory {
        let n = abs(n)
        switch language {
        case .en:
            return n == 1 ? .one : .other
        case .es:
            if n == 1 { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        case .fr:
            if n <= 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        case .ar:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                let r = n % 100
                if (3...10).contains(r) { return .few }
                if (11...99).contains(r) { return .many }
                return .other
            }
        }
    }
}

/// A counted noun in the four languages, each in its CLDR forms; `%1` is the number.
///
/// A form missing for a category falls back to `other`. Arabic writes the number in every form
/// but `one` and `two`, whose words carry the number themselves (`نتيجة واحدة`, `نتيجتان`).
public struct CountedText: Sendable {
    public var forms: [UILanguage: [PluralCategory: String]]

    public init(en: [PluralCategory: String], fr: [PluralCategory: String], es: [PluralCategory: String], ar: [PluralCategory: String]) {
        forms = [.en: en, .fr: fr, .es: es, .ar: ar]
    }

    /// The text for `n` in `language`, the number in place of `%1`.
    public func callAsFunction(_ n: Int, _ language: UILanguage) -> String {
        let table = forms[language] ?? [:]
        let form = table[PluralCategory.of(n, language)] ?? table[.other] ?? "%1"
        return form.replacing("%1", with: String(n))
    }

    /// "83 entries", "83 مدخلاً".
    public static let entries = CountedText(
        en: [.one: "%1 entry", .other: "%1 entries"],
        fr: [.one: "%1 entrée", .other: "%1 entrées"],
        es: [.one: "%1 entrada", .other: "%1 entradas"],
        ar: [.zero: "لا مدخلات", .one: "مدخل واحد", .two: "مدخلان", .few: "%1 مدخلات", .many: "%1 مدخلاً", .other: "%1 مدخل"])

    /// "25 more results not shown." under a referral's first results.
    public static let moreResults = CountedText(
        en: [.one: "%1 more result not shown.", .other: "%1 more results not shown."],
        fr: [.one: "%1 autre résultat non affiché.", .other: "%1 autres résultats non affichés."],
        es: [.one: "%1 resultado más no mostrado.", .other: "%1 resultados más no mostrados."],
        ar: [.one: "نتيجة أخرى واحدة غير معروضة.", .two: "نتيجتان أخريان غير معروضتين.", .few: "%1 نتائج أخرى غير معروضة.",
             .many: "%1 نتيجة أخرى غير معروضة.", .other: "%1 نتيجة أخرى غير معروضة."])

    /// Durations, in the unit that fits (``Catalogue/durationText(_:_:)``).
    static let weeks = CountedText(
        en: [.one: "%1 week", .other: "%1 weeks"], fr: [.one: "%1 semaine", .other: "%1 semaines"],
        es: [.one: "%1 semana", .other: "%1 semanas"],
        ar: [.one: "أسبوع واحد", .two: "أسبوعان", .few: "%1 أسابيع", .many: "%1 أسبوعاً", .other: "%1 أسبوع"])
    static let days = CountedText(
        en: [.one: "%1 day", .other: "%1 days"], fr: [.one: "%1 jour", .other: "%1 jours"],
        es: [.one: "%1 día", .other: "%1 días"],
        ar: [.one: "يوم واحد", .two: "يومان", .few: "%1 أيام", .many: "%1 يوماً", .other: "%1 يوم"])
    static let hours = CountedText(
        en: [.one: "%1 hour", .other: "%1 hours"], fr: [.one: "%1 heure", .other: "%1 heures"],
        es: [.one: "%1 hora", .other: "%1 horas"],
        ar: [.one: "ساعة واحدة", .two: "ساعتان", .few: "%1 ساعات", .many: "%1 ساعة", .other: "%1 ساعة"])
    static let minutes = CountedText(
        en: [.one: "%1 minute", .other: "%1 minutes"], fr: [.one: "%1 minute", .other: "%1 minutes"],
        es: [.one: "%1 minuto", .other: "%1 minutos"],
        ar: [.one: "دقيقة واحدة", .two: "دقيقتان", .few: "%1 دقائق", .many: "%1 دقيقة", .other: "%1 دقيقة"])
}
