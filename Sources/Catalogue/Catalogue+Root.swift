import DirectoryModel

extension Catalogue {
    /// How many round-the-clock channels the root page shows before linking to the full list.
    static let rootEmergencyLines = 3

    /// The first page: emergency numbers first (help is one request away), then search,
    /// referral, browsing and the language choice.
    func rootPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.text(UIText.tagline(l)), .blank, .heading(UIText.emergencyNow(l))]
        blocks += emergencyLines().prefix(Catalogue.rootEmergencyLines).map { emergencyLineField($0, l) }
        blocks.append(.link(label: UIText.allEmergency(l), route: .emergency))
        blocks.append(.blank)
        blocks.append(.query(label: UIText.search(l), route: .search(nil)))
        blocks += referralEntries(l)
        blocks += [
            .link(label: UIText.browseRegion(l), route: .regions),
            .link(label: UIText.browseService(l), route: .services),
            .link(label: UIText.browseGroup(l), route: .beneficiaries),
            .link(label: UIText.browseKind(l), route: .kinds),
            .link(label: UIText.browseAZ(l), route: .azIndex),
            .link(label: UIText.about(l), route: .about),
            .blank,
        ]
        for other in UILanguage.allCases where other != l {
            blocks.append(.language(other))
        }
        return Page(language: l, title: UIText.siteTitle(l), blocks: blocks)
    }

    /// Every round-the-clock line first (the root's rule, all of them), then every current
    /// emergency channel: worldwide ones, then by defender region and country
    /// (``emergencyGroups(_:)``), each country linked to its page, whose emergency block puts
    /// that country's own channels first.
    func emergencyPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.heading(UIText.emergencyNow(l))]
        blocks += emergencyLines().map { emergencyLineField($0, l) }
        blocks += [.blank, .text(UIText.emergencyIntro(l))]
        blocks.append(.link(label: UIText.emergencyCountryLink(l), route: .regions))
        blocks += emergencyGroups(l)
        return Page(language: l, title: UIText.emergencyTitle(l), blocks: blocks)
    }

    /// A round-the-clock line as a field: the organisation that runs it and how, the value, the
    /// hours and the languages it answers in.
    func emergencyLineField(_ line: EmergencyLine, _ l: UILanguage) -> Page.Block {
        let type = directory.vocabularies.contactTypes.label(line.type, l)
        let runner = line.organisationIDs.first.flatMap { directory.organisation($0)?.name.resolved(l) } ?? ""
        var note: [String] = []
        if line.hours == Contact.aroundTheClock {
            note.append(UIText.hoursAroundTheClock(l))
        } else if let text = line.hoursText {
            note.append(Catalogue.localized(text, l))
        } else if let hours = line.hours {
            note.append(Catalogue.availabilityWords(hours, l))
        }
        if !line.languages.isEmpty { note.append(UIText.answersIn(l, languageNames(line.languages, l))) }
        return .field(label: runner + " (" + type + ")", value: line.value, note: note.isEmpty ? nil : note.joined(separator: " · "),
                      target: ContactLink.target(type: line.type, value: line.value))
    }

    /// What Sanad is, the directory's version, how to report an error, privacy.
    func aboutPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.text(UIText.aboutText(l)), .blank, .text(UIText.privacyText(l)), .blank]
        blocks.append(.heading(UIText.reportErrors(l)))
        blocks.append(.text(site.reportErrors ?? UIText.reportErrorsDefault(l)))
        blocks.append(.blank)
        let count = directory.organisations.count
        var version = CountedText.entries(count, l)
        if let v = directory.version {
            version += [v.commit.map { " · git " + String($0.prefix(12)) }, v.date.map { " · " + $0 }].compactMap { $0 }.joined()
        }
        blocks.append(.field(label: UIText.directoryVersion(l), value: version, note: nil))
        // Trust (issue 25): the verified release, and a freeze said out loud.
        if let release = directory.release {
            blocks.append(.field(label: TrustText.release(l), value: "\(release.serial) · \(release.date)", note: nil))
            if release.isStale(today: today(), afterDays: site.staleAfterDays) {
                blocks.append(.text(TrustText.stale(l, date: release.date, days: site.staleAfterDays)))
            }
        }
        blocks.append(.link(label: TrustText.pocketTitle(l), route: .pocket))
        blocks += statisticsBlocks(l)
        // Issue 26: the share of current contacts found on their live source in the last year.
        let current = directory.organisations.flatMap(\.allContacts).filter(\.isCurrent)
        let t = today(), yearAgo = CalendarDate(year: t.year - 1, month: t.month, day: t.month == 2 && t.day == 29 ? 28 : t.day)
        let recent = current.filter { ($0.checked ?? CalendarDate(year: 1, month: 1, day: 1)) >= yearAgo }.count
        let percent = current.isEmpty ? 0 : recent * 100 / current.count
        blocks.append(.field(label: UIText.contactsChecked(l), value: "\(recent) / \(current.count) (\(percent)%)", note: nil))
        return Page(language: l, title: UIText.about(l), blocks: blocks, isDocument: true)
    }

    /// Gopher's caps.txt: what this server is and how its selectors behave.
    func capsPage() -> Page {
        var lines = [
            "CAPS", "", "CapsVersion=1", "ExpireCapsAfter=3600", "PathDelimeter=/", "PathIdentity=.",
            "PathParent=..", "PathParentDouble=FALSE", "PathEscapeCharacter=\\", "PathKeepPreDelimeter=FALSE",
            "ServerSoftware=Sanad", "ServerDescription=Directory and referral service for human rights defenders at risk",
            "DefaultEncoding=UTF-8",
        ]
        if let host = site.publicHost { lines.append("ServerHost=\(host)") }
        return Page(language: .en, title: "", blocks: lines.map { .text($0) }, isDocument: true)
    }

    /// The two ways into a referral, together wherever one is offered: words in one box, or
    /// the interview, one question at a time.
    func referralEntries(_ l: UILanguage) -> [Page.Block] {
        [.query(label: UIText.refer(l), route: .refer(nil)), .link(label: UIText.interviewStart(l), route: .interview(InterviewPath()))]
    }

    /// The name of a UI language in that language, for the language choice.
    public static func languageName(_ language: UILanguage) -> String {
        switch language {
        case .en: return "English"
        case .fr: return "Français"
        case .es: return "Español"
        case .ar: return "العربية"
        }
    }
}
