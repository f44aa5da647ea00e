import DirectoryModel

extension ReferralIndex {
    /// One programme, compiled.
    struct Entry: Sendable {
        let organisation: Int
        let service: Int
        /// Position of the programme's id among its organisation's programme ids (a tie-breaker).
        let serviceRank: Int
        /// Both the organisation and the programme are active.
        let active: Bool
        /// A mechanism (by role or by the organisation's kind).
        let mechanism: Bool
        /// A national mechanism: works only in its own country, so coverage is never widened.
        let national: Bool
        /// A regional mechanism (pinned for the countries its coverage names through a body or region).
        let regional: Bool
        let types: Bits
        let groups: Bits
        /// No groups stated, or "any defender" among them.
        let groupsOpen: Bool
        let threats: Bits
        /// Bit 0 self, 1 third party, 2 organisation; 0 when not stated.
        let applicants: UInt8
        let location: Service.Location?
        /// Where the defender may be, as stated: bit 0 in the country, 1 abroad, 2 in exile; 0 when not stated.
        let locations: UInt8
        /// The country number a national body or fund is bound to; -1 when not bound, -2 when
        /// bound to a code the regions do not know (never the defender's).
        let bound: Int
        /// Statuses required that the profile can rule out: bit 0 torture survivor, bit 1 journalist.
        let requires: UInt8
        /// A current contact (not only a website) to reach it by.
        let hasChannel: Bool
        let intake: Intake.Mode?
        /// Empty when not stated.
        let languages: Bits
        let coverage: CompiledCoverage?
        /// A current contact, a website or an onion address to reach it by.
        let reachable: Bool
        /// Types of current contacts, and of the end-to-end encrypted ones.
        let contactTypes: Bits
        let secureTypes: Bits
        /// Two bits per urgency level (immediate, days, weeks, planning): 1 fits, 2 too slow, 0 unknown.
        let urgencyFits: UInt8
        /// Minutes to a first reply: 0 for an emergency programme, Int.max when unknown.
        let firstResponse: Int
        /// The latest `checked` date of the current contacts; nil when none was re-checked.
        let checked: CalendarDate?
        let pin: PinKind

        /// 1 fits, -1 too slow, 0 unknown, for the level at `position` in ``DefenderProfile/UrgencyLevel/allCases``.
        func urgencyFit(_ position: Int) -> Int {
            switch (urgencyFits >> UInt8(2 * position)) & 3 {
            case 1: 1
            case 2: -1
            default: 0
            }
        }
    }

