import DirectoryModel

/// Reads `vocabulary/<name>.yaml`: a name equal to the file name and a list of terms, each with
/// a code and a label in every UI language.
enum VocabularyReader {
    static let fileFields = ["vocabulary", "terms"]
    static let termFields = ["code", "label", "description", "keywords"]

    /// The vocabulary in `root`, with its problems logged in `checker`; nil when it has no terms list.
    static func read(_ root: YAMLNode, name: String, checker: inout FileChecker) -> Vocabulary? {
        guard let fields = checker.fields(root, of: "a vocabulary file", allowed: fileFields, required: fileFields) else { return nil }
        if let declared = checker.string(fields["vocabulary"], "vocabulary"), declared != name {
            checker.error(fields["vocabulary"]!, "vocabulary \"\(declared)\" does not match the file name \"\(name).yaml\"")
        }
        guard fields["terms"] != nil else { return nil }
        var terms: [Vocabulary.Term] = []
        var firstLine: [String: Int] = [:]
        for item in checker.list(fields["terms"], "terms") {
            guard let term = checker.fields(item, of: "a term", allowed: termFields, required: ["code", "label"]) else { continue }
            let code = checker.string(term["code"], "code")
            if let code, let codeNode = term["code"] {
                let valid = name == "languages"
                    ? code.count == 2 && code.allSatisfy({ ("a"..."z").contains($0) })
                    : ValidationFormats.isVocabularyCode(code)
                if !valid {
                    checker.error(codeNode, name == "languages"
                        ? "language code \"\(code)\" must be two lowercase letters (ISO 639-1)"
                        : "code \"\(code)\" must use only lowercase letters, digits and underscores")
                }
                if let line = firstLine[code] {
                    checker.error(codeNode, "duplicate code \"\(code)\" (first at line \(line))")
                } else {
                    firstLine[code] = codeNode.line
                }
            }
            let label = checker.text(term["label"], "label")
            if let label, let labelNode = term["label"] {
                let missing = FileChecker.missingLanguages(label)
                if !missing.isEmpty {
                    checker.error(labelNode, "label of \"\(code ?? "?")\" is missing in \(missing.joined(separator: ", "))")
                }
            }
            let description = checker.text(term["description"], "description")
            let keywords = readKeywords(term["keywords"], checker: &checker)
            if let code, let label {
                terms.append(.init(code: code, label: label, description: description, keywords: keywords))
            }
        }
        return Vocabulary(name: name, terms: terms)
    }

    private static func readKeywords(_ node: YAMLNode?, checker: inout FileChecker) -> [String: [String]] {
        guard let node else { return [:] }
        guard case .mapping(let pairs) = node.content else {
            checker.error(node, "\"keywords\" must be a map of language → list of words, not \(node.kindDescription)")
            return [:]
        }
        var keywords: [String: [String]] = [:]
        for pair in pairs {
            guard let code = pair.key.scalar, checker.isLanguageCode(code) else {
                checker.error(pair.key, "unknown language \"\(pair.key.scalar ?? "?")\" in \"keywords\"")
                continue
            }
            keywords[code, default: []] += checker.strings(pair.value, "keywords")
        }
        return keywords
    }
}
