import DirectoryModel

extension ReferralEngine {
    /// The score of an admitted programme from bit sets alone, for ranking every admitted
    /// programme cheaply. Always equal to the sum of ``signals(_:_:_:_:_:asOf:weights:)``'s points
    /// (a property the tests check); only the results shown get their signals spelt out.
    static func fastScore(_ pointer: UnsafePointer<ReferralIndex.Entry>, _ candidate: Candidate, _ c: borrowing Context, asOf: CalendarDate, weights w: ScoreWeights) -> (score: Int, needs: Int) {
        var score = 0
        var needs = 0
        if let primary = c.primaryNeed {
            if pointer.pointee.types.contains(primary) {
                score += w.primaryNeed
                needs += 1
            } else if pointer.pointee.types.intersects(c.primaryBroader) {
                score += w.broaderNeed
            }
            let further = pointer.pointee.types.intersection(c.furtherNeeds).count
            score += further * w.furtherNeed
            needs += further
        } else if !c.inferred.isEmpty {
            needs = pointer.pointee.types.intersection(c.inferred).count
            score += min(needs, 2) * w.answersThreat
        }
        score += min(pointer.pointee.threats.intersection(c.threats).count, 3) * w.threat
        if pointer.pointee.groups.intersects(c.specificGroups) { score += w.group }
        if c.country != nil {
            if let coverage = pointer.pointee.coverage {
                switch coverage.specificity(c.country!) {
                case 3: score += w.coverageCountry
                case 2: score += w.coverageRegion
                case 1: score += w.coverageGlobal
                default: break
                }
            } else {
                score += w.coverageUnknown
            }
        }
        if pointer.pointee.languages.intersects(c.languages) { score += w.language }
        score += candidate.failures.nonzeroBitCount * w.relaxed
        if let level = c.urgencyPosition {
            switch pointer.pointee.urgencyFit(level) {
            case 1: score += w.urgencyFit
            case -1: score += w.urgencyMismatch
            default: break
            }
        }
        if c.channels.isEmpty ? !pointer.pointee.secureTypes.isEmpty : pointer.pointee.secureTypes.intersects(c.channels) { score += w.secureChannel }
        score += pointer.pointee.checked.flatMap { freshness($0, asOf: asOf, weights: w) }?.points ?? 0
        return (score, needs)
    }

    /// The freshness signal from contacts' `checked` dates only (never the source's date), if any:
    /// checked within six months (full weight) or twelve (half),
    /// or stale after 24.
    static func freshness(_ verified: CalendarDate, asOf: CalendarDate, weights w: ScoreWeights) -> Signal? {
        let age = verified.months(until: asOf)
        if age <= 6 { return Signal(.fresh, w.fresh) }
        if age <= 12 { return Signal(.fresh, w.fresh / 2) }
        if age > 24 { return Signal(.stale, w.stale) }
        return nil
    }

    /// The signals and limits of an admitted programme. Every signal's subject is a code the
    /// user gave (a need, threat, group, language or the country), never anything else.
    static func signals(
        _ entry: ReferralIndex.Entry, _ organisation: Organisation, _ service: Service, _ candidate: Candidate, _ c: Context,
        asOf: CalendarDate, weights w: ScoreWeights
    ) -> (signals: [Signal], limits: [ReferralLimit], needsCovered: Int) {
        let profile = c.profile
        var signals: [Signal] = []
        var limits: [ReferralLimit] = []
        var needsCovered = 0
        let types = Set(ReferralEngine.types(of: service))

        if let primary = profile.primaryNeed {
            if types.contains(primary) {
                signals.append(Signal(.primaryNeed, w.primaryNeed, subject: primary))
                needsCovered += 1
            } else if let broader = ThreatKinds.broaderNeeds[primary]?.first(where: types.contains) {
                signals.append(Signal(.broaderNeed, w.broaderNeed, subject: broader))
            }
            for need in uniqued(profile.needs).dropFirst() where need != primary && types.contains(need) {
                signals.append(Signal(.furtherNeed, w.furtherNeed, subject: need))
                needsCovered += 1
            }
        } else {
            for need in c.inferredNeeds where types.contains(need) {
                needsCovered += 1
                guard needsCovered <= 2 else { continue }
                let threat = profile.threats.first { ThreatKinds.answers[$0]?.contains(need) ?? false }
                signals.append(Signal(.answersThreat, w.answersThreat, subject: need, threat: threat))
            }
        }
        for threat in uniqued(profile.threats).filter(service.threats.contains).prefix(3) {
            signals.append(Signal(.threat, w.threat, subject: threat))
        }
        if let group = profile.who.first(where: { $0 != "hrd" && service.beneficiaries.contains($0) }) {
            signals.append(Signal(.group, w.group, subject: group))
        }
        if let country = profile.country, let number = c.country {
            if let coverage = entry.coverage {
                switch coverage.specificity(number) {
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
        } else if candidate.failures & Fail.language != 0 {
            limits.append(.otherLanguages(service.languages))
        }
        if candidate.failures & Fail.group != 0 { limits.append(.otherGroups(service.beneficiaries)) }
        for code in candidate.codes {
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
        if let checked = contacts.lastChecked, let fresh = freshness(checked, asOf: asOf, weights: w) { signals.append(fresh) }
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

    /// The service types a programme answers for: its own, plus `emergency_response` for a
    /// programme that takes emergencies (`urgency: {emergency: true}`), so a journalist in
    /// immediate danger is offered every programme that acts in an emergency, not only those typed so.
    /// A digital-only helpline is not (its emergencies are digital; it is pinned for digital threats).
    static func types(of service: Service) -> [String] {
        guard service.urgency?.emergency == true, !service.types.contains("emergency_response"),
              !service.types.allSatisfy(ThreatKinds.digitalServices.contains) else { return service.types }
        return service.types + ["emergency_response"]
    }

    static func uniqued(_ codes: [String]) -> [String] {
        var out: [String] = []
        for code in codes where !out.contains(code) { out.append(code) }
        return out
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
