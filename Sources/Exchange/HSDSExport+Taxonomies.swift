import DirectoryModel

extension HSDSExport {
    /// Sanad's vocabularies, each an HSDS taxonomy.
    var vocabularies: [Vocabulary] { Self.vocabularies(of: directory) }

    static func vocabularies(of directory: Directory) -> [Vocabulary] {
        directory.vocabularies.all + [directory.vocabularies.statuses]
    }

    /// One HSDS taxonomy per vocabulary.
    public func taxonomies() -> [JSONValue] {
        vocabularies.map { vocabulary in
            var o = JSONObject()
            o.set("id", HSDSIdentifier.taxonomy(vocabulary.name))
            o.set("name", vocabulary.name)
            o.set("description", "Sanad vocabulary \"\(vocabulary.name)\" (directory/vocabulary/\(vocabulary.name).yaml)")
            o.set("version", directory.version?.commit)
            return o.value
        }
    }

    /// Every term of every vocabulary, in file order.
    public func taxonomyTerms() -> [JSONValue] {
        vocabularies.flatMap { vocabulary in vocabulary.terms.compactMap { term(vocabulary.name, $0.code) } }
    }

    /// The term of `code` in `vocabulary`, built once per export.
    func term(_ vocabulary: String, _ code: String) -> JSONValue? { terms[vocabulary + "/" + code] }

    /// Every term, by `vocabulary/code`.
    static func termTable(_ directory: Directory, language: String) -> [String: JSONValue] {
        var table: [String: JSONValue] = [:]
        for vocabulary in vocabularies(of: directory) {
            for term in vocabulary.terms {
                table[vocabulary.name + "/" + term.code] = makeTerm(vocabulary.name, term, language: language)
            }
        }
        return table
    }

    /// The HSDS taxonomy term for `code` of `vocabulary`: its label in the export's language
    /// (the `language` says which language that is, after the model's fallbacks).
    static func makeTerm(_ vocabulary: String, _ term: Vocabulary.Term, language: String) -> JSONValue {
        let code = term.code
        var o = JSONObject()
        o.set("id", HSDSIdentifier.taxonomyTerm(vocabulary, code))
        // Qualified: HSDS wants term codes unique across taxonomies, and Sanad's vocabularies
        // share some (`online_harassment` is a service and a threat).
        o.set("code", vocabulary + ":" + code)
        o.set("name", term.label.resolved(language))
        o.set("description", (term.description ?? term.label).resolved(language))
        o.set("taxonomy", vocabulary)
        o.set("taxonomy_id", HSDSIdentifier.taxonomy(vocabulary))
        let written = term.label.values[language] != nil ? language
            : term.label.values[term.label.sourceLanguage] != nil ? term.label.sourceLanguage : "en"
        o.set("language", written)
        return o.value
    }
}
