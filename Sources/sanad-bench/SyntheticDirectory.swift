import Exchange
import Foundation

/// Writes a synthetic directory of invented organisations into a folder, with the real
/// vocabularies and regions when a real directory is at hand (else ``MinimalDirectory``'s).
struct SyntheticDirectory {
    /// The folder written (`organisations/`, `vocabulary/`, `regions.yaml`).
    let path: String
    /// English names of the countries in `regions.yaml`, for queries.
    let countryNames: [String]

    static let kinds = ["ngo", "network", "fund", "helpline", "un_mechanism", "regional_mechanism",
                        "national_mechanism", "academic_network", "legal_aid", "media_support", "shelter_programme"]
    static let services = ["emergency_response", "protection_grant", "relocation_temporary", "academic_placement",
                           "legal_support", "trial_observation", "medical_support", "psychosocial", "physical_security",
                           "accompaniment", "digital_incident", "forensics_malware", "account_recovery", "web_protection",
                           "secure_hosting", "online_harassment", "censorship_circumvention", "advocacy_urgent",
                           "mechanism_complaint", "security_training", "family_support", "org_resilience",
                           "referral_coordination"]
    static let beneficiaries = ["hrd", "whrd", "lgbtiq", "journalist", "media_outlet", "lawyer", "academic", "student",
                                "artist_writer", "land_env_defender", "indigenous", "trade_unionist", "cso", "community",
                                "family_member"]
    static let threats = ["physical_attack", "death_threat", "arrest_detention", "enforced_disappearance",
                          "raid_property_damage", "judicial_harassment", "smear_campaign", "travel_ban",
                          "surveillance_physical", "surveillance_digital", "account_compromise", "device_seized_lost",
                          "online_harassment", "doxxing", "censorship_blocking", "website_attack", "gender_based_violence",
                          "reprisal_international", "org_restriction", "displacement_exile", "burnout_trauma",
                          "family_targeted"]
    static let regionCodes = ["northern-africa", "western-africa", "eastern-africa", "south-america", "central-america",
                              "western-asia", "southern-asia", "south-eastern-asia", "eastern-europe", "caribbean"]
    static let bodyCodes = ["au", "oas", "coe", "osce", "eu", "arab-league", "asean"]
    static let languages = ["ar", "en", "es", "fr", "ru", "fa", "pt", "tr", "zh"]
    static let roles = ["provider", "funder", "referrer", "advocate"]

    /// An organisation's acronym, used as its alternate name and as a query.
    static func acronym(_ n: Int) -> String { "SX" + String(n, radix: 36).uppercased() }

    /// Writes `count` organisations into a new folder under `parent`.
    static func write(count: Int, into parent: String, copyingFrom realDirectory: String?) throws -> SyntheticDirectory {
        let files = FileManager.default
        let path = parent + "/directory"
        try files.createDirectory(atPath: path + "/organisations", withIntermediateDirectories: true)
        var places = Places(countries: [], regions: regionCodes, bodies: bodyCodes)
        if let real = realDirectory, files.fileExists(atPath: real + "/vocabulary"), files.fileExists(atPath: real + "/regions.yaml") {
            try files.copyItem(atPath: real + "/vocabulary", toPath: path + "/vocabulary")
            try files.copyItem(atPath: real + "/regions.yaml", toPath: path + "/regions.yaml")
        } else {
            try MinimalDirectory.write(into: path)
            places = MinimalDirectory.places
        }
        let countries = try Self.countries(inRegionsFile: path + "/regions.yaml")
        places.countries = countries.map(\.code)
        var random = SplitMix64(seed: 2026)
        for n in 1...max(count, 1) {
            let text = organisation(n, places: places, random: &random)
            try text.write(toFile: path + "/organisations/\(id(n)).yaml", atomically: false, encoding: .utf8)
        }
        return SyntheticDirectory(path: path, countryNames: countries.map(\.name))
    }

    static func id(_ n: Int) -> String {
        let digits = String(n)
        return "org-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Country codes and English names from `regions.yaml`, read line by line (the benchmark
    /// needs only these two fields, and the loader under test is not used to prepare its input).
    static func countries(inRegionsFile path: String) throws -> [(code: String, name: String)] {
        var result: [(code: String, name: String)] = []
        var inCountries = false
        var code: String?
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            if !line.hasPrefix(" ") && !line.hasPrefix("#") { inCountries = line.hasPrefix("countries:") }
            guard inCountries else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- code:") {
                code = trimmed.dropFirst("- code:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            } else if let current = code, trimmed.hasPrefix("name:"), let range = trimmed.range(of: "en: ") {
                let rest = trimmed[range.upperBound...].drop { $0 == "\"" }
                let name = rest.prefix { $0 != "\"" && $0 != "," && $0 != "}" }
                result.append((current, String(name)))
                code = nil
            }
        }
        return result
    }

