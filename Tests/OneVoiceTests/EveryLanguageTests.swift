import Catalogue
import DirectoryModel
import Foundation
import Testing

/// Issue 21's done-when checks over the real directory: every page of every front in every
/// language carries no text in another language (names and values aside), and every phone
/// number on every Arabic page reads in its logical order when laid out right to left.
@Suite("Every word in the page's language, every number readable in Arabic")
struct EveryLanguageTests {
    /// Words that mark a line as English in a French or Spanish page: frequent English words
    /// that are not French or Spanish words.
    static let englishWords: Set<String> = [
        "the", "and", "of", "with", "from", "which", "who", "this", "that", "their", "your", "you", "will",
        "has", "have", "was", "were", "within", "after", "is", "are", "only", "be", "by", "should", "not",
        "or", "for", "to", "it", "its", "can", "may", "any", "but", "must", "need", "needs", "working", "journalist",
        "journalists", "emergency", "office", "request", "requests", "grants", "human", "rights", "defenders", "line",
        "hours", "days", "weeks", "kept",
    ]

    /// Small French and Spanish words, which a sentence in the page's language is full of.
    static let frenchWords: Set<String> = ["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "par", "sur", "avec", "qui", "que", "en", "au", "aux", "ne", "pas", "ou", "son", "sa", "ses", "l'", "d'"]
    static let spanishWords: Set<String> = ["el", "la", "los", "las", "de", "del", "y", "es", "una", "un", "para", "en", "por", "con", "que", "se", "al", "no", "o", "su", "sus", "lo"]

    /// Names and values, which stay as they are in every language (longest first, so a long name
    /// is removed before a shorter one inside it).
    static func namesAndValues(_ directory: Directory) -> [String] {
        var all = Set<String>()
        for org in directory.organisations {
            all.formUnion(org.name.allValues)
            all.formUnion(org.alternateNames)
            all.formUnion(org.provenance.sources)
            if let website = org.website { all.insert(website) }
            if let onion = org.onion { all.insert(onion) }
            for service in org.services { all.formUnion(service.name.allValues) }
            for contact in org.allContacts {
                all.formUnion([contact.value, contact.source] + [contact.printed, contact.pgp].compactMap { $0 })
            }
        }
        for body in directory.regions.bodies { all.formUnion(body.name.allValues) }
        return all.filter { $0.count > 2 }.sorted { $0.count > $1.count }
    }

    /// Why `line` is not in `language` (nil when it is, or is only names and values).
    static func foreignText(_ line: String, _ language: UILanguage, names: [String]) -> String? {
        guard language != .en else { return nil }
        var text = BidiIsolation.strip(line)
        func suspicious(_ text: String) -> Bool {
            let words = text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
            switch language {
            case .ar:
                guard !text.contains(where: BidiIsolation.isRightToLeft) else { return false }
                return words.filter { $0.count >= 3 && $0.allSatisfy { $0.isASCII } }.count >= 3
            default:
                // English words dominate: a French or Spanish sentence that names an English
                // organisation keeps more of its own small words than the name brings.
                let english = words.filter(englishWords.contains).count
                let own = words.filter((language == .fr ? frenchWords : spanishWords).contains).count
                return Set(words).intersection(englishWords).count >= 2 && english > own
            }
        }
        guard suspicious(text) else { return nil }
        for name in names where text.contains(name) { text = text.replacingOccurrences(of: name, with: " ") }
        // URLs, addresses and codes are values.
        text = text.split(separator: " ").filter { !$0.contains("://") && !$0.contains("@") && !$0.contains("/") }.joined(separator: " ")
        return suspicious(text) ? text : nil
    }

    @Test("No text block in another language than the page's, on every page of every front in every language")
    func crawl() throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        let names = Self.namesAndValues(directory)
        var failures: [String] = []
        var pages = 0
        for language in UILanguage.allCases where language != .en {
            // Most lines recur on many pages (headings, labels, an organisation's texts on its
            // page and in every referral): each distinct line is judged once.
            var verdicts: [String: String?] = [:]
            for (route, page) in EveryLanguageCrawl.pages(catalogue, language) {
                pages += 1
                // The page itself: a block tagged as another language is a gap in the data.
                for case .foreign(let code, _) in page.blocks {
                    failures.append("\(route.path(language)): a block in \(code)")
                }
                for front in EveryLanguageCrawl.fronts {
                    for line in front.lines(page) {
                        let verdict = verdicts[line] ?? {
                            let found = Self.foreignText(line, language, names: names)
                            verdicts[line] = found
                            return found
                        }()
                        if let why = verdict {
                            failures.append("\(front.name) \(route.path(language)): \(why)")
                        }
                    }
                }
            }
        }
        #expect(pages > 1000, "the crawl reached \(pages) pages")
        #expect(failures.isEmpty, "\(failures.count) lines in another language, e.g.:\n\(failures.prefix(30).joined(separator: "\n"))")
    }

