import DirectoryModel

extension Catalogue {
    /// The search prompt, or the organisations matching a query, best first.
    ///
    /// The query is not repeated on the page: the user knows what they typed, and a page that
    /// echoes input can be shown to someone else.
    func searchPage(_ query: String?, _ l: UILanguage) -> Page {
        guard let query, !query.allSatisfy(\.isWhitespace) else {
            return Page(language: l, title: UIText.search(l), blocks: [.query(label: UIText.searchPrompt(l), route: .search(nil))])
        }
        let ids = (try? index.searchIDs(query, limit: Catalogue.maximumSearchResults)) ?? []
        let orgs = ids.compactMap { directory.organisation($0) }
        var blocks: [Page.Block] = orgs.map { org in
            let kind = directory.vocabularies.kinds.label(org.kind, l)
            let suffix = org.status == .inactive ? ", " + UIText.inactive(l) : ""
            return .link(label: "\(org.name.resolved(l)) (\(kind)\(suffix))", route: .organisation(org.id))
        }
        if blocks.isEmpty { blocks.append(.text(UIText.noResults(l))) }
        blocks.append(.blank)
        blocks.append(.query(label: UIText.search(l), route: .search(nil)))
        return Page(language: l, title: UIText.searchResults(l), blocks: blocks)
    }
}
