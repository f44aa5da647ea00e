import DirectoryModel

/// The defender's country resolved once per referral (its regions, bodies and neighbours), so
/// coverage checks are set look-ups rather than walks of regions.yaml for every programme.
struct Place {
    /// Uppercase alpha-2 code, or nil when no country was given.
    let country: String?
    /// Codes of every region containing the country, innermost first.
    let regionCodes: Set<String>
    /// Codes of every body the country belongs to.
    let bodyCodes: Set<String>
    /// Other countries of the innermost region: coverage "widened to the region" reaches them.
    let neighbours: Set<String>

    init(country: String?, regions: Regions) {
        self.country = country?.uppercased()
        guard let country = self.country else {
            regionCodes = []; bodyCodes = []; neighbours = []
            return
        }
        regionCodes = Set(regions.regionChain(of: country).map(\.code))
        bodyCodes = Set(regions.bodies(of: country).map(\.code))
        let inner = regions.country(country)?.region
        neighbours = Set(regions.countries.filter { $0.region != nil && $0.region == inner && $0.code != country }.map(\.code))
    }

    /// Whether a coverage entry includes the country.
    func matches(_ entry: String) -> Bool {
        guard let country else { return false }
        if entry == Coverage.globalCode { return true }
        if entry.hasPrefix(Coverage.regionPrefix) { return regionCodes.contains(String(entry.dropFirst(Coverage.regionPrefix.count))) }
        if entry.hasPrefix(Coverage.bodyPrefix) { return bodyCodes.contains(String(entry.dropFirst(Coverage.bodyPrefix.count))) }
        return entry.count == 2 && entry.uppercased() == country
    }

    /// 0 not covered, 1 worldwide, 2 through a region or body, 3 by name (as
    /// ``Coverage/specificity(for:in:)``, without its per-entry walks).
    func specificity(_ coverage: Coverage) -> Int {
        if coverage.exclude.contains(where: matches) { return 0 }
        var best = 0
        for entry in coverage.include where matches(entry) {
            if entry == Coverage.globalCode { best = max(best, 1) } else if entry.hasPrefix(Coverage.regionPrefix) || entry.hasPrefix(Coverage.bodyPrefix) { best = max(best, 2) } else { return 3 }
        }
        return best
    }

    /// For coverage that misses the country: whether it reaches a neighbour in the same region.
    func reachesNeighbour(_ coverage: Coverage, regions: Regions) -> Bool {
        coverage.include.contains { entry in
            if entry.hasPrefix(Coverage.bodyPrefix) {
                return regions.body(String(entry.dropFirst(Coverage.bodyPrefix.count)))?.members.contains(where: neighbours.contains) ?? false
            }
            if entry.hasPrefix(Coverage.regionPrefix) { return false }
            return neighbours.contains(entry.uppercased())
        }
    }
}
