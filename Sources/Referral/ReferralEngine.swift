import DirectoryModel

/// The referral engine (DESIGN section 6): a pure, deterministic function from a defender's
/// profile, a directory and a date to a ranked, explained referral. No I/O, no clock, no state.
///
/// 1. Pinned blocks (``pinned(_:_:)``) stand above the ranked list.
/// 2. Every other programme goes through the hard filters; each failure is an ``ExclusionCode``.
/// 3. With fewer than ``ReferralOptions/minimumResults`` left, relaxations are taken in a fixed
///    order (language, related groups), each announced in ``ReferralReport/relaxations``.
///    Coverage is never relaxed: a result whose known coverage leaves the country out is wrong.
/// 4. Admitted programmes get an additive integer score from named ``ScoreWeights``.
/// 5. Order (docs/REFERRAL.md): first by tiers (a current channel; known coverage; the primary
///    need; the country's or region's own before worldwide), then score, needs covered, faster
///    first response, organisation id, programme id; at most
///    ``ReferralOptions/perOrganisation`` programmes per organisation; the first
///    ``ReferralOptions/shown`` are the results, the next ones ``ReferralReport/more``.
public enum ReferralEngine {
    /// Refers `profile` against `directory`, measuring freshness at `asOf`. Compiles the
    /// directory first: a caller that refers many times keeps a ``ReferralIndex`` instead.
    public static func refer(
        _ profile: DefenderProfile, directory: Directory, asOf: CalendarDate, options: ReferralOptions = .standard
    ) -> ReferralReport {
        refer(profile, index: ReferralIndex(directory: directory, options: options), asOf: asOf)
    }

    /// Refers `profile` against a compiled directory, measuring freshness at `asOf`.
    public static func refer(_ profile: DefenderProfile, index: ReferralIndex, asOf: CalendarDate) -> ReferralReport {
        let options = index.options
        let context = Context(profile: profile, index: index)
        let pins = pinned(index, context)
        var isPinned = [Bool](repeating: false, count: index.entries.count)
        for pin in pins { isPinned[pin.entry] = true }

        var candidates: [Candidate] = []
        candidates.reserveCapacity(index.entries.count)
        index.entries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress else { return }
            for e in entries.indices where !isPinned[e] { candidates.append(evaluate(e, base + e, context)) }
        }

        var relaxed = Relaxed()
        var ranked = rank(candidates, relaxed, index, context, asOf: asOf)
        var relaxations: [Relaxation] = []
        for step in relaxationOrder where ranked.count < options.minimumResults && applies(step, to: profile) {
            relaxed.take(step)
            let before = ranked.count
            ranked = rank(candidates, relaxed, index, context, asOf: asOf)
            relaxations.append(Relaxation(step, added: ranked.count - before))
        }

