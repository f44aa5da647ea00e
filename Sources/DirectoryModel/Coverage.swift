import Memberwise

/// Where a programme works: a list of countries, regions and bodies to include, minus exclusions.
///
/// Each entry is `GLOBAL`, an ISO 3166-1 alpha-2 code (`TN`), a region (`REGION:northern-africa`)
/// or the members of a body (`BODY:au`), resolved through ``Regions``.
@MemberwiseInit
public struct Coverage: Sendable, Hashable {
    public var include: [String]
    public var exclude: [String] = []
    /// A note on what the list means, in words ("host cities", "countries served").
    public var note: LocalizedText?

    /// The whole world.
    public static let global = Coverage(include: [Coverage.globalCode])

    public static let globalCode = "GLOBAL"
    public static let regionPrefix = "REGION:"
    public static let bodyPrefix = "BODY:"

    /// Whether the coverage includes `GLOBAL`.
    public var isGlobal: Bool { include.contains(Coverage.globalCode) }

    /// Whether `country` (alpha-2) is covered, resolving regions and bodies through `regions`.
    public func covers(_ country: String, in regions: Regions) -> Bool {
        let country = country.uppercased()
        if exclude.contains(where: { regions.matches(entry: $0, country: country) }) { return false }
        return include.contains(where: { regions.matches(entry: $0, country: country) })
    }

    /// How specifically `country` is covered: 0 not covered, 1 global, 2 by a region or body,
    /// 3 by name. Ranking prefers programmes that name the country.
    public func specificity(for country: String, in regions: Regions) -> Int {
        guard covers(country, in: regions) else { return 0 }
        let country = country.uppercased()
        if include.contains(country) { return 3 }
        if include.contains(where: { $0 != Coverage.globalCode && regions.matches(entry: $0, country: country) }) { return 2 }
        return 1
    }
}
