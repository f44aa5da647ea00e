import DirectoryModel
import Referral

extension Catalogue {
    /// The search prompt, or the organisations matching a query, best first.
    ///
    /// Search you can predict (issue 20): every word must match, and results are ranked; when
    /// nothing matches every word, the page says so and shows the best partial matches, labelled
    /// as such. A country name alone opens the country's page; with other words it keeps the
    /// organisations with a programme covering the country (worldwide ones included). Stop words
    /// of every language are dropped. Adding a word therefore never widens the list.
    ///
    /// The query is not repeated on the page: the user knows what they typed, and a page that
    /// echoes input can be shown to someone else.
    func searchPage(_ query: String?, _ l: UILanguage) -> Page {
        guard let query, !query.allSatisfy(\.isWhitespace) else {
            return Page(language: l, title: UIText.search(l), blocks: [.query(label: UIText.searchPrompt(l), route: .search(nil))])
        }
        let (country, words) = searchTerms(query)
        if words.isEmpty, let country, let page = try? countryPage(country, l) { return page }
        let (ids, complete) = matching(words, country: country)
        let answer = searchAnswer(ids: ids, complete: complete, limit: Catalogue.maximumSearchResults, l)
        var blocks: [Page.Block] = answer.sentence.map { [.text($0)] } ?? []
        blocks += answer.organisations.map { .link(label: searchResultLabel($0, l), route: .organisation($0.id)) }
        blocks.append(.blank)
        blocks.append(.query(label: UIText.search(l), route: .search(nil)))
        return Page(language: l, title: UIText.searchResults(l), blocks: blocks)
    }

    /// A search as every front and `sanad search` list it: at most `limit` organisations, best
    /// first, and the sentence that goes with them: above partial matches, or instead of a list
    /// when nothing matched (nil above matches of every word).
    public func searchAnswer(_ query: String, limit: Int, _ l: UILanguage) -> (sentence: String?, organisations: [Organisation]) {
        let (ids, complete) = searchResults(query)
        return searchAnswer(ids: ids, complete: complete, limit: limit, l)
    }

    func searchAnswer(ids: [String], complete: Bool, limit: Int, _ l: UILanguage) -> (sentence: String?, organisations: [Organisation]) {
        let organisations = ids.prefix(limit).compactMap { directory.organisation($0) }
        if organisations.isEmpty { return (UIText.noResults(l), []) }
        return (complete ? nil : UIText.searchPartial(l), organisations)
    }

    /// How a search result reads, on every front and in `sanad search`: the name, its kind and,
    /// for an organisation no longer active, that it is not.
    public func searchResultLabel(_ org: Organisation, _ l: UILanguage) -> String {
        let kind = directory.vocabularies.kinds.label(org.kind, l)
        let suffix = org.status == .inactive ? ", " + UIText.inactive(l) : ""
        return "\(org.name.resolved(l)) (\(kind)\(suffix))"
    }

    /// The organisation ids a query finds, best first, as ``searchPage(_:_:)`` lists them
    /// (for `sanad search` and the JSON API's search): `complete` is false when they are
    /// partial matches.
    public func searchResults(_ query: String) -> (ids: [String], complete: Bool) {
        let (country, words) = searchTerms(query)
        return matching(words, country: country)
    }

    /// The country a query names (by name or city, or a code in capitals) and its other words,
    /// stop words removed.
    func searchTerms(_ query: String) -> (country: String?, words: [String]) {
        let tokens = query.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "،" }).map(String.init)
        var country: String?
        var words: [String] = []
        var index = 0
        while index < tokens.count {
            // Two-word names first ("costa rica", "sri lanka").
            if country == nil, index + 1 < tokens.count, let code = onlyCountry(tokens[index] + " " + tokens[index + 1]) {
                country = code
                index += 2
                continue
            }
            if country == nil, let code = onlyCountry(tokens[index]) {
                country = code
            } else if !profileParser.isStopWord(tokens[index]) {
                words.append(tokens[index])
            }
            index += 1
        }
        return (country, words)
    }

    /// The country `text` names when it names nothing else.
    private func onlyCountry(_ text: String) -> String? {
        let parsed = profileParser.parse(words: text)
        var rest = parsed.profile
        rest.country = nil
        guard let code = parsed.profile.country, parsed.ignoredWords.isEmpty, rest.isEmpty else { return nil }
        return code
    }

    /// Organisation ids matching every word, ranked by the whole query (complete), or, when
    /// none matches every word, those matching any, best first (not complete); both kept to
    /// the country's coverage when a country was named.
    func matching(_ words: [String], country: String?) -> (ids: [String], complete: Bool) {
        let wide = 100_000
        func covered(_ ids: [String]) -> [String] {
            guard let country else { return ids }
            return ids.filter { id in
                directory.organisation(id)?.services.contains { $0.effectiveCoverage?.covers(country, in: directory.regions) ?? false } ?? false
            }
        }
        guard !words.isEmpty else {
            // A country with only stop words around it: its organisations, by name.
            let all = directory.organisations.map(\.id)
            return (covered(all), true)
        }
        let ranked = (try? index.searchIDs(words.joined(separator: " "), limit: wide)) ?? []
        var every: Set<String>?
        // For partial matches: how many words each organisation matched, and its best position.
        var matched: [String: (words: Int, best: Int)] = [:]
        for word in words {
            let found = (try? index.searchIDs(word, limit: wide)) ?? []
            for (position, id) in found.enumerated() {
                let old = matched[id] ?? (0, .max)
                matched[id] = (old.words + 1, min(old.best, position))
            }
            every = every.map { $0.intersection(found) } ?? Set(found)
        }
        var all = ranked.filter { every?.contains($0) ?? false }
        // Rows every word finds but the whole query does not rank (FTS phrase limits) come last.
        let listed = Set(all)
        all += (every ?? []).filter { !listed.contains($0) }.sorted { matched[$0]!.best < matched[$1]!.best }
        let complete = covered(all)
        if !complete.isEmpty || words.count == 1 { return (complete, true) }
        let partial = matched.keys.sorted { a, b in
            let x = matched[a]!, y = matched[b]!
            return x.words != y.words ? x.words > y.words : (x.best, a) < (y.best, b)
        }
        return (covered(partial), false)
    }
}
