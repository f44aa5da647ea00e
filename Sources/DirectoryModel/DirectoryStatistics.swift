import Memberwise

/// The directory's coverage in numbers, by the audit's definitions (`AUDIT-2026-12.md` §3):
/// `sanad stats` prints it and the About page of every front shows it.
///
/// An entry counts for a defender region when one of its *offered* programmes (organisation and
/// programme active, neither unconfirmed) names a coverage that is not `GLOBAL` and includes at
/// least one country of the region (`bound_to` stands in for a missing coverage). A region has a
/// regional mechanism when an offered programme of a `regional_mechanism` entry covers at least
/// half of its countries (the ACHPR reaching only the African Union states of North Africa does
/// not make one for the Middle East and North Africa).
public struct DirectoryStatistics: Sendable, Hashable {
    /// Entries per `kind` code, sorted by code.
    public var kinds: [KindCount]
    public var total: Int
    /// Entries with at least one offered programme covering `GLOBAL`.
    public var global: Int
    /// Entries with no offered programme whose coverage is stated.
    public var withoutCoverage: [String]
    /// One row per defender region, in `regions.yaml` order.
    public var regions: [RegionRow]

    /// The counts for one defender region.
    public struct RegionRow: Sendable, Hashable {
        public var code: String
        public var name: LocalizedText
        /// Entries with region-specific coverage there.
        public var entries: Int
        /// …of which with a current contact (neither historical nor unconfirmed) that has a source.
        public var currentSourcedContact: Int
        /// …with a current `emergency: true` contact.
        public var emergencyChannel: Int
        /// …with a current contact answering around the clock (`hours: 24/7`, or listed under a
        /// programme whose `availability` is `24/7`).
        public var aroundTheClockChannel: Int
        /// Ids of the regional mechanisms covering at least half the region's countries.
        public var regionalMechanisms: [String]
    }

    /// How many entries have one kind.
    @MemberwiseInit
    public struct KindCount: Sendable, Hashable {
        public var kind: String
        public var count: Int
    }

    /// The regions no regional mechanism covers.
    public var regionsWithoutMechanism: [String] { regions.filter { $0.regionalMechanisms.isEmpty }.map(\.code) }

    public init(_ directory: Directory) {
        let regions = directory.regions
        var kindCounts: [String: Int] = [:]
        var global = 0
        var withoutCoverage: [String] = []
        var rows = regions.defenderRegions.map {
            RegionRow(code: $0.code, name: $0.name, entries: 0, currentSourcedContact: 0, emergencyChannel: 0,
                      aroundTheClockChannel: 0, regionalMechanisms: [])
        }
        for org in directory.organisations {
            kindCounts[org.kind, default: 0] += 1
            let offered = org.status == .active && org.unconfirmed == nil
                ? org.services.filter { $0.status == .active && $0.unconfirmed == nil } : []
            let covered = offered.compactMap { service in service.effectiveCoverage.map { (service, $0) } }
            if covered.isEmpty { withoutCoverage.append(org.id) }
            if covered.contains(where: { $0.1.isGlobal }) { global += 1 }
            let specific = covered.filter { !$0.1.isGlobal }
            let current = org.contacts.filter(\.isCurrent) + offered.flatMap { $0.contacts.filter(\.isCurrent) }
            let sourced = current.contains { !$0.source.isEmpty }
            let emergency = current.contains(where: \.emergency)
            let aroundTheClock = current.contains(where: \.isAroundTheClock)
                || offered.contains { $0.isAroundTheClock && $0.contacts.contains(where: \.isCurrent) }
            for index in rows.indices {
                guard let members = regions.defenderRegion(rows[index].code)?.countries, !members.isEmpty else { continue }
                let reach = specific.map { pair in members.filter { pair.1.covers($0, in: regions) }.count }
                guard reach.contains(where: { $0 > 0 }) else { continue }
                rows[index].entries += 1
                if sourced { rows[index].currentSourcedContact += 1 }
                if emergency { rows[index].emergencyChannel += 1 }
                if aroundTheClock { rows[index].aroundTheClockChannel += 1 }
                if org.kind == "regional_mechanism", reach.contains(where: { 2 * $0 >= members.count }) {
                    rows[index].regionalMechanisms.append(org.id)
                }
            }
        }
        self.kinds = kindCounts.keys.sorted().map { KindCount(kind: $0, count: kindCounts[$0]!) }
        self.total = directory.organisations.count
        self.global = global
        self.withoutCoverage = withoutCoverage
        self.regions = rows
    }
}
