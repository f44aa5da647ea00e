import DirectoryModel

extension Catalogue {
    /// How many round-the-clock channels the root page shows before linking to the full list.
    static let rootEmergencyLines = 3

    /// The first page: emergency numbers first (help is one request away), then search,
    /// referral, browsing and the language choice.
    func rootPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.text(UIText.tagline(l)), .blank, .heading(UIText.emergencyNow(l))]
        for line in emergencyLines().prefix(Catalogue.rootEmergencyLines) {
            let type = directory.vocabularies.contactTypes.label(line.type, l)
            blocks.append(.field(label: line.names(l, in: self) + " (" + type + ")", value: line.value, note: line.hours))
        }
        blocks.append(.link(label: UIText.allEmergency(l), route: .emergency))
        blocks.append(.blank)
        blocks.append(.query(label: UIText.search(l), route: .search(nil)))
        if referralEnabled {
            blocks.append(.query(label: UIText.refer(l), route: .refer(nil)))
        }
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

    /// Every current emergency channel, grouped by organisation.
    func emergencyPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.text(UIText.emergencyIntro(l))]
        for org in directory.organisations where org.status == .active {
            let channels = Catalogue.emergencyContacts(of: org)
            guard !channels.isEmpty else { continue }
            blocks.append(.blank)
            blocks.append(.heading(org.name.resolved(l)))
            for contact in channels {
                blocks.append(contactField(contact, org: org, l))
            }
            blocks.append(.link(label: org.name.resolved(l), route: .organisation(org.id)))
        }
        return Page(language: l, title: UIText.emergencyTitle(l), blocks: blocks)
    }

    /// What Sanad is, the directory's version, how to report an error, privacy.
    func aboutPage(_ l: UILanguage) -> Page {
        var blocks: [Page.Block] = [.text(UIText.aboutText(l)), .blank, .text(UIText.privacyText(l)), .blank]
        blocks.append(.heading(UIText.reportErrors(l)))
        blocks.append(.text(site.reportErrors ?? UIText.reportErrorsDefault(l)))
        blocks.append(.blank)
        let count = directory.organisations.count
        var version = "\(count) \(UIText.entries(l))"
        if let v = directory.version {
            version += [v.commit.map { " · git " + String($0.prefix(12)) }, v.date.map { " · " + $0 }].compactMap { $0 }.joined()
        }
        blocks.append(.field(label: UIText.directoryVersion(l), value: version, note: nil))
        blocks += statisticsBlocks(l)
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

    /// Whether the referral entry points are offered (the engine is present).
    var referralEnabled: Bool { true }

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
