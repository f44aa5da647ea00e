import DirectoryModel

/// Checks the nodes of one file against the schema and collects its problems.
///
/// Every getter reports what is wrong with a node at the node's own position and returns nil
/// (or an empty list), so one pass finds every problem in a file.
struct FileChecker {
    /// The file's path as printed in problems.
    let path: String
    /// The language plain strings in a text field are written in.
    var language: String = "en"
    /// Known ISO 639-1 codes, for the keys of text maps; nil accepts any two or three lowercase letters.
    var languageCodes: Set<String>?
    private(set) var problems: [Problem] = []
    /// Organisation ids this file refers to outside `part_of` (a contact's `operator`), checked
    /// across files once every file is read.
    var organisationReferences: [(id: String, node: YAMLNode, field: String)] = []
    /// Every current contact's `checked` date and the node of its value, for `--stale`.
    var contactChecks: [(value: String, checked: CalendarDate?, node: YAMLNode)] = []
    /// Whether texts we write (labels, hours, conditions, notes, consent…) must exist in every UI
    /// language: a gap warns, so `lint --strict` fails on it (issue 21). Off for the vocabulary
    /// files, whose labels have their own, stricter rule.
    var requiresEveryLanguage = true

    /// Fields whose text is ours to translate. Names (`name`) are proper nouns and may stay in
    /// one language; organisation descriptions have their own warning (``OrganisationReader``).
    static let translatedFields: Set<String> = [
        "label", "hours", "unconfirmed", "status_note", "risk_notes", "safety_warnings", "must", "excludes",
        "eligibility_note", "note", "first_message", "prepare", "consent", "text",
    ]

    init(path: String, languageCodes: Set<String>? = nil) {
        self.path = path
        self.languageCodes = languageCodes
    }

    mutating func error(_ node: YAMLNode, _ message: String) {
        problems.append(Problem(file: path, line: node.line, column: node.column, severity: .error, message: message))
    }

    mutating func warning(_ node: YAMLNode, _ message: String) {
        problems.append(Problem(file: path, line: node.line, column: node.column, severity: .warning, message: message))
    }

    mutating func fileError(_ message: String, line: Int = 0, column: Int = 0) {
        problems.append(Problem(file: path, line: line, column: column, severity: .error, message: message))
    }

    // MARK: - Maps of fields

