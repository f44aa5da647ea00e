import DirectoryModel

/// A directory compiled for referral: for every programme, the facts the filters, pins and
/// score use, as inline bit sets and small integers. Build it once per directory load (the
/// server keeps it with the directory); it is immutable, so any number of referrals may share it.
///
/// Compiling is what keeps a referral over 10,000 organisations within a few milliseconds:
/// per request, each programme costs a handful of bit operations, and only the results shown
/// are turned into explained values.
public final class ReferralIndex: Sendable, Hashable {
    public let directory: Directory
    public let options: ReferralOptions
    /// One entry per programme, organisations in id order, programmes in file order.
    let entries: [Entry]
    /// The countries and vocabularies numbered for bit sets.
    let codes: CodeTables
    /// Per country number: the other countries of its innermost region.
    let neighbours: [Bits]
    /// Entries that may be pinned, by block.
    let emergencyLines: [Int]
    let digitalHelplines: [Int]
    let mechanismPins: [Int]

    public init(directory: Directory, options: ReferralOptions = .standard) {
        self.directory = directory
        self.options = options
        let codes = CodeTables(directory)
        self.codes = codes
        let countries = codes.countries

        var byRegion: [String: Bits] = [:]
        for country in directory.regions.countries {
            guard let region = country.region, let n = countries.number(country.code) else { continue }
            byRegion[region, default: Bits()].insert(n)
        }
        neighbours = directory.regions.countries.map { country in
            guard let region = country.region, let n = countries.number(country.code) else { return Bits() }
            return (byRegion[region] ?? Bits()).subtracting(Bits([n]))
        }

        var regionMembers: [String: [Int]] = [:]
        for country in directory.regions.countries {
            guard let n = countries.number(country.code) else { continue }
            for region in directory.regions.regionChain(of: country.code) { regionMembers[region.code, default: []].append(n) }
        }
        let compiler = EntryCompiler(regions: directory.regions, codes: codes, regionMembers: regionMembers)
        var entries: [Entry] = []
        var emergency: [Int] = [], digital: [Int] = [], mechanisms: [Int] = []
        for (o, organisation) in directory.organisations.enumerated() {
            let ranks = organisation.services.indices.sorted { organisation.services[$0].id < organisation.services[$1].id }
            for (s, service) in organisation.services.enumerated() {
                let entry = compiler.compile(organisation, o, service, s, rank: ranks.firstIndex(of: s) ?? s)
                if entry.pin.contains(.emergencyLine) { emergency.append(entries.count) }
                if entry.pin.contains(.digitalHelpline) { digital.append(entries.count) }
                if entry.pin.contains(.mechanism) { mechanisms.append(entries.count) }
                entries.append(entry)
            }
        }
        self.entries = entries
        emergencyLines = emergency
        digitalHelplines = digital
        mechanismPins = mechanisms
    }

    func organisation(_ entry: Entry) -> Organisation { directory.organisations[entry.organisation] }
    func service(_ entry: Entry) -> Service { directory.organisations[entry.organisation].services[entry.service] }

    public static func == (a: ReferralIndex, b: ReferralIndex) -> Bool {
        a === b || (a.options == b.options && a.directory == b.directory)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(directory.organisations.count)
    }
}
