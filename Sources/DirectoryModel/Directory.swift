import Memberwise

/// A whole directory, loaded and checked: what the index is built from.
public struct Directory: Sendable, Hashable {
    /// Sorted by id.
    public var organisations: [Organisation]
    public var vocabularies: Vocabularies
    public var regions: Regions
    /// Country-wide notes (`country-notes.yaml`): laws without a body, warnings.
    public var countryNotes: [CountryNote]
    /// Which version of the files this is, when known.
    public var version: DirectoryVersion?
    /// The verified release a replica serves, when its update script recorded one.
    public var release: DirectoryRelease?

    public init(organisations: [Organisation], vocabularies: Vocabularies, regions: Regions, countryNotes: [CountryNote] = [],
                version: DirectoryVersion? = nil) {
        self.organisations = organisations.sorted { $0.id < $1.id }
        self.countryNotes = countryNotes
        self.vocabularies = vocabularies
        self.regions = regions
        self.version = version
    }

    /// The organisation with `id`, if any.
    public func organisation(_ id: String) -> Organisation? {
        organisations.first { $0.id == id }
    }

    /// The notes on `country` (alpha-2), warnings first, then in file order.
    public func countryNotes(for country: String) -> [CountryNote] {
        let notes = countryNotes.filter { $0.country == country.uppercased() }
        return notes.filter { $0.kind == .warning } + notes.filter { $0.kind != .warning }
    }
}

/// The git commit and date of the directory files, shown on the about page.
@MemberwiseInit
public struct DirectoryVersion: Sendable, Hashable {
    public var commit: String?
    public var date: String?
}
