import DirectoryModel

/// Which vocabulary a browse page lists.
enum VocabularyKind: Sendable {
    case services, beneficiaries, kinds
}

extension Catalogue {
    /// The top-level UN M49 regions.
    func regionsPage(_ l: UILanguage) -> Page {
        let top = directory.regions.regions.filter { $0.parent == nil }
        let blocks = sortedByName(top, l) { $0.name.resolved(l) }.map { Page.Block.link(label: $0.name.resolved(l), route: .region($0.code)) }
        return Page(language: l, title: UIText.regionsTitle(l), blocks: blocks)
    }

    /// A region: its sub-regions, then its own countries.
    func regionPage(_ code: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        let regions = directory.regions
        guard let region = regions.region(code) else { throw .notFound }
        var blocks: [Page.Block] = []
        let children = regions.regions.filter { $0.parent == code }
        if !children.isEmpty {
            blocks.append(.heading(UIText.subRegions(l)))
            blocks += sortedByName(children, l) { $0.name.resolved(l) }.map { .link(label: $0.name.resolved(l), route: .region($0.code)) }
        }
        let countries = regions.countries.filter { $0.region == code }
        if !countries.isEmpty {
            blocks.append(.heading(UIText.countriesIn(l)))
            blocks += sortedByName(countries, l) { $0.name.resolved(l) }.map { .link(label: $0.name.resolved(l), route: .country($0.code)) }
        }
        return Page(language: l, title: region.name.resolved(l), blocks: blocks)
    }

    /// The organisations with an active programme covering a country: those that name the
    /// country, its region or a body it belongs to first, then those that work worldwide.
    func countryPage(_ code: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        let regions = directory.regions
        guard let country = regions.country(code) else { throw .notFound }
        var local: [Organisation] = []
        var global: [Organisation] = []
        for org in directory.organisations where org.status == .active {
            let best = org.services.filter { $0.status == .active }
                .compactMap { $0.coverage?.specificity(for: country.code, in: regions) }.max() ?? 0
            if best >= 2 { local.append(org) } else if best == 1 { global.append(org) }
        }
        // Emergency first, near the defender (issue 21): the channels that cover this country.
        var blocks = countryEmergencyBlocks(country, l)
        blocks.append(.blank)
        if !local.isEmpty {
            blocks.append(.heading(UIText.workingIn(l)))
            blocks += organisationLinks(local, l)
        }
        if !global.isEmpty {
            blocks.append(.heading(UIText.worldwide(l)))
            blocks += organisationLinks(global, l)
        }
        if local.isEmpty && global.isEmpty { blocks.append(.text(UIText.noEntries(l))) }
        return Page(language: l, title: country.name.resolved(l), blocks: blocks)
    }

    /// The codes of a vocabulary, each with the number of entries that use it.
    func vocabularyPage(_ kind: VocabularyKind, _ l: UILanguage) -> Page {
        let (vocabulary, title) = vocabularyAndTitle(kind, l)
        var blocks: [Page.Block] = []
        for term in vocabulary.terms {
            let count = organisations(with: kind, code: term.code).count
            guard count > 0 else { continue }
            blocks.append(.link(label: "\(term.label.resolved(l)) (\(count))", route: route(kind, term.code)))
        }
        if blocks.isEmpty { blocks.append(.text(UIText.noEntries(l))) }
        return Page(language: l, title: title, blocks: blocks)
    }

    /// The organisations that use one code, with the code's description.
    func termPage(_ kind: VocabularyKind, _ code: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        let (vocabulary, _) = vocabularyAndTitle(kind, l)
        guard let term = vocabulary.term(code) else { throw .notFound }
        var blocks: [Page.Block] = []
        if let description = term.description { blocks.append(Catalogue.fallbackLanguage(description, l) == nil ? .text(description.resolved(l)) : textBlock("", description, l)) }
        let orgs = organisations(with: kind, code: code)
        blocks += orgs.isEmpty ? [.text(UIText.noEntries(l))] : organisationLinks(orgs, l)
        return Page(language: l, title: term.label.resolved(l), blocks: blocks)
    }

