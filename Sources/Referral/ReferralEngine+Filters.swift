import DirectoryModel

extension ReferralEngine {
    /// One programme with the hard filters it failed, and how far a relaxation must go to admit it.
    struct Candidate {
        let organisation: Int
        let service: Int
        /// Sorted; empty means it passed every filter.
        let failures: [ExclusionCode]
        /// For ``ExclusionCode/notCovered``: the coverage reaches the country's region.
        let reachesRegion: Bool
        /// For ``ExclusionCode/notCovered``: widening coverage may admit it at all (never for a
        /// national mechanism, which works only in its own country).
        let widenable: Bool
        /// For ``ExclusionCode/notEligibleGroup``: it serves a group close to the defender's.
        let relatedGroup: Bool
    }

    /// What every filter needs from the profile, computed once per referral.
    struct Context {
        let profile: DefenderProfile
        let place: Place
        let regions: Regions
        /// The defender's groups; "any defender" when none was given.
        let groups: Set<String>
        /// Groups close to the defender's (for broadening).
        let related: Set<String>
        let needs: Set<String>
        /// Services that answer the threats, used when no need was given.
        let inferredNeeds: [String]
        let threats: Set<String>
        let languages: Set<String>
        let applicant: DefenderProfile.Applicant

        init(profile: DefenderProfile, regions: Regions) {
            self.profile = profile
            self.regions = regions
            place = Place(country: profile.country, regions: regions)
            groups = Set(profile.who.isEmpty ? ["hrd"] : profile.who)
            related = Set(profile.who.flatMap { ThreatKinds.relatedGroups[$0] ?? [] }).subtracting(groups)
            needs = Set(profile.needs)
            var inferred: [String] = []
            if profile.needs.isEmpty {
                for threat in profile.threats {
                    for need in ThreatKinds.answers[threat] ?? [] where !inferred.contains(need) { inferred.append(need) }
                }
            }
            inferredNeeds = inferred
            threats = Set(profile.threats)
            languages = Set(profile.languages)
            applicant = profile.applicant ?? .self
        }
    }

    /// Runs every hard filter on one programme (all of them, so "why not" lists each failure).
    static func evaluate(_ o: Int, _ s: Int, _ organisation: Organisation, _ service: Service, _ context: Context) -> Candidate {
        let profile = context.profile
        var failures: [ExclusionCode] = []
        if organisation.status == .inactive || service.status == .inactive { failures.append(.inactive) }
        if !profile.mechanisms, service.role == .mechanism || ThreatKinds.mechanismKinds.contains(organisation.kind) {
            failures.append(.mechanismNotWanted)
        }
        if !context.needs.isEmpty {
            if !service.types.contains(where: context.needs.contains) { failures.append(.noService) }
        } else if !context.inferredNeeds.isEmpty {
            if !service.types.contains(where: context.inferredNeeds.contains), !service.threats.contains(where: context.threats.contains) {
                failures.append(.noService)
            }
        }
        var reachesRegion = false
        if context.place.country != nil, let coverage = service.coverage, context.place.specificity(coverage) == 0 {
            failures.append(.notCovered)
            reachesRegion = context.place.reachesNeighbour(coverage, regions: context.regions)
        }
        var relatedGroup = false
        if !service.beneficiaries.isEmpty, !service.beneficiaries.contains("hrd"), !service.beneficiaries.contains(where: context.groups.contains) {
            failures.append(.notEligibleGroup)
            relatedGroup = service.beneficiaries.contains(where: context.related.contains)
        }
        if profile.applicant != nil, !service.applicant.isEmpty, !service.applicant.contains(where: { $0.rawValue == context.applicant.rawValue }) {
            failures.append(.applicant)
        }
        switch (profile.location, service.location) {
        case (.abroad, .inCountry), (.inCountry, .abroad): failures.append(.location)
        default: break
        }
        switch service.intake?.mode {
        case .referralOnly where context.applicant == .self: failures.append(.intake)
        case .membershipOnly where context.applicant != .organisation: failures.append(.intake)
        default: break
        }
        if !context.languages.isEmpty, !service.languages.isEmpty, !service.languages.contains(where: context.languages.contains) {
            failures.append(.language)
        }
        if organisation.website == nil, organisation.onion == nil,
           !service.contacts.contains(where: \.isCurrent), !organisation.contacts.contains(where: \.isCurrent) {
            failures.append(.noCurrentContact)
        }
        return Candidate(
            organisation: o, service: s, failures: failures.sorted(), reachesRegion: reachesRegion,
            widenable: organisation.kind != "national_mechanism", relatedGroup: relatedGroup
        )
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

        /// Whether the candidate passes once these relaxations are taken.
        func admits(_ candidate: Candidate) -> Bool {
            candidate.failures.allSatisfy { code in
                switch code {
                case .language: return language
                case .notCovered: return candidate.widenable && (coverage >= 2 || coverage == 1 && candidate.reachesRegion)
                case .notEligibleGroup: return group && candidate.relatedGroup
                default: return false
                }
            }
        }
    }
}
