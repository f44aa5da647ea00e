import TextMatching
import DirectoryModel

/// The normalised text indexed for one organisation, one string per FTS5 column of
/// ``SearchSchema/columns``.
struct SearchDocument: Equatable {
    /// Names in every language, alternate names and the id's words.
    var names: String
    /// The names of its services, in every language.
    var services: String
    /// The tokens of its kind, service types, beneficiaries and threats (see ``TermDictionary``).
    var terms: String
    /// Names, in every language, of the countries, regions and bodies its services cover.
    var places: String
    /// Its own and its services' descriptions, in every language.
    var descriptions: String

    /// The column values in ``SearchSchema/columns`` order.
    var columnValues: [String] { [names, services, terms, places, descriptions] }

    /// How many words are indexed, over all columns (words are separated by single spaces).
    var wordCount: Int {
        columnValues.reduce(0) { total, text in
            text.isEmpty ? total : total + 1 + text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        }
    }
}

/// Turns organisations into ``SearchDocument``s. Places recur across thousands of
/// organisations, so their normalised text is computed once per build.
struct SearchDocumentBuilder {
    let regions: Regions
    /// Each code's token, keyed by `letter:code` (see ``TermDictionary/build(_:)``).
    let codeTokens: [String: String]
    private var placeCache: [String: String] = [:]

    init(directory: Directory, codeTokens: [String: String]) {
        self.regions = directory.regions
        self.codeTokens = codeTokens
    }

    mutating func document(for organisation: Organisation) -> SearchDocument {
        var names = organisation.name.allValues + organisation.alternateNames
        // The normaliser cuts the id at its hyphens into words.
        names.append(organisation.id)

        var serviceNames: [String] = []
        var descriptions = organisation.description?.allValues ?? []
        var termKeys: [String] = []
        var placeEntries: [String] = []
        termKeys.append("k:" + organisation.kind)
        for service in organisation.services {
            serviceNames += service.name.allValues
            descriptions += service.description?.allValues ?? []
            termKeys += service.types.map { "s:" + $0 }
            termKeys += service.beneficiaries.map { "b:" + $0 }
            termKeys += service.threats.map { "t:" + $0 }
            placeEntries += service.coverage?.include ?? []
        }

        // A code shared by several services is indexed once, so it does not outweigh names.
        let terms = Self.unique(termKeys).compactMap { codeTokens[$0] }
        let places = Self.unique(placeEntries).map { placeText(for: $0) }
        return SearchDocument(
            names: TextNormaliser.indexText(names.joined(separator: " ")),
            services: TextNormaliser.indexText(serviceNames.joined(separator: " ")),
            terms: terms.joined(separator: " "),
            places: places.filter { !$0.isEmpty }.joined(separator: " "),
            descriptions: TextNormaliser.indexText(descriptions.joined(separator: " "))
        )
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func placeText(for entry: String) -> String {
        if let text = placeCache[entry] { return text }
        var words: [String] = []
        if entry.hasPrefix(Coverage.regionPrefix) {
            words = regions.region(String(entry.dropFirst(Coverage.regionPrefix.count)))?.name.allValues ?? []
        } else if entry.hasPrefix(Coverage.bodyPrefix) {
            words = regions.body(String(entry.dropFirst(Coverage.bodyPrefix.count)))?.name.allValues ?? []
        } else if entry != Coverage.globalCode {
            words = regions.country(entry)?.name.allValues ?? []
        }
        let text = TextNormaliser.indexText(words.joined(separator: " "))
        placeCache[entry] = text
        return text
    }
}