    /// The first letters of the names, each with its count. In Arabic, the Arabic letters of
    /// the organisations whose Arabic name the data gives (their `ar` name or an Arabic
    /// alternate name), in the order of the Arabic alphabet, then a section of Latin letters.
    func azIndexPage(_ l: UILanguage) -> Page {
        var counts: [Character: Int] = [:]
        for org in directory.organisations { counts[azKey(of: org, l), default: 0] += 1 }
        let link = { (letter: Character) in Page.Block.link(label: "\(letter) (\(counts[letter]!))", route: .az(letter)) }
        let arabic = counts.keys.filter { BidiIsolation.isRightToLeft($0) }.sorted()
        let latin = counts.keys.filter { !BidiIsolation.isRightToLeft($0) }.sorted()
        var blocks = arabic.map(link)
        if !arabic.isEmpty, !latin.isEmpty { blocks.append(.heading(UIText.azLatin(l))) }
        blocks += latin.map(link)
        return Page(language: l, title: UIText.azTitle(l), blocks: blocks)
    }

    /// The organisations whose name starts with `letter`.
    func azPage(_ letter: Character, _ l: UILanguage) throws(CatalogueError) -> Page {
        let orgs = directory.organisations.filter { azKey(of: $0, l) == letter }
        guard !orgs.isEmpty else { throw .notFound }
        let links = sortedByName(orgs, l) { arabicName(of: $0, l) ?? $0.name.resolved(l) }.map { org -> Page.Block in
            let name = org.name.resolved(l)
            let label = arabicName(of: org, l).map { $0 == name ? $0 : $0 + " — " + name } ?? name
            return .link(label: label + (org.status == .inactive ? " (" + UIText.inactive(l) + ")" : ""), route: .organisation(org.id))
        }
        return Page(language: l, title: UIText.azTitle(l) + ": " + String(letter), blocks: links)
    }

    /// The organisation's Arabic name on an Arabic page: its `ar` name, else its first Arabic
    /// alternate name; nil elsewhere or when the data gives none.
    func arabicName(of org: Organisation, _ l: UILanguage) -> String? {
        guard l == .ar else { return nil }
        if let name = org.name.values["ar"] { return name }
        return org.alternateNames.first { $0.contains(where: BidiIsolation.isRightToLeft) }
    }

    /// The A–Z bucket of an organisation in `l`: the first Arabic letter of its Arabic name
    /// (article and hamza seat folded) on an Arabic page when there is one, else ``initial(of:)``.
    func azKey(of org: Organisation, _ l: UILanguage) -> Character {
        if let name = arabicName(of: org, l), let first = Catalogue.sortKey(name, .ar).first(where: BidiIsolation.isRightToLeft) {
            switch first {
            case "أ", "إ", "آ", "ٱ": return "ا"
            default: return first
            }
        }
        return Catalogue.initial(of: org.name.resolved(l))
    }

    /// The A–Z letter of a name: its first letter without accents, uppercased; "0" for names
    /// that do not start with a Latin letter (so every selector stays plain ASCII).
    static func initial(of name: String) -> Character {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        guard let first = folded.first, first.isASCII, first.isLetter else { return "0" }
        return first
    }

    /// Links to organisations, sorted by their name in `l`.
    func organisationLinks(_ orgs: [Organisation], _ l: UILanguage) -> [Page.Block] {
        sortedByName(orgs, l) { $0.name.resolved(l) }.map { org in
            let suffix = org.status == .inactive ? " (" + UIText.inactive(l) + ")" : ""
            return .link(label: org.name.resolved(l) + suffix, route: .organisation(org.id))
        }
    }

    /// `items` alphabetical by their name in `l` (``sortKey(_:_:)``).
    func sortedByName<T>(_ items: [T], _ l: UILanguage, name: (T) -> String) -> [T] {
        items.map { (key: Catalogue.sortKey(name($0), l), item: $0) }
            .sorted { $0.key < $1.key }
            .map(\.item)
    }

    private func vocabularyAndTitle(_ kind: VocabularyKind, _ l: UILanguage) -> (Vocabulary, String) {
        let v = directory.vocabularies
        switch kind {
        case .services: return (v.services, UIText.servicesTitle(l))
        case .beneficiaries: return (v.beneficiaries, UIText.groupsTitle(l))
        case .kinds: return (v.kinds, UIText.kindsTitle(l))
        }
    }

    private func route(_ kind: VocabularyKind, _ code: String) -> Route {
        switch kind {
        case .services: return .service(code)
        case .beneficiaries: return .beneficiary(code)
        case .kinds: return .kind(code)
        }
    }

    /// Organisations with an active programme of this type or for this group, or of this kind.
    private func organisations(with kind: VocabularyKind, code: String) -> [Organisation] {
        directory.organisations.filter { org in
            switch kind {
            case .kinds: return org.kind == code
            case .services: return org.services.contains { $0.status == .active && $0.types.contains(code) }
            case .beneficiaries: return org.services.contains { $0.status == .active && $0.beneficiaries.contains(code) }
            }
        }
    }
}
