import Memberwise

/// Countries, UN M49 regions and intergovernmental bodies: `directory/regions.yaml`.
///
/// Coverage entries (`TN`, `REGION:northern-africa`, `BODY:au`, `GLOBAL`) resolve here, and the
/// referral engine finds the regional mechanism for a country through `bodies`.
public struct Regions: Sendable, Hashable {
    public var countries: [Country]
    public var regions: [Region]
    public var bodies: [Body]
    /// The five regions the protection field reports by (`africa`, `americas`, `asia-pacific`,
    /// `europe-central-asia`, `mena`): a namespace of their own, not coverage codes.
    public var defenderRegions: [DefenderRegion]

    public init(countries: [Country], regions: [Region], bodies: [Body], defenderRegions: [DefenderRegion] = []) {
        self.countries = countries
        self.regions = regions
        self.bodies = bodies
        self.defenderRegions = defenderRegions
        var defenderIndex: [String: String] = [:]
        for region in defenderRegions {
            for country in region.countries where defenderIndex[country] == nil { defenderIndex[country] = region.code }
        }
        self.defenderIndex = defenderIndex
        self.countryIndex = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.regionIndex = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.bodyIndex = Dictionary(bodies.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private var countryIndex: [String: Country]
    private var regionIndex: [String: Region]
    private var bodyIndex: [String: Body]
    private var defenderIndex: [String: String]

    /// A defender region: a code, its names, its countries (each country is in exactly one).
    @MemberwiseInit
    public struct DefenderRegion: Sendable, Hashable {
        public var code: String
        public var name: LocalizedText
        public var countries: [String]
    }

    /// The code of the defender region `country` is in; nil for a country in none (Antarctica)
    /// or an unknown code.
    public func defenderRegion(of country: String) -> String? { defenderIndex[country.uppercased()] }

    /// The defender region with `code`, if any.
    public func defenderRegion(_ code: String) -> DefenderRegion? { defenderRegions.first { $0.code == code } }

    /// An ISO 3166-1 country.
    @MemberwiseInit
    public struct Country: Sendable, Hashable {
        /// ISO 3166-1 alpha-2 code.
        public var code: String
        public var name: LocalizedText
        /// Code of the M49 sub-region (or region, where there is no sub-region).
        public var region: String?
    }

    /// A UN M49 region or sub-region.
    @MemberwiseInit
    public struct Region: Sendable, Hashable {
        /// A slug such as `northern-africa`.
        public var code: String
        /// The three-digit M49 code.
        public var m49: String?
        public var name: LocalizedText
        /// The containing region's code, if any.
        public var parent: String?
    }

    /// An intergovernmental body and its member states.
    @MemberwiseInit
    public struct Body: Sendable, Hashable {
        /// A short code such as `au`, `oas`, `coe`, `osce`, `eu`, `arab-league`, `asean`.
        public var code: String
        public var name: LocalizedText
        public var members: [String]
        /// Where the membership list comes from.
        public var source: String
    }

    public func country(_ code: String) -> Country? { countryIndex[code.uppercased()] }
    public func region(_ code: String) -> Region? { regionIndex[code] }
    public func body(_ code: String) -> Body? { bodyIndex[code] }

    /// Whether `code` names a known region or any region above it contains `country`.
    public func region(_ regionCode: String, contains country: String) -> Bool {
        var current = self.country(country)?.region
        var steps = 0
        while let code = current, steps < 8 {
            if code == regionCode { return true }
            current = regionIndex[code]?.parent
            steps += 1
        }
        return false
    }

    /// The regions containing `country`, innermost first.
    public func regionChain(of country: String) -> [Region] {
        var chain: [Region] = []
        var current = self.country(country)?.region
        while let code = current, let region = regionIndex[code], chain.count < 8 {
            chain.append(region)
            current = region.parent
        }
        return chain
    }

    /// The bodies `country` belongs to, in file order.
    public func bodies(of country: String) -> [Body] {
        let country = country.uppercased()
        return bodies.filter { $0.members.contains(country) }
    }

    /// Whether a coverage entry (`GLOBAL`, `TN`, `REGION:x`, `BODY:x`) includes `country`.
    public func matches(entry: String, country: String) -> Bool {
        if entry == Coverage.globalCode { return true }
        if entry.hasPrefix(Coverage.regionPrefix) {
            return region(String(entry.dropFirst(Coverage.regionPrefix.count)), contains: country)
        }
        if entry.hasPrefix(Coverage.bodyPrefix) {
            return body(String(entry.dropFirst(Coverage.bodyPrefix.count)))?.members.contains(country) ?? false
        }
        return entry.uppercased() == country
    }

    /// Whether a coverage entry names something that exists.
    public func isKnown(entry: String) -> Bool {
        if entry == Coverage.globalCode { return true }
        if entry.hasPrefix(Coverage.regionPrefix) { return region(String(entry.dropFirst(Coverage.regionPrefix.count))) != nil }
        if entry.hasPrefix(Coverage.bodyPrefix) { return body(String(entry.dropFirst(Coverage.bodyPrefix.count))) != nil }
        return country(entry) != nil
    }
}
