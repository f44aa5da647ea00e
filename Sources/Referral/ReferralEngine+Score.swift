import DirectoryModel

extension ReferralEngine {
    /// The signals, limits and needs covered of an admitted programme. Every signal's subject is
    /// a code the user gave (a need, threat, group, language or the country), never anything else.
    static func score(
        _ organisation: Organisation, _ service: Service, _ candidate: Candidate, _ context: Context,
        asOf: CalendarDate, weights w: ScoreWeights
    ) -> (signals: [Signal], limits: [ReferralLimit], needsCovered: Int) {
        let profile = context.profile
        var signals: [Signal] = []
        var limits: [ReferralLimit] = []
        var needsCovered = 0
        let types = Set(service.types)

        if let primary = profile.primaryNeed {
            if types.contains(primary) { signals.append(Signal(.primaryNeed, w.primaryNeed, subject: primary)); needsCovered += 1 }
            for need in profile.needs.dropFirst() where types.contains(need) {
                signals.append(Signal(.furtherNeed, w.furtherNeed, subject: need))
                needsCovered += 1
            }
        } else {
            for need in context.inferredNeeds where types.contains(need) {
                needsCovered += 1
                guard needsCovered <= 2 else { continue }
                let threat = profile.threats.first { ThreatKinds.answers[$0]?.contains(need) ?? false }
                signals.append(Signal(.answersThreat, w.answersThreat, subject: need, threat: threat))
            }
        }
        for threat in profile.threats.filter(service.threats.contains).prefix(3) {
            signals.append(Signal(.threat, w.threat, subject: threat))
        }
        if let group = profile.who.first(where: { $0 != "hrd" && service.beneficiaries.contains($0) }) {
            signals.append(Signal(.group, w.group, subject: group))
        }
        if let country = context.place.country {
            if let coverage = service.coverage {
                switch context.place.specificity(coverage) {
                case 3: signals.append(Signal(.coverageCountry, w.coverageCountry, subject: country))
                case 2: signals.append(Signal(.coverageRegion, w.coverageRegion, subject: country))
                case 1: signals.append(Signal(.coverageGlobal, w.coverageGlobal))
                default: limits.append(.countryNotListed)
                }
            } else {
                signals.append(Signal(.coverageUnknown, w.coverageUnknown))
            }
        }
        if let language = profile.languages.first(where: service.languages.contains) {
            signals.append(Signal(.language, w.language, subject: language))
        } else if candidate.failures.contains(.language) {
            limits.append(.otherLanguages(service.languages))
        }
        if candidate.failures.contains(.notEligibleGroup) { limits.append(.otherGroups(service.beneficiaries)) }
        for code in candidate.failures {
            signals.append(Signal(.relaxed, w.relaxed, subject: code.rawValue))
        }
        if let level = profile.urgency, let fit = urgencyFit(level, service.urgency) {
            signals.append(fit ? Signal(.urgencyFit, w.urgencyFit, subject: level.rawValue) : Signal(.urgencyMismatch, w.urgencyMismatch, subject: level.rawValue))
        }
        let contacts = service.contacts.filter(\.isCurrent) + organisation.contacts.filter(\.isCurrent)
        let usable = profile.channels.isEmpty ? contacts : contacts.filter { profile.channels.contains($0.type) }
        if let secure = usable.first(where: { $0.security == .e2e }) {
            signals.append(Signal(.secureChannel, w.secureChannel, subject: secure.type))
        }
        if !profile.channels.isEmpty, usable.isEmpty { limits.append(.noListedChannel) }
        let age = organisation.provenance.lastVerified.months(until: asOf)
        if age <= 6 { signals.append(Signal(.fresh, w.fresh)) } else if age <= 12 { signals.append(Signal(.fresh, w.fresh / 2)) } else if age > 24 { signals.append(Signal(.stale, w.stale)) }
        if !signals.contains(where: { $0.points > 0 }) { signals.append(Signal(.eligible, 0)) }

        if let funding = service.funding { limits.append(.fundingCap(currency: funding.currency, maximum: funding.maximum, note: funding.note)) }
        limits += service.must.map(ReferralLimit.must) + service.excludes.map(ReferralLimit.excludes)
        switch service.intake?.mode {
        case .viaPartner: limits.append(.viaPartner)
        case .referralOnly: limits.append(.referralOnly)
        default: break
        }
        if service.cost == .paid { limits.append(.paid) }
        if let consent = service.intake?.consent { limits.append(.consent(consent)) }
        limits += (organisation.riskNotes + service.riskNotes).map(ReferralLimit.risk)
        return (signals, limits, needsCovered)
    }

    /// Whether the programme answers fast enough for `level` (true), is known to be too slow
    /// (false), or nothing can be said (nil).
    static func urgencyFit(_ level: DefenderProfile.UrgencyLevel, _ urgency: Urgency?) -> Bool? {
        let day = 24 * 60
        let emergency = urgency?.emergency ?? false
        let first = urgency?.firstResponse?.minutes
        let decision = urgency?.decision?.minutes
        switch level {
        case .immediate:
            if emergency || (first ?? .max) <= day { return true }
            if let slowest = first ?? decision, slowest > 7 * day { return false }
        case .days:
            if emergency || (first ?? .max) <= 7 * day || (decision ?? .max) <= 7 * day { return true }
            if let decision, decision > 30 * day { return false }
        case .weeks:
            if (decision ?? first ?? .max) <= 30 * day { return true }
            if let decision, decision > 90 * day { return false }
        case .planning:
            return nil
        }
        return nil
    }
}
