import DirectoryModel

extension ReferralReport {
    /// The report as plain text for people: the profile as understood, words not understood,
    /// relaxations, pinned blocks, then the results with reasons, limits, first step, contacts,
    /// source and verification date. Contacts stand on lines of their own. With `all`, the
    /// results past the first page are shown too.
    public func plainText(language: UILanguage, width: Int = 70, all: Bool = false) -> String {
        let words = ReferralText(language: language, vocabularies: vocabularies, regions: regions)
        var out = TextWrapper(width: width)
        out.paragraph(words.phrase("profile") + ": " + profileSummary(words), hang: 2)
        if !ignoredWords.isEmpty {
            out.paragraph(words.phrase("ignored") + ": " + ignoredWords.joined(separator: ", "), hang: 2)
        }
        for relaxation in relaxations { out.paragraph(words.relaxation(relaxation), hang: 2) }
        var reason: PinReason?
        for pin in pinned {
            if pin.reason != reason {
                out.blank()
                out.paragraph("== " + words.pinHeading(pin.reason) + " ==")
                reason = pin.reason
            }
            out.paragraph(pin.organisation.name.resolved(language) + " — " + pin.service.name.resolved(language), hang: 2)
            contacts(pin.contacts, website: pin.organisation.website, words, &out)
            out.paragraph(words.phrase("firstStep") + ": " + pin.firstStep.resolved(language), indent: 2, hang: 2)
            for note in pin.notes { out.paragraph(words.phrase("readFirst") + ": " + note.resolved(language), indent: 2, hang: 2) }
            out.paragraph(words.sourceLine(pin.source, checked: pin.checked), indent: 2, hang: 2)
        }
        out.blank()
        let shown = all ? allResults : results
        if shown.isEmpty {
            out.paragraph(words.phrase("noResults"))
        } else {
            out.paragraph("== " + words.phrase("results", "1–\(shown.count)", String(rankedCount)) + " ==")
        }
        for (index, result) in shown.enumerated() {
            out.blank()
            out.paragraph(
                "\(index + 1). " + result.organisation.name.resolved(language) + " — " + result.service.name.resolved(language)
                    + " (" + words.phrase("score", String(result.score)) + ")", hang: 3)
            out.paragraph(words.phrase("why") + ":", indent: 3)
            for signal in result.signals { out.paragraph("- " + words.signal(signal), indent: 3, hang: 2) }
            if !result.limits.isEmpty {
                out.paragraph(words.phrase("limits") + ":", indent: 3)
                for limit in result.limits { out.paragraph("- " + words.limit(limit), indent: 3, hang: 2) }
            }
            out.paragraph(words.phrase("firstStep") + ": " + result.firstStep.resolved(language), indent: 3, hang: 2)
            contacts(result.contacts, website: result.organisation.website, words, &out, indent: 3)
            out.paragraph(words.sourceLine(result.source, checked: result.checked), indent: 3, hang: 2)
        }
        if rankedCount > shown.count {
            out.blank()
            out.paragraph(words.phrase("more", String(rankedCount - shown.count)))
        }
        return out.text
    }

    /// The answer to "why not `id`?" in one short paragraph.
    public func whyNotText(_ id: String, language: UILanguage, width: Int = 70) -> String {
        let words = ReferralText(language: language, vocabularies: vocabularies, regions: regions)
        var out = TextWrapper(width: width)
        switch whyNot(id) {
        case .pinned(let reason):
            let name = pinned.first { $0.organisation.id == id }?.organisation.name.resolved(language) ?? id
            out.paragraph(words.phrase("whyPinned", name, words.pinHeading(reason)), hang: 2)
        case .ranked(let position):
            let name = index.directory.organisation(id)?.name.resolved(language) ?? id
            out.paragraph(words.phrase("whyRanked", name, String(position)), hang: 2)
        case .excluded(let exclusion):
            out.paragraph(words.phrase("whyExcluded", exclusion.name.resolved(language)), hang: 2)
            if exclusion.services.isEmpty { out.paragraph("- " + words.phrase("whyNoServices"), indent: 2, hang: 2) }
            for service in exclusion.services {
                let reasons = service.codes.map { words.exclusion($0) + " [\($0.rawValue)]" }.joined(separator: "; ")
                out.paragraph("- " + service.name.resolved(language) + ": " + reasons, indent: 2, hang: 2)
            }
        case .unknown(let id):
            out.paragraph(words.phrase("whyUnknown", ProfileError.clip(id)))
        }
        return out.text
    }

    /// The profile as understood, only what was given, in the output language.
    public func profileSummary(_ words: ReferralText) -> String {
        let l = words.language
        var parts: [String] = []
        if let country = profile.country { parts.append(words.phrase("country") + ": " + words.country(country)) }
        if let place = profile.location { parts.append(words.phrase("where") + ": " + words.phrase(place.rawValue)) }
        func list(_ key: String, _ codes: [String], _ label: (String) -> String) {
            if !codes.isEmpty { parts.append(words.phrase(key) + ": " + codes.map(label).joined(separator: ", ")) }
        }
        list("who", profile.who) { vocabularies.beneficiaries.label($0, l) }
        if let applicant = profile.applicant { parts.append(words.phrase("applicant") + ": " + words.phrase(applicant.rawValue)) }
        list("threats", profile.threats) { vocabularies.threats.label($0, l) }
        list("needs", profile.needs) { vocabularies.services.label($0, l) }
        list("languages", profile.languages, words.languageName)
        if let urgency = profile.urgency { parts.append(words.phrase("urgency") + ": " + words.phrase(urgency.rawValue)) }
        list("channels", profile.channels) { vocabularies.contactTypes.label($0, l) }
        if profile.mechanisms { parts.append(words.phrase("mechanisms")) }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }

    /// Contacts as a label line then the value alone on its line; the website when there are none.
    private func contacts(_ contacts: [Contact], website: String?, _ words: ReferralText, _ out: inout TextWrapper, indent: Int = 2) {
        let l = words.language
        out.paragraph(words.phrase("contacts") + ":", indent: indent)
        for contact in contacts {
            var label = [words.vocabularies.contactTypes.label(contact.type, l)]
            if let text = contact.label?.resolved(l) { label.append(text) }
            if let hours = contact.hours { label.append(hours) }
            if let security = contact.security { label.append(security.rawValue) }
            out.paragraph(label.joined(separator: " · "), indent: indent + 2, hang: 2)
            out.value(contact.value, indent: indent + 4)
            if let pgp = contact.pgp { out.value("PGP " + pgp, indent: indent + 4) }
        }
        if let website {
            out.paragraph(words.vocabularies.contactTypes.label("website", l), indent: indent + 2)
            out.value(website, indent: indent + 4)
        } else if contacts.isEmpty {
            out.paragraph(words.phrase("noContact"), indent: indent + 2)
        }
    }
}
