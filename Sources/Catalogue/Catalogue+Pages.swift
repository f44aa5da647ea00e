import DirectoryModel

// Temporary page builders for the referral routes, replaced when the referral engine lands.
extension Catalogue {
    func referPage(_ w: String?, _ l: UILanguage) -> Page {
        Page(language: l, title: UIText.refer(l), blocks: [.query(label: UIText.referPrompt(l), route: .refer(nil))])
    }
    func referralPage(_ e: String, _ l: UILanguage) throws(CatalogueError) -> Page { throw .notFound }
}
