import DirectoryModel

extension Catalogue {
    /// The country a typed name or code names, in any UI language (`México`, `mexico`, `MX`,
    /// `المكسيك`), accents, case and a leading Arabic article ignored; nil when none does. For
    /// the search (`referral`'s area) to offer a country page by name (issue 21, item 4).
    public func country(named name: String) -> Regions.Country? {
        let regions = directory.regions
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, let country = regions.country(trimmed) { return country }
        let key = Catalogue.sortKey(trimmed, .ar)
        guard !key.isEmpty else { return nil }
        return regions.countries.first { country in
            country.name.allValues.contains { Catalogue.sortKey($0, .ar) == key }
        }
    }

    /// A link to a country's page (its emergency channels first) for a typed name, or nil.
    public func countryLink(named name: String, _ l: UILanguage) -> Page.Block? {
        country(named: name).map { .link(label: UIText.emergencyIn(l, $0.name.resolved(l)), route: .country($0.code)) }
    }
}
