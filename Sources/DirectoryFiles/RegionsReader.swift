import DirectoryModel

/// Reads `regions.yaml`: ISO 3166-1 countries, UN M49 regions and intergovernmental bodies.
enum RegionsReader {
    static let fileFields = ["countries", "regions", "bodies"]
    static let countryFields = ["code", "name", "region"]
    static let regionFields = ["code", "m49", "name", "parent"]
    static let bodyFields = ["code", "name", "source", "members"]

    static func read(_ root: YAMLNode, checker: inout FileChecker) -> Regions? {
        guard let fields = checker.fields(root, of: "regions.yaml", allowed: fileFields, required: fileFields) else { return nil }

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
            for member in checker.list(f["members"], "members") {
                guard let text = checker.string(member, "members") else { continue }
                if !countryCodes.contains(text) {
                    checker.error(member, "member \"\(text)\" of body \"\(code ?? "?")\" is not a country in regions.yaml"
                        + ValidationSuggestions.didYouMean(text, among: countryCodes.sorted()))
                } else if members.contains(text) {
                    checker.warning(member, "member \"\(text)\" is listed twice")
                }
                members.append(text)
            }
            if let code, let name { bodies.append(.init(code: code, name: name, members: members, source: source ?? "")) }
        }
        return Regions(countries: countries, regions: regions, bodies: bodies)
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