    @Test("The crawl's detector finds English on a Spanish page and Latin text on an Arabic page")
    func detectorCanFail() {
        #expect(Self.foreignText("Condición: A working journalist or a media organisation.", .es, names: []) != nil)
        #expect(Self.foreignText("Consentimiento: Information you send is kept confidential", .es, names: []) != nil)
        #expect(Self.foreignText("شرط: The need cannot be fully supported", .ar, names: []) == nil)  // mixed: names may be Latin
        #expect(Self.foreignText("The need cannot be fully supported by another organisation.", .ar, names: []) != nil)
        #expect(Self.foreignText("Committee to Protect Journalists", .es, names: ["Committee to Protect Journalists"]) == nil)
        #expect(Self.foreignText("Condición: Trabaja de forma no violenta.", .es, names: []) == nil)
    }

    @Test("Every phone number on every Arabic page of every front reads in logical order when laid out right to left (fribidi)")
    func bidi() throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        let phones = Set(directory.organisations.flatMap(\.allContacts).filter { $0.type == "phone" || $0.type == "fax" }.map(\.value))
        var checked = 0
        var failures: [String] = []
        let arabicPages = EveryLanguageCrawl.pages(catalogue, .ar)
        var fronts = EveryLanguageCrawl.fronts
        fronts.append(.init(name: "pocket") { $0.plainTextLines() })
        for front in fronts {
            var logical: [String] = []
            var origin: [String] = []
            let pages = front.name == "pocket" ? [(route: Route.pocket, page: try catalogue.page(.pocket, language: .ar))] : arabicPages
            for (route, page) in pages {
                for line in front.lines(page) where phones.contains(where: { line.contains($0) }) {
                    logical.append(line)
                    origin.append(route.path(.ar))
                }
            }
            let visual = try Self.fribidiRightToLeft(logical)
            #expect(visual.count == logical.count)
            for (index, line) in logical.enumerated() where index < visual.count {
                for phone in phones where BidiIsolation.strip(line).contains(phone) {
                    checked += 1
                    if !visual[index].contains(phone) {
                        failures.append("\(front.name) \(origin[index]): \(phone) shows as \(visual[index])")
                    }
                }
            }
        }
        #expect(checked > 100, "\(checked) numbers checked")
        #expect(failures.isEmpty, "\(failures.count) numbers reversed, e.g.:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test("Without isolation fribidi does reverse a number inside Arabic text (the bidi test can fail)")
    func bidiTestCanFail() throws {
        let visual = try Self.fribidiRightToLeft(["هاتف +353 1 21 00 489 طوارئ", BidiIsolation.isolate("هاتف +353 1 21 00 489 طوارئ")])
        #expect(visual.count == 2)
        #expect(visual.first?.contains("+353 1 21 00 489") == false)
        #expect(visual.last?.contains("+353 1 21 00 489") == true)
    }

    /// The lines laid out by fribidi (Debian's libfribidi-bin, installed by script/bootstrap)
    /// with a right-to-left paragraph direction, explicit marks removed, one line per line.
    static func fribidiRightToLeft(_ lines: [String]) throws -> [String] {
        guard !lines.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fribidi")
        process.arguments = ["--rtl", "--nopad", "--nobreak", "--clean", "--charset", "UTF-8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread so a large page cannot fill both pipes.
        let data = Data((lines.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n").utf8)
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: result, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