        let explained = ranked.prefix(options.explained).map { item -> ReferralResult in
            let entry = index.entries[item.candidate.entry]
            let organisation = index.organisation(entry)
            let service = index.service(entry)
            let explained = signals(entry, organisation, service, item.candidate, context, asOf: asOf, weights: options.weights)
            return ReferralResult(
                organisation: organisation, service: service, score: item.score, signals: explained.signals,
                limits: explained.limits, needsCovered: explained.needsCovered,
                firstStep: SafeFirstStep.forService(service), contacts: currentContacts(organisation, service)
            )
        }
        let failed = candidates.filter { $0.failures != 0 && !relaxed.admits($0, national: index.entries[$0.entry].national) }
        return ReferralReport(
            profile: profile, ignoredWords: [], asOf: asOf, relaxations: relaxations, pinned: pins.map(\.pin),
            results: Array(explained.prefix(options.shown)), more: Array(explained.dropFirst(options.shown)),
            rankedOrganisations: ranked.map { index.entries[$0.candidate.entry].organisation },
            rankedEntries: ranked.map(\.candidate.entry), pinnedEntries: pins.map(\.entry),
            failed: failed.map { FailedProgramme(entry: $0.entry, failures: $0.failures) },
            pinnedOrganisations: pins.map { index.entries[$0.entry].organisation }, index: index
        )
    }

    /// The relaxations the engine takes, in order. Widening coverage is not among them: it only
    /// ever added another country's programmes (docs/REFERRAL.md).
    static let relaxationOrder: [RelaxationCode] = [.language, .group]

    /// Whether a relaxation step can change anything for this profile.
    static func applies(_ step: RelaxationCode, to profile: DefenderProfile) -> Bool {
        switch step {
        case .language: !profile.languages.isEmpty
        case .coverageRegion, .coverageGlobal: profile.country != nil
        case .group: profile.who.contains { ThreatKinds.relatedGroups[$0] != nil }
        }
    }

    /// The ranking tier of an admitted programme (lower first), bits that no score can
    /// outweigh, most important first: known coverage (unknown coverage never outranks coverage
    /// that includes the country); the primary need offered; coverage naming the country or its
    /// region rather than the whole world. (A programme with no current channel at all, not even
    /// a website, is not ranked: ``ExclusionCode/noCurrentContact``.)
    static func tier(_ pointer: UnsafePointer<ReferralIndex.Entry>, _ c: borrowing Context) -> Int {
        var tier = 0
        if let country = c.country {
            if let coverage = pointer.pointee.coverage {
                if coverage.specificity(country) < 2 { tier |= 1 }
            } else {
                tier |= 4
            }
        }
        if let primary = c.primaryNeed, !pointer.pointee.types.contains(primary) { tier |= 2 }
        return tier
    }

    /// One admitted programme with its score.
    struct Ranked {
        let candidate: Candidate
        let score: Int
    }

    /// Admits, scores and orders the candidates, then applies the per-organisation limit.
    /// Ordering sorts two packed integers per programme: score and needs covered (descending)
    /// with the first response (ascending), then the organisation (whose position is its id's
    /// order) and the programme's id rank.
    static func rank(_ candidates: [Candidate], _ relaxed: Relaxed, _ index: ReferralIndex, _ c: Context, asOf: CalendarDate) -> [Ranked] {
        var keyed: [(high: UInt64, low: UInt64, candidate: Int32, score: Int32)] = []
        index.entries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress else { return }
            for (position, candidate) in candidates.enumerated() {
                let entry = base + candidate.entry
                guard candidate.failures == 0 || relaxed.admits(candidate, national: entry.pointee.national) else { continue }
                let (score, needs) = fastScore(entry, candidate, c, asOf: asOf, weights: index.options.weights)
                let firstResponse = entry.pointee.firstResponse
                let organisation = entry.pointee.organisation
                let serviceRank = entry.pointee.serviceRank
                let tierKey = UInt64(tier(entry, c))
                let scoreKey = UInt64(0xFFFF - min(max(score + 0x8000, 0), 0xFFFF))
                let needsKey = UInt64(0xFF - min(needs, 0xFF))
                let high = tierKey << 60 | scoreKey << 44 | needsKey << 36 | UInt64(min(firstResponse, (1 << 36) - 1))
                let low = UInt64(organisation) << 16 | UInt64(min(serviceRank, 0xFFFF))
                keyed.append((high, low, Int32(position), Int32(score)))
            }
        }
        keyed.sort { ($0.high, $0.low) < ($1.high, $1.low) }
        var perOrganisation = [UInt8](repeating: 0, count: index.directory.organisations.count)
        var kept: [Ranked] = []
        for item in keyed {
            let candidate = candidates[Int(item.candidate)]
            let organisation = index.entries[candidate.entry].organisation
            guard Int(perOrganisation[organisation]) < index.options.perOrganisation else { continue }
            perOrganisation[organisation] += 1
            kept.append(Ranked(candidate: candidate, score: Int(item.score)))
        }
        return kept
    }
}
