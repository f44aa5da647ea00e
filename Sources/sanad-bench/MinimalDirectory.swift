import Foundation

/// Vocabularies and regions for the benchmark when no real directory is at hand: every agreed
/// code, labelled with its own words in all four languages, and a handful of countries.
/// Only the benchmark reads these; they are never published.
enum MinimalDirectory {
    static func write(into path: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/vocabulary", withIntermediateDirectories: true)
        let vocabularies: [(String, [String])] = [
            ("kinds", SyntheticDirectory.kinds), ("services", SyntheticDirectory.services),
            ("beneficiaries", SyntheticDirectory.beneficiaries), ("threats", SyntheticDirectory.threats),
            ("contact_types", ["phone", "sms", "email", "web_form", "website", "signal", "whatsapp", "telegram",
                               "skype", "wire", "postal", "fax", "onion"]),
            ("languages", SyntheticDirectory.languages),
        ]
        for (name, codes) in vocabularies {
            var lines = ["# Minimal vocabulary written by sanad-bench.", "vocabulary: \(name)", "terms:"]
            for code in codes {
                let label = SyntheticDirectory.quote(code.replacingOccurrences(of: "_", with: " "))
                lines.append("  - code: \(code)")
                lines.append("    label: {en: \(label), fr: \(label), es: \(label), ar: \(label)}")
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path + "/vocabulary/\(name).yaml", atomically: false, encoding: .utf8)
        }
        try regions.write(toFile: path + "/regions.yaml", atomically: false, encoding: .utf8)
    }

    /// The regions and bodies defined below, for coverage entries.
    static let places = SyntheticDirectory.Places(countries: [], regions: ["northern-africa", "central-america", "south-america"], bodies: ["au"])

    static let regions = """
        # Minimal regions written by sanad-bench.
        countries:
          - code: TN
            name: {en: "Tunisia", fr: "Tunisie", es: "Túnez", ar: "تونس"}
            region: northern-africa
          - code: EG
            name: {en: "Egypt", fr: "Égypte", es: "Egipto", ar: "مصر"}
            region: northern-africa
          - code: MX
            name: {en: "Mexico", fr: "Mexique", es: "México", ar: "المكسيك"}
            region: central-america
          - code: CO
            name: {en: "Colombia", fr: "Colombie", es: "Colombia", ar: "كولومبيا"}
            region: south-america
        regions:
          - code: africa
            m49: "002"
            name: {en: "Africa", fr: "Afrique", es: "África", ar: "أفريقيا"}
          - code: northern-africa
            m49: "015"
            name: {en: "Northern Africa", fr: "Afrique du Nord", es: "África septentrional", ar: "شمال أفريقيا"}
            parent: africa
          - code: americas
            m49: "019"
            name: {en: "Americas", fr: "Amériques", es: "Américas", ar: "الأمريكتان"}
          - code: central-america
            m49: "013"
            name: {en: "Central America", fr: "Amérique centrale", es: "Centroamérica", ar: "أمريكا الوسطى"}
            parent: americas
          - code: south-america
            m49: "005"
            name: {en: "South America", fr: "Amérique du Sud", es: "América del Sur", ar: "أمريكا الجنوبية"}
            parent: americas
        bodies:
          - code: au
            name: {en: "African Union", fr: "Union africaine", es: "Unión Africana", ar: "الاتحاد الأفريقي"}
            source: "sanad-bench minimal data"
            members: [EG, TN]

        """
}
