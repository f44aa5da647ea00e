import DirectoryModel

/// Reads `regions.yaml`: ISO 3166-1 countries, UN M49 regions and intergovernmental bodies.
enum RegionsReader {
    static let fileFields = ["countries", "regions", "bodies"]
    /// `defender_regions` is optional (small test directories leave it out); when present it must
    /// put every country that has an M49 region in exactly one defender region.
    static let optionalFields = ["defender_regions"]
    static let defenderRegionFields = ["code", "name", "countries"]
    static let countryFields = ["code", "name", "region"]
    static let regionFields = ["code", "m49", "name", "parent"]
    static let bodyFields = ["code", "name", "source", "members"]

    static func read(_ root: YAMLNode, checker: inout FileChecker) -> Regions? {
        guard let fields = checker.fields(root, of: "regions.yaml", allowed: fileFields + optionalFields, required: fileFields) else { return nil }

        var regions: [Regions.Region] = []
        var regionNodes: [(parent: String, node: YAMLNode)] = []
        var seen: [String: Int] = [:]
        for item in checker.list(fields["regions"], "regions") {
            guard let f = checker.fields(item, of: "a region", allowed: regionFields, required: ["code", "name"]) else { continue }
            let code = unique(f["code"], kind: "region", seen: &seen, checker: &checker)
            var m49: String?
            if let node = f["m49"], let text = checker.string(node, "m49") {
                if text.count == 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) { m49 = text } else {
                    checker.error(node, "\"m49\" must be a three-digit code in quotes, such as \"015\"")
                }
            }
            let name = checker.text(f["name"], "name")
            warnMissingNames(name, f["name"], checker: &checker)
            let parent = checker.string(f["parent"], "parent")
            if let parent, let node = f["parent"] { regionNodes.append((parent, node)) }
            if let code, let name { regions.append(.init(code: code, m49: m49, name: name, parent: parent)) }
        }
        let regionCodes = regions.map(\.code)
        for (parent, node) in regionNodes where !regionCodes.contains(parent) {
            checker.error(node, "unknown parent region \"\(parent)\"\(ValidationSuggestions.didYouMean(parent, among: regionCodes))")
        }

        var countries: [Regions.Country] = []
        seen = [:]
        for item in checker.list(fields["countries"], "countries") {
            guard let f = checker.fields(item, of: "a country", allowed: countryFields, required: ["code", "name"]) else { continue }
            let code = unique(f["code"], kind: "country", seen: &seen, checker: &checker)
            if let code, let node = f["code"], !ValidationFormats.isCountryCode(code) {
                checker.error(node, "country code \"\(code)\" must be two capital letters (ISO 3166-1 alpha-2)")
            }
            let name = checker.text(f["name"], "name")
            warnMissingNames(name, f["name"], checker: &checker)
            let region = checker.string(f["region"], "region")
            if let region, let node = f["region"], !regionCodes.contains(region) {
                checker.error(node, "unknown region \"\(region)\"\(ValidationSuggestions.didYouMean(region, among: regionCodes))")
            }
            if let code, let name { countries.append(.init(code: code, name: name, region: region)) }
        }
        let countryCodes = Set(countries.map(\.code))

        var bodies: [Regions.Body] = []
        seen = [:]
        for item in checker.list(fields["bodies"], "bodies") {
            guard let f = checker.fields(item, of: "a body", allowed: bodyFields, required: bodyFields) else { continue }
            let code = unique(f["code"], kind: "body", seen: &seen, checker: &checker)
            let name = checker.text(f["name"], "name")
            warnMissingNames(name, f["name"], checker: &checker)
            let source = checker.string(f["source"], "source")
            if let source, let node = f["source"], source.hasPrefix("http"), !ValidationFormats.isWebURL(source) {
                checker.error(node, "source \"\(source)\" is not a valid http or https URL")
            }
            var members: [String] = []
            forEachCountry(in: f["members"], "members", known: countryCodes, named: { "member \"\($0)\" of body \"\(code ?? "?")\"" },
                           checker: &checker) { text, member, checker in
                if members.contains(text) { checker.warning(member, "member \"\(text)\" is listed twice") }
                members.append(text)
            }
            if let code, let name { bodies.append(.init(code: code, name: name, members: members, source: source ?? "")) }
        }
        let defenderRegions = fields["defender_regions"].map { readDefenderRegions($0, countries: countries, checker: &checker) } ?? []
        return Regions(countries: countries, regions: regions, bodies: bodies, defenderRegions: defenderRegions)
    }

    /// The defender regions: unique codes, known countries, each country with an M49 region in exactly one.
    static func readDefenderRegions(_ node: YAMLNode, countries: [Regions.Country], checker: inout FileChecker) -> [Regions.DefenderRegion] {
        let known = Set(countries.map(\.code))
        var seen: [String: Int] = [:]
        var placed: [String: String] = [:]
        var result: [Regions.DefenderRegion] = []
        for item in checker.list(node, "defender_regions") {
            guard let f = checker.fields(item, of: "a defender region", allowed: defenderRegionFields, required: defenderRegionFields) else { continue }
            let code = unique(f["code"], kind: "defender region", seen: &seen, checker: &checker)
            let name = checker.text(f["name"], "name")
            warnMissingNames(name, f["name"], checker: &checker)
            var members: [String] = []
            forEachCountry(in: f["countries"], "countries", known: known, named: { "\"\($0)\" in defender region \"\(code ?? "?")\"" },
                           checker: &checker) { text, member, checker in
                if let other = placed[text] {
                    checker.error(member, "\"\(text)\" is already in defender region \"\(other)\"; each country is in exactly one")
                } else {
                    placed[text] = code ?? "?"
                    members.append(text)
                }
            }
            if let code, let name { result.append(.init(code: code, name: name, countries: members)) }
        }
        let missing = countries.filter { $0.region != nil && placed[$0.code] == nil }.map(\.code)
        if !missing.isEmpty {
            checker.error(node, "defender regions leave out \(missing.joined(separator: ", ")): every country with an M49 region must be in exactly one")
        }
        return result
    }

    /// Calls `body` with each country code listed under `key` that regions.yaml defines; any
    /// other code is an error, named by `named` and with the nearest codes suggested. Bodies
    /// and defender regions list countries alike; only their rule for repeats differs.
    private static func forEachCountry(
        in node: YAMLNode?, _ key: String, known: Set<String>, named: (String) -> String, checker: inout FileChecker,
        _ body: (String, YAMLNode, inout FileChecker) -> Void
    ) {
        for member in checker.list(node, key) {
            guard let text = checker.string(member, key) else { continue }
            guard known.contains(text) else {
                checker.error(member, named(text) + " is not a country in regions.yaml" + ValidationSuggestions.didYouMean(text, among: known.sorted()))
                continue
            }
            body(text, member, &checker)
        }
    }

    /// A code, reported when it repeats an earlier one of the same kind.
    private static func unique(_ node: YAMLNode?, kind: String, seen: inout [String: Int], checker: inout FileChecker) -> String? {
        guard let node, let code = checker.string(node, "code") else { return nil }
        if let line = seen[code] {
            checker.error(node, "duplicate \(kind) code \"\(code)\" (first at line \(line))")
        } else {
            seen[code] = node.line
        }
        return code
    }

    /// Names fall back to English, so a missing translation is only a warning.
    private static func warnMissingNames(_ name: LocalizedText?, _ node: YAMLNode?, checker: inout FileChecker) {
        guard let name, let node else { return }
        let missing = FileChecker.missingLanguages(name)
        if !missing.isEmpty { checker.warning(node, "name is missing in \(missing.joined(separator: ", "))") }
    }
}