    /// The fields of a map, after checking its keys: unknown and duplicate keys and missing
    /// required fields are reported. Nil when `node` is not a map.
    mutating func fields(_ node: YAMLNode, of what: String, allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            error(node, "expected a map of fields for \(what), found \(node.kindDescription)")
            return nil
        }
        var values: [String: YAMLNode] = [:]
        var keys: [String: YAMLNode] = [:]
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.content else {
                error(pair.key, "a field name must be a single word, not \(pair.key.kindDescription)")
                continue
            }
            if let first = keys[key] {
                error(pair.key, "duplicate field \"\(key)\" (first at line \(first.line))")
                continue
            }
            keys[key] = pair.key
            guard allowed.contains(key) else {
                error(pair.key, "unknown field \"\(key)\" in \(what)\(ValidationSuggestions.didYouMean(key, among: allowed))")
                continue
            }
            values[key] = pair.value
        }
        for name in required where keys[name] == nil {
            error(node, "missing required field \"\(name)\" in \(what)")
        }
        return Fields(node: node, values: values)
    }

    /// The accepted fields of one map, by name.
    struct Fields {
        let node: YAMLNode
        let values: [String: YAMLNode]
        subscript(_ name: String) -> YAMLNode? { values[name] }
    }

    // MARK: - Scalars

    /// A non-empty single value.
    mutating func string(_ node: YAMLNode?, _ field: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let text, _) = node.content else {
            error(node, "\"\(field)\" must be a single value, not \(node.kindDescription)")
            return nil
        }
        if node.isNull || text.allSatisfy(\.isWhitespace) {
            error(node, "\"\(field)\" is empty")
            return nil
        }
        return text
    }

    mutating func bool(_ node: YAMLNode?, _ field: String) -> Bool? {
        guard let node else { return nil }
        if case .scalar(let text, plain: true) = node.content {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        error(node, "\"\(field)\" must be true or false")
        return nil
    }

    mutating func int(_ node: YAMLNode?, _ field: String) -> Int? {
        guard let node else { return nil }
        if case .scalar(let text, plain: true) = node.content, text.count <= 15,
           !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) {
            return value
        }
        error(node, "\"\(field)\" must be a whole number such as 5000")
        return nil
    }

    /// One of an enumeration's raw values, with a "did you mean" when it is not.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode?, _ field: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let text = string(node, field), let node else { return nil }
        if let value = E(rawValue: text) { return value }
        let options = E.allCases.map(\.rawValue)
        let hint = ValidationSuggestions.suggestion(for: text, among: options)
            .map { " (did you mean \"\($0)\"?)" } ?? " (expected one of: \(options.joined(separator: ", ")))"
        error(node, "unknown \(field) \"\(text)\"\(hint)")
        return nil
    }

    /// A code from a vocabulary (`what` names it in messages: "service type", "threat").
    /// With no vocabulary (it failed to load), any value is accepted.
    mutating func code(_ node: YAMLNode?, _ field: String, in codes: [String]?, what: String) -> String? {
        guard let text = string(node, field), let node else { return nil }
        if let codes, !codes.contains(text) {
            error(node, "unknown \(what) \"\(text)\"\(ValidationSuggestions.didYouMean(text, among: codes))")
        }
        return text
    }

    /// `status` (default active); an inactive entry without a `status_note` gets a warning,
    /// because users search for it and need to know what happened.
    mutating func status(_ fields: Fields) -> Status {
        let status = choice(fields["status"], "status", Status.self) ?? .active
        if status == .inactive, fields["status_note"] == nil, let node = fields["status"] {
            warning(node, "an inactive entry should say why (and since when) in \"status_note\"")
        }
        return status
    }

    /// An ISO 3166-1 code of a country in regions.yaml (any two capitals without regions).
    mutating func country(_ node: YAMLNode?, _ field: String, regions: Regions?) -> String? {
        guard let text = string(node, field), let node else { return nil }
        if let regions {
            if regions.country(text) == nil || !ValidationFormats.isCountryCode(text) {
                let hint = regions.country(text.uppercased()) != nil ? " (did you mean \"\(text.uppercased())\"?)" : ""
                error(node, "\"\(field)\" must be an ISO 3166-1 country code from regions.yaml, not \"\(text)\"\(hint)")
                return nil
            }
        } else if !ValidationFormats.isCountryCode(text) {
            error(node, "\"\(field)\" must be an ISO 3166-1 country code of two capital letters, not \"\(text)\"")
            return nil
        }
        return text
    }

    /// A calendar date `YYYY-MM-DD`, not after `asOf` when given (a check cannot be in the future).
    mutating func date(_ node: YAMLNode?, _ field: String, notAfter asOf: CalendarDate?) -> CalendarDate? {
        guard let text = string(node, field), let node else { return nil }
        guard let date = CalendarDate(text) else {
            error(node, "\"\(field)\" must be a date YYYY-MM-DD, not \"\(text)\"")
            return nil
        }
        if let asOf, asOf < date {
            error(node, "\"\(field)\" is \(date), after \(asOf): record only a check that has happened")
        }
        return date
    }

    // MARK: - Lists

    /// The items of a list.
    mutating func list(_ node: YAMLNode?, _ field: String) -> [YAMLNode] {
        guard let node else { return [] }
        guard case .sequence(let items) = node.content else {
            error(node, "\"\(field)\" must be a list, not \(node.kindDescription)")
            return []
        }
        return items
    }

    mutating func strings(_ node: YAMLNode?, _ field: String) -> [String] {
        list(node, field).compactMap { string($0, field) }
    }

    mutating func codes(_ node: YAMLNode?, _ field: String, in codes: [String]?, what: String) -> [String] {
        var seen: Set<String> = []
        return list(node, field).compactMap { item in
            guard let code = code(item, field, in: codes, what: what) else { return nil }
            if !seen.insert(code).inserted { warning(item, "\(what) \"\(code)\" is listed twice") }
            return code
        }
    }

    mutating func choices<E: RawRepresentable & CaseIterable>(_ node: YAMLNode?, _ field: String, _ type: E.Type) -> [E] where E.RawValue == String {
        list(node, field).compactMap { choice($0, field, type) }
    }

    // MARK: - Text

    /// A text: a plain string in the file's language, or a map of language code → string.
    mutating func text(_ node: YAMLNode?, _ field: String) -> LocalizedText? {
        let text = untranslatedText(node, field)
        if requiresEveryLanguage, let text, let node, FileChecker.translatedFields.contains(field),
           !(field == "hours" && text.resolved("en") == Contact.aroundTheClock) {
            let missing = FileChecker.missingLanguages(text)
            if !missing.isEmpty {
                warning(node, "\"\(field)\" is not translated into \(missing.joined(separator: ", ")) (every text a user reads needs en, fr, es and ar; names excepted)")
            }
        }
        return text
    }

    /// A text as written, without the translation rule.
    private mutating func untranslatedText(_ node: YAMLNode?, _ field: String) -> LocalizedText? {
        guard let node else { return nil }
        switch node.content {
        case .scalar:
            return string(node, field).map { LocalizedText([language: $0], sourceLanguage: language) }
        case .sequence:
            error(node, "\"\(field)\" must be a text or a map of language → text, not a list")
            return nil
        case .mapping(let pairs):
            var values: [String: String] = [:]
            for pair in pairs {
                guard let code = pair.key.scalar else {
                    error(pair.key, "a language code must be a single word")
                    continue
                }
                guard isLanguageCode(code) else {
                    let hint = languageCodes.map { ValidationSuggestions.didYouMean(code, among: $0.sorted()) } ?? ""
                    error(pair.key, "unknown language \"\(code)\" in \"\(field)\"\(hint)")
                    continue
                }
                if values[code] != nil {
                    error(pair.key, "duplicate language \"\(code)\" in \"\(field)\"")
                    continue
                }
                if let text = string(pair.value, field) { values[code] = text }
            }
            guard !values.isEmpty else {
                if pairs.isEmpty { error(node, "\"\(field)\" is empty") }
                return nil
            }
            let source = values[language] != nil ? language : (values["en"] != nil ? "en" : values.keys.sorted()[0])
            return LocalizedText(values, sourceLanguage: source)
        }
    }

    mutating func texts(_ node: YAMLNode?, _ field: String) -> [LocalizedText] {
        list(node, field).compactMap { text($0, field) }
    }

    func isLanguageCode(_ code: String) -> Bool {
        if let languageCodes { return languageCodes.contains(code) }
        return (2...3).contains(code.count) && code.allSatisfy { ("a"..."z").contains($0) }
    }

    /// The UI languages `text` lacks, in UI order.
    static func missingLanguages(_ text: LocalizedText) -> [String] {
        UILanguage.allCases.filter { !text.has($0) }.map(\.rawValue)
    }
}
