import Exchange
import Foundation

/// Vocabularies and regions for the benchmark when no real directory is at hand: every agreed
/// code, labelled with its own words in all four languages, and a handful of countries (the
/// resource `minimal-regions.yaml`, copied as it is).
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
                let label = DraftYAML.quote(code.replacingOccurrences(of: "_", with: " "))
                lines.append("  - code: \(code)")
                lines.append("    label: {en: \(label), fr: \(label), es: \(label), ar: \(label)}")
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path + "/vocabulary/\(name).yaml", atomically: false, encoding: .utf8)
        }
        guard let regions = Bundle.module.url(forResource: "minimal-regions", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "minimal-regions.yaml (a resource of sanad-bench)"])
        }
        try FileManager.default.copyItem(atPath: regions.path, toPath: path + "/regions.yaml")
    }

    /// The regions and bodies of `minimal-regions.yaml`, for coverage entries.
    static let places = SyntheticDirectory.Places(countries: [], regions: ["northern-africa", "central-america", "south-america"], bodies: ["au"])
}
