import DirectoryModel

/// The referral engine (DESIGN section 6): a pure, deterministic function from a defender's
/// profile, a directory and a date to a ranked, explained referral. No I/O, no clock, no state.
///
/// 1. Pinned blocks (``pinned(_:_:options:)``) stand above the ranked list.
/// 2. Every other programme goes through the hard filters; each failure is an ``ExclusionCode``.
/// 3. With fewer than ``ReferralOptions/minimumResults`` left, relaxations are taken in a fixed
///    order (language, coverage to the region, coverage to the world, related groups), each
///    announced in ``ReferralReport/relaxations``.
/// 4. Admitted programmes get an additive integer score from named ``ScoreWeights``.
/// 5. Order: score, needs covered, faster first response, organisation id, programme id; at most
///    ``ReferralOptions/perOrganisation`` programmes per organisation; the first
///    ``ReferralOptions/shown`` are the results, the rest ``ReferralReport/more``.
public enum ReferralEngine {
    /// Refers `profile` against `directory`, measuring freshness at `asOf`.
    public static func refer(
        _ profile: DefenderProfile, directory: Directory, asOf: CalendarDate, options: ReferralOptions = .standard
    ) -> ReferralReport {
        let context = Context(profile: profile, regions: directory.regions)
        let pins = pinned(directory, context, options: options)
        let pinnedKeys = Set(pins.map(\.key))

        var candidates: [Candidate] = []
        for (o, organisation) in directory.organisations.enumerated() {
            for (s, service) in organisation.services.enumerated() where !pinnedKeys.contains("\(organisation.id)/\(service.id)") {
                candidates.append(evaluate(o, s, organisation, service, context))
            }
        }

        var relaxed = Relaxed()
        var ranked = rank(candidates.filter(relaxed.admits), directory, context, asOf: asOf, options: options)
        var relaxations: [Relaxation] = []
        for step in RelaxationCode.allCases where ranked.count < options.minimumResults && applies(step, to: profile) {
            relaxed.take(step)
            let before = ranked.count
            ranked = rank(candidates.filter(relaxed.admits), directory, context, asOf: asOf, options: options)
            relaxations.append(Relaxation(step, added: ranked.count - before))
        }

        let present = Set(pins.map(\.organisation.id) + ranked.map(\.organisation.id))
        var failed: [Int: [ServiceExclusion]] = [:]
        for candidate in candidates where !candidate.failures.isEmpty && !relaxed.admits(candidate) {
            let service = directory.organisations[candidate.organisation].services[candidate.service]
            failed[candidate.organisation, default: []].append(ServiceExclusion(serviceID: service.id, name: service.name, codes: candidate.failures))
        }
        var excluded: [Exclusion] = []
        for (o, organisation) in directory.organisations.enumerated() where !present.contains(organisation.id) {
            excluded.append(Exclusion(organisationID: organisation.id, name: organisation.name, services: failed[o] ?? []))
        }
        return ReferralReport(
            profile: profile, ignoredWords: [], asOf: asOf, relaxations: relaxations, pinned: pins,
            results: Array(ranked.prefix(options.shown)), more: Array(ranked.dropFirst(options.shown)), excluded: excluded,
            vocabularies: directory.vocabularies, regions: directory.regions
        )
    }

    /// Whether a relaxation step can change anything for this profile.
    static func applies(_ step: RelaxationCode, to profile: DefenderProfile) -> Bool {
        switch step {
        case .language: !profile.languages.isEmpty
        case .coverageRegion, .coverageGlobal: profile.country != nil
        case .group: profile.who.contains { ThreatKinds.relatedGroups[$0] != nil }
        }
    }

    /// Scores, orders and applies the per-organisation limit.
    static func rank(
        _ admitted: [Candidate], _ directory: Directory, _ context: Context, asOf: CalendarDate, options: ReferralOptions
    ) -> [ReferralResult] {
        var results: [(result: ReferralResult, firstResponse: Int)] = []
        results.reserveCapacity(admitted.count)
        for candidate in admitted {
            let organisation = directory.organisations[candidate.organisation]
            let service = organisation.services[candidate.service]
            let scored = score(organisation, service, candidate, context, asOf: asOf, weights: options.weights)
            let result = ReferralResult(
                organisation: organisation, service: service, score: scored.signals.reduce(0) { $0 + $1.points },
                signals: scored.signals, limits: scored.limits, needsCovered: scored.needsCovered,
                firstStep: SafeFirstStep.forService(service), contacts: currentContacts(organisation, service)
            )
            let firstResponse = (service.urgency?.emergency ?? false) ? 0 : service.urgency?.firstResponse?.minutes ?? .max
            results.append((result, firstResponse))
        }
        results.sort { a, b in
            if a.result.score != b.result.score { return a.result.score > b.result.score }
            if a.result.needsCovered != b.result.needsCovered { return a.result.needsCovered > b.result.needsCovered }
            if a.firstResponse != b.firstResponse { return a.firstResponse < b.firstResponse }
            if a.result.organisation.id != b.result.organisation.id { return a.result.organisation.id < b.result.organisation.id }
            return a.result.service.id < b.result.service.id
        }
        var perOrganisation: [String: Int] = [:]
        var kept: [ReferralResult] = []
        for (result, _) in results {
            let count = perOrganisation[result.organisation.id, default: 0]
            guard count < options.perOrganisation else { continue }
            perOrganisation[result.organisation.id] = count + 1
            kept.append(result)
        }
        return kept
    }
}
