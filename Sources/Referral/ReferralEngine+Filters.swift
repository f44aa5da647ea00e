import DirectoryModel

extension ReferralEngine {
    /// What every filter and the score need from the profile, as bit sets, computed once per referral.
    struct Context {
        let profile: DefenderProfile
        /// The country's number in the index; nil without a (known) country.
        let country: Int?
        let neighbours: Bits
        /// The defender's groups ("any defender" when none was given), those other than "any
        /// defender", and groups close to them (for broadening).
        let groups: Bits
        let specificGroups: Bits
        let related: Bits
        let needs: Bits
        let primaryNeed: Int?
        /// Broader services that also answer the primary need (``ThreatKinds/broaderNeeds``).
        let primaryBroader: Bits
        /// The needs and the broader services that answer them: what admits a programme.
        let admittedNeeds: Bits
        let furtherNeeds: Bits
        /// Services that answer the threats, in order, used when no need was given.
        let inferredNeeds: [String]
        let inferred: Bits
        let threats: Bits
        let languages: Bits
        let channels: Bits
        /// Bit 0 self, 1 third party, 2 organisation.
        let applicantBit: UInt8
        /// Threats were named, and a physical attack is among them (the nearest fact the profile
        /// carries to "a survivor of torture").
        let physicalHarm: Bool?
        /// Groups were named, and journalists or media are among them.
        let journalist: Bool?
        /// The urgency's position in ``DefenderProfile/UrgencyLevel/allCases``.
        let urgencyPosition: Int?

        init(profile: DefenderProfile, index: ReferralIndex) {
            self.profile = profile
            country = profile.country.flatMap(index.codes.countries.number)
            neighbours = country.map { index.neighbours[$0] } ?? Bits()
            let who = profile.who.isEmpty ? ["hrd"] : profile.who
            groups = index.codes.groups.bits(who)
            specificGroups = index.codes.groups.bits(profile.who.filter { $0 != "hrd" })
            related = index.codes.groups.bits(profile.who.flatMap { ThreatKinds.relatedGroups[$0] ?? [] }).subtracting(groups)
            needs = index.codes.services.bits(profile.needs)
            primaryNeed = profile.primaryNeed.flatMap(index.codes.services.number)
            primaryBroader = index.codes.services.bits(profile.primaryNeed.flatMap { ThreatKinds.broaderNeeds[$0] } ?? [])
            admittedNeeds = index.codes.services.bits(profile.needs + profile.needs.flatMap { ThreatKinds.broaderNeeds[$0] ?? [] })
            furtherNeeds = index.codes.services.bits(profile.needs.dropFirst().filter { $0 != profile.primaryNeed })
            var inferredNeeds: [String] = []
            if profile.needs.isEmpty {
                for threat in profile.threats {
                    for need in ThreatKinds.answers[threat] ?? [] where !inferredNeeds.contains(need) { inferredNeeds.append(need) }
                }
            }
            self.inferredNeeds = inferredNeeds
            inferred = index.codes.services.bits(inferredNeeds)
            threats = index.codes.threats.bits(profile.threats)
            languages = index.codes.languages.bits(profile.languages)
            channels = index.codes.contactTypes.bits(profile.channels)
            urgencyPosition = profile.urgency.flatMap(DefenderProfile.UrgencyLevel.allCases.firstIndex(of:))
            physicalHarm = profile.threats.isEmpty ? nil : profile.threats.contains("physical_attack")
            journalist = profile.who.isEmpty ? nil : profile.who.contains { $0 == "journalist" || $0 == "media_outlet" }
            applicantBit = CaseBits.bit(profile.applicant ?? .self)
        }

        /// Coverage specificity for the country: as ``ReferralIndex/CompiledCoverage/specificity(_:)``,
        /// 1 (worldwide) for unstated coverage, and 1 for worldwide coverage when no country was given.
        func specificity(_ coverage: ReferralIndex.CompiledCoverage?) -> Int {
            guard let coverage else { return 1 }
            guard let country else { return coverage.global ? 1 : 0 }
            return coverage.specificity(country)
        }
    }

    /// The hard filters one programme failed, as a bit set of ``ExclusionCode``s, with what a
    /// relaxation needs to know.
    struct Candidate {
        let entry: Int
        let failures: UInt16
        /// For ``ExclusionCode/notCovered``: the coverage reaches a neighbour in the country's region.
        let reachesRegion: Bool
        /// For ``ExclusionCode/notEligibleGroup``: it serves a group close to the defender's.
        let relatedGroup: Bool

        /// The codes of a set of failures: bit n is the n-th of ``ExclusionCode/allCases``, as
        /// ``Fail`` names them.
        static func codes(_ failures: UInt16) -> [ExclusionCode] {
            ExclusionCode.allCases.enumerated().compactMap { failures & (1 << $0.offset) != 0 ? $0.element : nil }
        }

        var codes: [ExclusionCode] { Self.codes(failures) }
    }