    /// Which pinned block an entry may stand in.
    struct PinKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let emergencyLine = PinKind(rawValue: 1)
        static let digitalHelpline = PinKind(rawValue: 2)
        static let mechanism = PinKind(rawValue: 4)
    }

    /// Coverage resolved to countries once, so a check is a bit test.
    struct CompiledCoverage: Sendable {
        /// Countries named.
        let named: Bits
        /// Countries included through a region or body.
        let grouped: Bits
        let global: Bool
        let excluded: Bits
        /// Countries named or members of a body named: "widening to the region" looks for a
        /// neighbour among these.
        let reach: Bits

        /// 0 not covered, 1 worldwide, 2 through a region or body, 3 by name.
        func specificity(_ country: Int) -> Int {
            if excluded.contains(country) { return 0 }
            if named.contains(country) { return 3 }
            if grouped.contains(country) { return 2 }
            return global ? 1 : 0
        }
    }

    /// Turns organisations and programmes into entries.
    struct EntryCompiler {
        let regions: Regions
        let codes: CodeTables
        /// Country numbers of every region, inner and outer.
        let regionMembers: [String: [Int]]

        func compile(_ organisation: Organisation, _ o: Int, _ service: Service, _ s: Int, rank: Int) -> Entry {
            let current = service.contacts.filter(\.isCurrent) + organisation.contacts.filter(\.isCurrent)
            let mechanismKind = ThreatKinds.mechanismKinds.contains(organisation.kind)
            // Unconfirmed programmes and organisations are shown only on their own page, never referred.
            let active = organisation.status == .active && service.status == .active && service.unconfirmed == nil && organisation.unconfirmed == nil
            let reachable = organisation.website != nil || organisation.onion != nil || !current.isEmpty
            var pin: PinKind = []
            // A national mechanism's own sourced 24-hour line (Colombia's UNP) is one of the
            // country's emergency channels; UN and regional mechanisms are never emergency lines.
            let nationalKind = organisation.kind == "national_mechanism"
            if active, !mechanismKind || nationalKind, !current.isEmpty, EmergencyRule.answersAroundTheClock(service, contacts: current) {
                let digitalOnly = !service.types.isEmpty && service.types.allSatisfy(ThreatKinds.digitalServices.contains)
                if (service.urgency?.emergency ?? false), current.contains(where: \.emergency), !digitalOnly { pin.insert(.emergencyLine) }
                if service.types.contains(where: ThreatKinds.digitalServices.contains) { pin.insert(.digitalHelpline) }
            }
            if active, mechanismKind, reachable { pin.insert(.mechanism) }
            let applicants: UInt8 = CaseBits.bits(service.applicant)
            let emergency = service.urgency?.emergency ?? false
            let locations: UInt8 = CaseBits.bits(service.locations)
            var requires: UInt8 = 0
            for requirement in service.requires {
                switch requirement.status {
                case "torture_survivor": requires |= 1
                case "working_journalist", "freelance_journalist": requires |= 2
                default: break
                }
            }
            return Entry(
                organisation: o, service: s, serviceRank: rank, active: active,
                mechanism: service.role == .mechanism || mechanismKind, national: organisation.kind == "national_mechanism",
                regional: organisation.kind == "regional_mechanism", types: codes.services.bits(ReferralEngine.types(of: service)), groups: codes.groups.bits(service.beneficiaries),
                groupsOpen: service.beneficiaries.isEmpty || service.beneficiaries.contains("hrd"),
                threats: codes.threats.bits(service.threats), applicants: applicants, location: service.location,
                locations: locations, bound: service.boundTo.map { codes.countries.number($0.uppercased()) ?? -2 } ?? -1,
                requires: requires, hasChannel: !current.isEmpty,
                intake: service.intake?.mode, languages: codes.languages.bits(service.languages),
                coverage: service.effectiveCoverage.map(compile), reachable: reachable,
                contactTypes: codes.contactTypes.bits(current.map(\.type)),
                secureTypes: codes.contactTypes.bits(current.filter { $0.security == .e2e }.map(\.type)),
                urgencyFits: DefenderProfile.UrgencyLevel.allCases.enumerated().reduce(0) { packed, item in
                    let fit: UInt8 = switch ReferralEngine.urgencyFit(item.element, service.urgency) {
                    case true?: 1
                    case false?: 2
                    case nil: 0
                    }
                    return packed | fit << UInt8(2 * item.offset)
                },
                firstResponse: emergency ? 0 : service.urgency?.firstResponse?.minutes ?? .max,
                checked: current.lastChecked, pin: pin
            )
        }

        func compile(_ coverage: Coverage) -> CompiledCoverage {
            var named = Bits(), grouped = Bits(), excluded = Bits(), reach = Bits()
            var global = false
            func members(_ entry: String) -> [Int] {
                if entry.hasPrefix(Coverage.regionPrefix) {
                    return regionMembers[String(entry.dropFirst(Coverage.regionPrefix.count))] ?? []
                }
                if entry.hasPrefix(Coverage.bodyPrefix) {
                    return (regions.body(String(entry.dropFirst(Coverage.bodyPrefix.count)))?.members ?? []).compactMap(codes.countries.number)
                }
                return codes.countries.number(entry.uppercased()).map { [$0] } ?? []
            }
            for entry in coverage.include {
                if entry == Coverage.globalCode { global = true; continue }
                let found = members(entry)
                let isGroup = entry.hasPrefix(Coverage.regionPrefix) || entry.hasPrefix(Coverage.bodyPrefix)
                for n in found {
                    if isGroup { grouped.insert(n) } else { named.insert(n) }
                    if !entry.hasPrefix(Coverage.regionPrefix) { reach.insert(n) }
                }
            }
            for entry in coverage.exclude {
                if entry == Coverage.globalCode { excluded = Bits(0..<Bits.capacity); continue }
                for n in members(entry) { excluded.insert(n) }
            }
            return CompiledCoverage(named: named, grouped: grouped, global: global, excluded: excluded, reach: reach)
        }
    }
}
