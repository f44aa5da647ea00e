import DirectoryModel

extension Catalogue {
    /// The namespace bundle signatures are made in (`ssh-keygen -Y sign -n sanad-bundle`).
    public static let bundleNamespace = "sanad-bundle"

    /// The pocket directory in `language`: the whole directory as one plain-text file, with the
    /// same words and pages as the fronts. Paragraphs are not wrapped (phones wrap them; a URL or
    /// number broken across lines cannot be copied). `date` is the day the bundle is made for. How to check it comes first, then the emergency
    /// contacts, then every organisation's page (each contact with its source and date).
    public func pocketDirectory(_ l: UILanguage, date: CalendarDate, width: Int = TextWrapper.maximumWidth) -> String {
        var lines: [String] = []
        let title = TrustText.pocketTitle(l)
        lines += [title, String(repeating: "=", count: min(title.count, width))]
        lines += TextWrapper.wrap(TrustText.pocketIntro(l), width: width)
        lines.append("")
        // No git commit: the bundle is committed with the release it describes, so it cannot
        // name that commit; the same files and date always give the same bytes.
        var version = CountedText.entries(directory.organisations.count, l) + " · \(date)"
        if let release = directory.release { version += " · \(TrustText.release(l)) \(release.serial) (\(release.date))" }
        lines += TextWrapper.wrap(UIText.directoryVersion(l) + ": " + version, width: width)
        lines.append("")
        lines.append(TrustText.pocketVerifyHeading(l))
        lines.append(String(repeating: "-", count: TrustText.pocketVerifyHeading(l).count))
        lines += TextWrapper.wrap(TrustText.pocketVerify(l), width: width)
        let file = "sanad-\(l.rawValue).txt"
        lines.append("  ssh-keygen -Y find-principals -s \(file).sig -f allowed_signers")
        lines.append("  ssh-keygen -Y verify -f allowed_signers -I NAME -n \(Catalogue.bundleNamespace) -s \(file).sig < \(file)")
        lines.append("  sanad verify \(file) --signature \(file).sig --allowed-signers allowed_signers")
        lines += TextWrapper.wrap(TrustText.pocketVerifyResult(l), width: width)
        lines.append("")
        lines += Catalogue.pocket(emergencyPage(l), l).plainTextLines(width: width)
        lines.append("")
        lines += [TrustText.pocketContents(l), String(repeating: "=", count: min(TrustText.pocketContents(l).count, width))]
        let sorted = directory.organisations.sorted { $0.name.resolved(l).lowercased() < $1.name.resolved(l).lowercased() }
        for org in sorted {
            guard let page = try? organisationPage(org.id, l) else { continue }
            lines.append("")
            lines += Catalogue.pocket(page, l).plainTextLines(width: width)
        }
        // Trailing spaces add bytes and nothing else. Arabic lines get their left-to-right runs
        // isolated, as every Arabic page does (``BidiIsolation``).
        return lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return l.isRightToLeft ? BidiIsolation.isolate(line) : line
        }.joined(separator: "\n") + "\n"
    }

    /// A page as the pocket directory prints it: a file has nowhere to link to, and each
    /// contact already carries its source and date, so links and the closing list of the
    /// entry's sources are left out (a fifth of the size), and a paragraph said once on a page
    /// (the same safe first step for every programme) is not repeated.
    static func pocket(_ page: Page, _ l: UILanguage) -> Page {
        var page = page
        var blocks: [Page.Block] = []
        var inSources = false
        var said = Set<String>()
        for block in page.blocks {
            switch block {
            case .heading(let text):
                inSources = text == UIText.sources(l)
                if !inSources { blocks.append(block) }
            case .link, .query, .language:
                continue
            case .item:
                if !inSources { blocks.append(block) }
            case .text(let text):
                if said.insert(text).inserted { blocks.append(block) }
            default:
                blocks.append(block)
            }
        }
        page.blocks = blocks
        return page
    }

    /// The pocket directory as a page, so every front can offer it whole (Gopher and Gemini as
    /// a text document to save). The page is today's text, not the maintainer-signed file:
    /// the signed one comes with the release (`bundles/`), and only it can be verified.
    func pocketPage(_ l: UILanguage) -> Page {
        let lines = pocketDirectory(l, date: today()).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return Page(language: l, title: "", blocks: lines.map { $0.isEmpty ? .blank : .text(String($0)) }, isDocument: true)
    }
}