    /// Runs every hard filter on one programme (all of them, so "why not" lists each failure).
    static func evaluate(_ e: Int, _ pointer: UnsafePointer<ReferralIndex.Entry>, _ c: borrowing Context) -> Candidate {
        // Fields are read through the pointer: an entry is a few hundred bytes, and copying one
        // per programme was most of a referral's time.
        var failures: UInt16 = 0
        if !pointer.pointee.active { failures |= Fail.inactive }
        // The defender's own country's protection mechanism is a protection programme a caseworker
        // expects for anyone at risk there, asked for or not; other mechanisms wait to be asked for.
        let ownNational = pointer.pointee.national && c.country != nil && pointer.pointee.bound == c.country!
        if pointer.pointee.mechanism, !c.profile.mechanisms, !ownNational { failures |= Fail.mechanism }
        if let country = c.country, pointer.pointee.bound != -1, pointer.pointee.bound != country { failures |= Fail.bound }
        if pointer.pointee.requires & 1 != 0, c.physicalHarm == false { failures |= Fail.status }
        if pointer.pointee.requires & 2 != 0, c.journalist == false { failures |= Fail.status }
        if !c.needs.isEmpty {
            if !pointer.pointee.types.intersects(c.admittedNeeds) { failures |= Fail.noService }
        } else if !c.inferred.isEmpty, !pointer.pointee.types.intersects(c.inferred), !pointer.pointee.threats.intersects(c.threats) {
            failures |= Fail.noService
        }
        var reachesRegion = false
        if let country = c.country, let coverage = pointer.pointee.coverage, coverage.specificity(country) == 0 {
            failures |= Fail.notCovered
            reachesRegion = !pointer.pointee.national && coverage.reach.intersects(c.neighbours)
        }
        var relatedGroup = false
        if !pointer.pointee.groupsOpen, !pointer.pointee.groups.intersects(c.groups) {
            failures |= Fail.group
            relatedGroup = pointer.pointee.groups.intersects(c.related)
        }
        if c.profile.applicant != nil, pointer.pointee.applicants != 0, pointer.pointee.applicants & c.applicantBit == 0 { failures |= Fail.applicant }
        if !admitsLocation(pointer.pointee.locations, c.profile.location) { failures |= Fail.location }
        switch pointer.pointee.intake {
        case .referralOnly where c.applicantBit == 1: failures |= Fail.intake
        case .membershipOnly where c.applicantBit != 4: failures |= Fail.intake
        default: break
        }
        if !c.languages.isEmpty, !pointer.pointee.languages.isEmpty, !pointer.pointee.languages.intersects(c.languages) { failures |= Fail.language }
        if !pointer.pointee.reachable { failures |= Fail.noContact }
        return Candidate(entry: e, failures: failures, reachesRegion: reachesRegion, relatedGroup: relatedGroup)
    }

    /// The failure bits as constants, for the filters' inner loop: bit n for the n-th
    /// ``ExclusionCode`` (``Candidate/codes(_:)``; `FailureBitsTests` holds them to it).
    enum Fail {
        static let inactive: UInt16 = 1 << 0
        static let mechanism: UInt16 = 1 << 1
        static let noService: UInt16 = 1 << 2
        static let notCovered: UInt16 = 1 << 3
        static let group: UInt16 = 1 << 4
        static let applicant: UInt16 = 1 << 5
        static let location: UInt16 = 1 << 6
        static let intake: UInt16 = 1 << 7
        static let language: UInt16 = 1 << 8
        static let noContact: UInt16 = 1 << 9
        static let bound: UInt16 = 1 << 10
        static let status: UInt16 = 1 << 11
    }

    /// Whether a programme open to `locations` (``ReferralIndex/Entry/locations``) takes a
    /// defender at `place`: anything when either is not stated; a stay abroad is served by
    /// programmes for defenders abroad or in exile; exile only by programmes that name it.
    static func admitsLocation(_ locations: UInt8, _ place: DefenderProfile.Location?) -> Bool {
        guard locations != 0, let place else { return true }
        switch place {
        case .inCountry: return locations & 1 != 0
        case .abroad: return locations & 6 != 0
        case .inExile: return locations & 4 != 0
        }
    }

    /// Which relaxations are in force.
    struct Relaxed {
        var language = false
        /// 0 none, 1 the region, 2 global.
        var coverage = 0
        var group = false

        mutating func take(_ step: RelaxationCode) {
            switch step {
            case .language: language = true
            case .coverageRegion: coverage = max(coverage, 1)
            case .coverageGlobal: coverage = 2
            case .group: group = true
            }
        }

        /// Whether the candidate passes once these relaxations are taken. Coverage, a binding
        /// to another country and a required status are never relaxed.
        func admits(_ candidate: Candidate, national: Bool) -> Bool {
            var rest = candidate.failures
            if language { rest &= ~Fail.language }
            if group, candidate.relatedGroup { rest &= ~Fail.group }
            return rest == 0
        }
    }
}