    /// The coverage codes organisations may use.
    struct Places {
        var countries: [String]
        var regions: [String]
        var bodies: [String]
    }

    static func organisation(_ n: Int, places: Places, random: inout SplitMix64) -> String {
        let table = SyntheticWords.table
        func row() -> (en: String, fr: String, es: String, ar: String) { table[random.next(table.count)] }
        func pick(_ list: [String], _ range: ClosedRange<Int>) -> [String] {
            var chosen: [String] = []
            let wanted = range.lowerBound + random.next(range.count)
            while chosen.count < min(wanted, list.count) {
                let item = list[random.next(list.count)]
                if !chosen.contains(item) { chosen.append(item) }
            }
            return chosen
        }
        let a = row(), b = row(), suffix = SyntheticWords.suffixes[random.next(SyntheticWords.suffixes.count)]
        var lines = ["# Synthetic benchmark entry: an invented organisation, not a real one.", "id: \(id(n))"]
        let english = "\(a.en.capitalized) \(b.en.capitalized) \(suffix.en)"
        if random.next(10) < 3 {
            lines.append("name:")
            lines.append("  en: \(DraftYAML.quote(english))")
            lines.append("  fr: \(DraftYAML.quote("\(suffix.fr) \(a.fr) et \(b.fr)"))")
            lines.append("  es: \(DraftYAML.quote("\(suffix.es) \(a.es) y \(b.es)"))")
            lines.append("  ar: \(DraftYAML.quote("\(suffix.ar) \(a.ar) و\(b.ar)"))")
        } else {
            lines.append("name: \(DraftYAML.quote(english))")
        }
        lines.append("alternate_names: [\(DraftYAML.quote(acronym(n)))]")
        lines.append("kind: \(kinds[random.next(kinds.count)])")
        if random.next(20) == 0 {
            lines.append("status: inactive")
            lines.append("status_note: \(DraftYAML.quote("Synthetic entry marked inactive."))")
        }
        lines.append("language: en")
        let w = (0..<6).map { _ in row() }
        lines.append("description:")
        lines.append("  en: \(DraftYAML.quote("An organisation for \(w[0].en) and \(w[1].en), working on \(w[2].en), \(w[3].en) and \(w[4].en) with \(w[5].en)."))")
        lines.append("  fr: \(DraftYAML.quote("Une organisation pour \(w[0].fr) et \(w[1].fr), qui travaille sur \(w[2].fr), \(w[3].fr) et \(w[4].fr) avec \(w[5].fr)."))")
        lines.append("  es: \(DraftYAML.quote("Una organización para \(w[0].es) y \(w[1].es), que trabaja en \(w[2].es), \(w[3].es) y \(w[4].es) con \(w[5].es)."))")
        lines.append("  ar: \(DraftYAML.quote("منظمة من أجل \(w[0].ar) و\(w[1].ar)، تعمل على \(w[2].ar) و\(w[3].ar) و\(w[4].ar) مع \(w[5].ar)."))")
        lines.append("services:")
        for s in 1...(1 + random.next(3)) {
            let topic = row()
            lines.append("  - id: service-\(s)")
            lines.append("    name: {en: \(DraftYAML.quote("\(topic.en.capitalized) programme")), fr: \(DraftYAML.quote("Programme \(topic.fr)")), es: \(DraftYAML.quote("Programa \(topic.es)")), ar: \(DraftYAML.quote("برنامج \(topic.ar)"))}")
            lines.append("    types: [\(pick(services, 1...3).joined(separator: ", "))]")
            lines.append("    role: \(roles[random.next(roles.count)])")
            lines.append("    beneficiaries: [\(pick(beneficiaries, 1...2).joined(separator: ", "))]")
            let coverage: [String]
            switch random.next(10) {
            case 0, 1: coverage = ["GLOBAL"]
            case 2, 3: coverage = pick(places.regions, 1...2).map { "REGION:\($0)" }
            case 4: coverage = pick(places.bodies, 1...1).map { "BODY:\($0)" }
            default: coverage = places.countries.isEmpty ? ["GLOBAL"] : pick(places.countries, 1...4)
            }
            lines.append("    coverage: {include: [\(coverage.map(DraftYAML.quote).joined(separator: ", "))]}")
            let threatCodes = pick(threats, 0...3)
            if !threatCodes.isEmpty { lines.append("    threats: [\(threatCodes.joined(separator: ", "))]") }
            lines.append("    languages: [\(pick(languages, 1...3).joined(separator: ", "))]")
            lines.append("    cost: free")
            lines.append("    intake: {mode: direct}")
        }
        lines.append("provenance:")
        lines.append("  sources: [\(DraftYAML.quote("Synthetic benchmark data, not a real organisation"))]")
        return lines.joined(separator: "\n") + "\n"
    }
}
