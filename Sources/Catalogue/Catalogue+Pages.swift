import DirectoryModel

// Temporary page builders; each is replaced by a real one in its own file.
extension Catalogue {
    func rootPage(_ l: UILanguage) -> Page { Page(language: l, title: "Sanad", blocks: [.link(label: "A-Z", route: .azIndex)]) }
    func emergencyPage(_ l: UILanguage) -> Page { Page(language: l, title: "Emergency", blocks: []) }
    func regionsPage(_ l: UILanguage) -> Page { Page(language: l, title: "Regions", blocks: []) }
    func regionPage(_ code: String, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
    func countryPage(_ code: String, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
    func vocabularyPage(_ v: VocabularyKind, _ l: UILanguage) -> Page { Page(language: l, title: "", blocks: []) }
    func termPage(_ v: VocabularyKind, _ code: String, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
    func azIndexPage(_ l: UILanguage) -> Page {
        Page(language: l, title: "A-Z", blocks: directory.organisations.map { .link(label: $0.name.resolved(l), route: .organisation($0.id)) })
    }
    func azPage(_ letter: Character, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
    func organisationPage(_ id: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        guard let org = directory.organisation(id) else { throw .notFound }
        return Page(language: l, title: org.name.resolved(l), blocks: [.text(org.description?.resolved(l) ?? "")], isDocument: true)
    }
    func searchPage(_ q: String?, _ l: UILanguage) -> Page { Page(language: l, title: "Search", blocks: [.query(label: "Search", route: .search(nil))]) }
    func referPage(_ w: String?, _ l: UILanguage) -> Page { Page(language: l, title: "Refer", blocks: []) }
    func referralPage(_ e: String, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
    func aboutPage(_ l: UILanguage) -> Page { Page(language: l, title: "About", blocks: [], isDocument: true) }
    func capsPage() -> Page { Page(language: .en, title: "", blocks: [], isDocument: true) }
}

/// Which vocabulary a browse page lists.
enum VocabularyKind: Sendable {
    case services, beneficiaries, kinds
}
