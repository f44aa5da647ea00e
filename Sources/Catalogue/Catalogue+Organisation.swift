import DirectoryModel

extension Catalogue {
    /// One organisation as a text document: what it is, each programme with its contacts
    /// (source and date on each), the safe first step, warnings, and older details last.
    func organisationPage(_ id: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        guard let org = directory.organisation(id) else { throw .notFound }
        let vocab = directory.vocabularies
        var blocks: [Page.Block] = []
        var facts = [UIText.kind(l) + ": " + vocab.kinds.label(org.kind, l)]
        if org.status == .inactive {
            facts.append(UIText.status(l) + ": " + UIText.inactive(l) + (org.statusNote.map { " (" + Catalogue.localized($0, l) + ")" } ?? ""))
        }
        blocks.append(.text(facts.joined(separator: "\n")))
        if let description = org.description { blocks.append(textBlock("", description, l)) }
        // A source's warning about the reader's own safety comes before any way to make contact.
        blocks += safetyWarnings(org.safetyWarnings, l)
        if let website = org.website {
            blocks.append(.field(label: UIText.website(l), value: website, note: nil, target: ContactLink.target(type: ContactTypes.website, value: website)))
        }
        if let onion = org.onion { blocks.append(.field(label: UIText.onion(l), value: onion, note: nil, target: ContactLink.target(type: ContactTypes.onion, value: onion))) }
        let parents = org.partOf.compactMap { directory.organisation($0)?.name.resolved(l) }
        if !parents.isEmpty { blocks.append(.text(UIText.partOf(l) + ": " + l.list(parents))) }
        if !org.riskNotes.isEmpty {
            blocks.append(.heading(UIText.riskNotes(l)))
            blocks += org.riskNotes.map { textBlock("- ", $0, l) }
        }
        let current = org.contacts.filter(\.isCurrent)
        if !current.isEmpty {
            blocks.append(.heading(UIText.contacts(l)))
            blocks += current.map { contactField($0, org: org, l) }
        }
        for service in org.services {
            blocks += serviceBlocks(service, org: org, l)
        }
        let unconfirmed = org.allContacts.filter { !$0.historical && $0.unconfirmed != nil }
        if !unconfirmed.isEmpty {
            blocks.append(.heading(UIText.unconfirmedHeading(l)))
            blocks += unconfirmed.map { contactField($0, org: org, l) }
        }
        let historical = org.allContacts.filter(\.historical)
        if !historical.isEmpty {
            blocks.append(.heading(UIText.historicalHeading(l)))
            blocks.append(.text(UIText.historicalNote(l)))
            blocks += historical.map { contactField($0, org: org, l) }
        }
        blocks.append(.heading(UIText.sources(l)))
        blocks += org.provenance.sources.map { .item($0) }
        return Page(language: l, title: org.name.resolved(l), blocks: blocks, isDocument: true)
    }

