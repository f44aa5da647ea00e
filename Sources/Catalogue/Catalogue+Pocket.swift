import DirectoryModel

extension Catalogue {
    /// The namespace bundle signatures are made in (`ssh-keygen -Y sign -n sanad-bundle`).
    public static let bundleNamespace = "sanad-bundle"

    /// The pocket directory in `language`: the whole directory as one plain-text file small
    /// enough to send by messenger (aim: under 100 KB, 30 KB gzipped), with the same words as
    /// the fronts. `date` is the day the bundle is made for.
    ///
    /// In order: how to check it by hand, the emergency contacts, then every organisation: its
    /// kind, website, programmes (what, for whom, where) and every current contact with its
    /// source and date. To stay small it leaves out what a page says at length and a contact
    /// list does not need: descriptions, coverage notes, links, unconfirmed and historical
    /// details (never in a bundle, issue 17), and repetition: the common safe first step is said
    /// once, and each source address once, in a numbered list at the end that contacts cite as
    /// `[n]`. Paragraphs are not wrapped (phones wrap them; a URL or number broken across lines
    /// cannot be copied); headings are `#` and `##` lines rather than underlines.
    public func pocketDirectory(_ l: UILanguage, date: CalendarDate, width: Int = TextWrapper.maximumWidth) -> String {
        var writer = PocketWriter(language: l, width: width)
        writer.header(TrustText.pocketTitle(l))
        writer.paragraph(TrustText.pocketIntro(l))
        writer.blank()
        // No git commit: the bundle is committed with the release it describes, so it cannot
        // name that commit; the same files and date always give the same bytes.
        var version = CountedText.entries(directory.organisations.count, l) + " · \(date)"
        if let release = directory.release { version += " · \(TrustText.release(l)) \(release.serial) (\(release.date))" }
        writer.paragraph(UIText.directoryVersion(l) + ": " + version)
        writer.blank()
        writer.heading(TrustText.pocketVerifyHeading(l))
        writer.paragraph(TrustText.pocketVerify(l))
        let file = "sanad-\(l.rawValue).txt"
        writer.line("  ssh-keygen -Y find-principals -s \(file).sig -f allowed_signers")
        writer.line("  ssh-keygen -Y verify -f allowed_signers -I NAME -n \(Catalogue.bundleNamespace) -s \(file).sig < \(file)")
        writer.line("  sanad verify \(file) --signature \(file).sig --allowed-signers allowed_signers")
        writer.paragraph(TrustText.pocketVerifyResult(l))
        writer.blank()
        writer.page(Catalogue.pocket(emergencyPage(l), l, omitting: []))
        writer.blank()
        writer.header(TrustText.pocketContents(l))
        // Said once here, and left out of every programme that gives the same step.
        let commonStep = UIText.safeFirstStep(l) + ": " + SafeFirstStep.default.resolved(l)
        writer.paragraph(commonStep)
        let sorted = directory.organisations.sorted { $0.name.resolved(l).lowercased() < $1.name.resolved(l).lowercased() }
        for org in sorted {
            guard let page = try? organisationPage(org.id, l) else { continue }
            writer.blank()
            writer.page(Catalogue.pocket(page, l, omitting: Self.pocketOmissions(org, l, commonStep: commonStep)))
        }
        writer.sourceList(heading: UIText.sources(l))
        return writer.text
    }

    /// What an organisation's page says at length that the pocket directory leaves out: the
    /// descriptions, the coverage notes (the countries stay), and the common safe first step.
    static func pocketOmissions(_ org: Organisation, _ l: UILanguage, commonStep: String) -> Set<String> {
        var omitted: Set<String> = [commonStep]
        if let description = org.description { omitted.insert(description.resolved(l)) }
        for service in org.services {
            if let description = service.description { omitted.insert(description.resolved(l)) }
            if let note = service.coverage?.note { omitted.insert(" (" + note.resolved(l) + ")") }
        }
        return omitted
    }

    /// Lines a page gives that a contact list can do without, by their labels: the kind of
    /// organisation, and a programme's public, languages, conditions, exclusions, what to have
    /// ready and consent (the fronts show them; the programme's name, help and countries stay).
    static func pocketOmittedLabels(_ l: UILanguage) -> [String] {
        [UIText.kind, .forWhom, .languagesLabel, .mustLabel, .excludesLabel, .prepare, .consent].map { $0(l) + ": " }
    }

    /// A page as the pocket directory prints it: a file has nowhere to link to, so links go;
    /// each contact carries its source, so the entry's closing list of sources goes, as do
    /// the unconfirmed and historical details; a paragraph (or a line of one, or a phrase such
    /// as a coverage note) in `omitting` is left out, and one said twice on a page is said once.
    static func pocket(_ page: Page, _ l: UILanguage, omitting: Set<String>) -> Page {
        var page = page
        var blocks: [Page.Block] = []
        var skipping = false
        var said = Set<String>()
        let dropped: Set<String> = [UIText.sources(l), UIText.unconfirmedHeading(l), UIText.historicalHeading(l)]
        let phrases = omitting.filter { $0.hasPrefix(" (") }
        let labels = pocketOmittedLabels(l)
        var heading: Page.Block?
        for block in page.blocks.map(\.unwrapped) {
            if case .heading(let text) = block {
                skipping = dropped.contains(text)
                // Held back until the section shows something to keep.
                heading = skipping ? nil : block
                continue
            }
            if skipping { continue }
            var kept: Page.Block?
            switch block {
            case .link, .query, .language, .external:
                continue
            case .text(let text):
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
                    !omitting.contains(line) && !labels.contains(where: { line.hasPrefix($0) })
                }
                for phrase in phrases { lines = lines.map { $0.replacingEvery(phrase, with: "") } }
                let text = lines.joined(separator: "\n")
                if !text.isEmpty, said.insert(text).inserted { kept = .text(text) }
            default:
                kept = block
            }
            guard let kept else { continue }
            if let held = heading { blocks.append(held) }
            heading = nil
            blocks.append(kept)
        }
        page.blocks = blocks
        return page
    }

    /// The pocket directory as a page, so every front can offer it whole (Gopher and Gemini as
    /// a text document to save). The page is today's text, not the maintainer-signed file:
    /// the signed one comes with the release (`bundles/`), and only it can be verified. The
    /// page says so first, and where the signed copy is when this server offers it
    /// (``SiteInfo/signedPocket``: `/LANG/pocket.txt` and `.sig`, on Gemini and the web).
    func pocketPage(_ l: UILanguage) -> Page {
        let served = site.signedPocket
            ? TrustText.pocketServedSigned(l).replacingEvery("%1", with: "/\(l.rawValue)/pocket.txt")
                .replacingEvery("%2", with: "/\(l.rawValue)/pocket.txt.sig")
            : TrustText.pocketServedUnsigned(l)
        let lines = pocketDirectory(l, date: today()).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let blocks: [Page.Block] = [.text(served), .blank] + lines.map { $0.isEmpty ? .blank : .text(String($0)) }
        return Page(language: l, title: "", blocks: blocks, isDocument: true)
    }
}

extension String {
    /// This text with every occurrence of `target` replaced (no Foundation in this module).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