    private func serviceBlocks(_ service: Service, org: Organisation, _ l: UILanguage) -> [Page.Block] {
        let vocab = directory.vocabularies
        var blocks: [Page.Block] = [.heading(service.name.resolved(l))]
        var lines: [String] = []
        if service.status == .inactive {
            lines.append(UIText.status(l) + ": " + UIText.inactive(l) + (service.statusNote.map { " (" + Catalogue.localized($0, l) + ")" } ?? ""))
        }
        if let description = service.description { lines.append(Catalogue.localized(description, l)) }
        if !service.types.isEmpty { lines.append(UIText.types(l) + ": " + l.list(service.types.map { vocab.services.label($0, l) })) }
        if !service.beneficiaries.isEmpty { lines.append(UIText.forWhom(l) + ": " + l.list(service.beneficiaries.map { vocab.beneficiaries.label($0, l) })) }
        if let coverage = service.coverage { lines.append(UIText.coverage(l) + ": " + coverageText(coverage, l)) }
        if !service.languages.isEmpty { lines.append(UIText.languagesLabel(l) + ": " + languageNames(service.languages, l)) }
        if let availability = service.availability { lines.append(UIText.availability(l) + ": " + Catalogue.availabilityWords(availability, l)) }
        if let urgency = service.urgency, let speed = urgencyText(urgency, l) { lines.append(UIText.urgency(l) + ": " + speed) }
        if let funding = service.funding {
            lines.append(UIText.funding(l) + " " + Catalogue.amount(funding.maximum) + " " + funding.currency + (funding.note.map { " (" + Catalogue.localized($0, l) + ")" } ?? ""))
        }
        if !lines.isEmpty { blocks.append(.text(lines.joined(separator: "\n"))) }
        blocks += safetyWarnings(service.safetyWarnings, l)
        for must in service.must { blocks.append(textBlock(UIText.mustLabel(l) + ": ", must, l)) }
        for excluded in service.excludes { blocks.append(textBlock(UIText.excludesLabel(l) + ": ", excluded, l)) }
        blocks += service.riskNotes.map { textBlock(UIText.riskNotes(l) + ": ", $0, l) }
        blocks += service.contacts.filter(\.isCurrent).map { contactField($0, org: org, l) }
        if service.status == .active {
            blocks.append(textBlock(UIText.safeFirstStep(l) + ": ", SafeFirstStep.forService(service), l))
        }
        if let intake = service.intake {
            for item in intake.prepare { blocks.append(textBlock(UIText.prepare(l) + ": ", item, l)) }
            if let consent = intake.consent { blocks.append(textBlock(UIText.consent(l) + ": ", consent, l)) }
        }
        return blocks
    }

    /// Coverage in words: "Worldwide", or the names of countries, regions and bodies.
    func coverageText(_ coverage: Coverage, _ l: UILanguage) -> String {
        func name(_ entry: String) -> String {
            let regions = directory.regions
            if entry == Coverage.globalCode { return UIText.worldwide(l) }
            if entry.hasPrefix(Coverage.regionPrefix) {
                let code = String(entry.dropFirst(Coverage.regionPrefix.count))
                return regions.region(code)?.name.resolved(l) ?? code
            }
            if entry.hasPrefix(Coverage.bodyPrefix) {
                let code = String(entry.dropFirst(Coverage.bodyPrefix.count))
                return regions.body(code)?.name.resolved(l) ?? code
            }
            return regions.country(entry)?.name.resolved(l) ?? entry
        }
        var text = l.list(coverage.include.map(name))
        if !coverage.exclude.isEmpty { text += " − " + l.list(coverage.exclude.map(name)) }
        if let note = coverage.note { text += " (" + Catalogue.localized(note, l) + ")" }
        return text
    }

    func urgencyText(_ urgency: Urgency, _ l: UILanguage) -> String? {
        var parts: [String] = []
        if urgency.emergency { parts.append(UIText.emergencyChannel(l)) }
        if let d = urgency.firstResponse { parts.append(UIText.firstResponse(l) + " " + Catalogue.durationText(d, l)) }
        if let d = urgency.decision { parts.append(UIText.decision(l) + " " + Catalogue.durationText(d, l)) }
        if let d = urgency.funds { parts.append(UIText.fundsArrive(l) + " " + Catalogue.durationText(d, l)) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// A duration in the largest whole unit that fits: minutes, hours, days or weeks, the noun
    /// agreeing with the number by CLDR's rules (``PluralCategory``).
    public static func durationText(_ duration: ISODuration, _ l: UILanguage) -> String {
        let m = duration.minutes
        if m % (7 * 24 * 60) == 0, m > 0 { return CountedText.weeks(m / (7 * 24 * 60), l) }
        if m % (24 * 60) == 0, m >= 48 * 60 { return CountedText.days(m / (24 * 60), l) }
        if m % 60 == 0 { return CountedText.hours(m / 60, l) }
        return CountedText.minutes(m, l)
    }

    /// 7500 → "7,500" (digits grouped the same way in every language, so numbers read alike).
    static func amount(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// Safety warnings as the fronts show them, one paragraph each, labelled.
    func safetyWarnings(_ warnings: [LocalizedText], _ l: UILanguage) -> [Page.Block] {
        warnings.map { textBlock(UIText.safetyWarning(l) + ": ", $0, l) }
    }
}
