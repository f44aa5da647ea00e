import DirectoryFiles
import DirectoryModel
import Foundation
import Testing

/// One test per rule of the issue-17 schema: each adds a file with one mistake to a copy of the
/// good fixture and expects exactly the problems it causes, at their file:line:column.
@Suite struct LintRuleTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 5)

    /// The problems of the good fixture plus `organisations/x.yaml` with these contacts (in a
    /// service whose other fields are `service`) and organisation fields `fields`, paths relative.
    func problems(contacts: String = "", service: String = "", fields: String = "", edit: ((String) throws -> Void)? = nil) throws -> [String] {
        let root = try Fixture.copyOfGood()
        defer { Fixture.remove(root) }
        let text = """
            id: x
            name: X
            kind: ngo
            \(fields)services:
              - id: s
                name: S
                types: [legal_support]
            \(service.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
                contacts:
            \(contacts.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
            provenance:
              sources: [https://x.example.org]

            """
        try text.replacingOccurrences(of: "\n\n    contacts:", with: "\n    contacts:")
            .replacingOccurrences(of: "    contacts:\n\nprovenance", with: "    contacts: []\nprovenance")
            .write(toFile: "\(root)/organisations/x.yaml", atomically: true, encoding: .utf8)
        try edit?(root)
        // The translation rule has its own test below; these snippets are written in English only.
        let found = DirectoryLoader.load(directory: root, asOf: Self.asOf).problems.map {
            $0.description.replacingOccurrences(of: root + "/", with: "")
        }.filter { !$0.contains(Self.untranslated) }
        return found
    }

    /// The words of the translation warning (issue 21).
    static let untranslated = "is not translated into"

    @Test("A text we write without every UI language warns (so --strict fails); names and 24/7 do not")
    func everyTextNeedsFourLanguages() throws {
        let root = try Fixture.copyOfGood()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/organisations/example-fund.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "id: example-fund\n", with: "id: example-fund\nstatus_note: Closed for now.\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let found = DirectoryLoader.load(directory: root, asOf: Self.asOf).problems.map(\.description).filter { $0.contains(Self.untranslated) }
        #expect(found.count == 1)
        #expect(found.first?.contains("\"status_note\" is not translated into fr, es, ar") == true)
    }

    static let phone = """
        - type: phone
          value: "+33 6 00 00 00 01"
          source: https://x.example.org/contact
        """

    @Test func aCleanFileHasNoProblems() throws {
        #expect(try problems(contacts: Self.phone + "\n  source_date: undated") == [])
    }

    @Test func sourceDateIsRequiredAndInForm() throws {
        #expect(try problems(contacts: Self.phone) == ["organisations/x.yaml:9:9: error: missing required field \"source_date\" in a contact"])
        #expect(try problems(contacts: Self.phone + "\n  source_date: 5 May 2011") == [
            "organisations/x.yaml:12:22: error: \"source_date\" must be a year, a year and month, a date (2011, 2011-05, 2011-05-04) or \"undated\", not \"5 May 2011\"",
        ])
    }

    @Test func checkedIsARealDateNotInTheFuture() throws {
        let base = Self.phone + "\n  source_date: undated\n  checked: "
        #expect(try problems(contacts: base + "2026-12-05") == [])
        #expect(try problems(contacts: base + "2026-12-06") == [
            "organisations/x.yaml:13:18: error: \"checked\" is 2026-12-06, after 2026-12-05: record only a check that has happened",
        ])
        #expect(try problems(contacts: base + "2026-02-30") == ["organisations/x.yaml:13:18: error: \"checked\" must be a date YYYY-MM-DD, not \"2026-02-30\""])
    }

    @Test func unconfirmedAndHistoricalContactsAreNeverEmergencyChannels() throws {
        let base = Self.phone + "\n  source_date: undated\n  emergency: true\n"
        #expect(try problems(contacts: base + "  unconfirmed: Only a news report gives it.") == [
            "organisations/x.yaml:13:20: error: an unconfirmed contact cannot be an emergency channel (it is shown only on the organisation's own page)",
        ])
        #expect(try problems(contacts: base + "  historical: true") == [
            "organisations/x.yaml:13:20: error: a historical contact cannot be an emergency channel",
        ])
        #expect(try problems(contacts: base, service: "unconfirmed: {en: The programme may have closed.}") == [
            "organisations/x.yaml:14:20: error: a contact of an unconfirmed programme cannot be an emergency channel",
        ])
        let organisationWide = "unconfirmed: The name is unconfirmed.\ncontacts:\n" + base.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        #expect(try problems(fields: organisationWide) == [
            "organisations/x.yaml:10:16: error: a contact of an unconfirmed organisation cannot be an emergency channel",
        ])
    }

    @Test func aNationalNumberIsTheCallingCodeAndThePrintedDigitsWithoutTheTrunkPrefix() throws {
        let printed = "\n  source_date: undated\n  printed: "
        #expect(try problems(contacts: Self.phone + printed + "\"06 00 00 00 01\"") == [])
        #expect(try problems(contacts: Self.phone + printed + "\"06 00 00 00 02\"") == [
            "organisations/x.yaml:10:16: error: \"+33 6 00 00 00 01\" is not the international form of the printed \"06 00 00 00 02\": expected +33600000002 (country code, then the printed digits without the trunk prefix; nothing added)",
        ])
        let email = "- type: email\n  value: a@x.example.org\n  source: https://x.example.org\n  source_date: undated\n  printed: a at x"
        #expect(try problems(contacts: email) == ["organisations/x.yaml:13:18: error: \"printed\" is for a phone number converted to international form"])
    }

    @Test func aTollFreeNumberSaysWhereItWorks() throws {
        let tollFree = "- type: phone\n  value: \"+92 800 39393\"\n  source: https://x.example.org\n  source_date: \"2017\""
        #expect(try problems(contacts: tollFree) == [
            "organisations/x.yaml:10:16: error: \"+92 800 39393\" is a toll-free number in the numbering plan of PK: add \"national_only: PK\" (free, from inside that country only)",
        ])
        #expect(try problems(contacts: tollFree + "\n  national_only: PK", edit: addCountry("PK")) == [])
        #expect(try problems(contacts: tollFree + "\n  national_only: FR") == [
            "organisations/x.yaml:13:24: error: \"+92 800 39393\" is not a number of FR (calling code +33)",
        ])
        #expect(try problems(contacts: tollFree + "\n  national_only: pk") == [
            "organisations/x.yaml:13:24: error: \"national_only\" must be an ISO 3166-1 country code from regions.yaml, not \"pk\"",
        ])
    }

    @Test func seatAndBoundToAreCountries() throws {
        #expect(try problems(service: "bound_to: XX", fields: "seat: Ireland\n") == [
            "organisations/x.yaml:4:7: error: \"seat\" must be an ISO 3166-1 country code from regions.yaml, not \"Ireland\"",
            "organisations/x.yaml:9:15: error: \"bound_to\" must be an ISO 3166-1 country code from regions.yaml, not \"XX\"",
        ])
        #expect(try problems(service: "bound_to: fr") == [
            "organisations/x.yaml:8:15: error: \"bound_to\" must be an ISO 3166-1 country code from regions.yaml, not \"fr\" (did you mean \"FR\"?)",
        ])
    }

    @Test func anOperatorIsAnExistingOrganisation() throws {
        let shared = Self.phone + "\n  source_date: undated\n  operator: "
        #expect(try problems(contacts: shared + "example-network") == [])
        #expect(try problems(contacts: shared + "example-netwrok") == [
            "organisations/x.yaml:13:19: error: operator refers to unknown organisation \"example-netwrok\" (did you mean \"example-network\"?)",
        ])
        #expect(try problems(contacts: shared + "Example Network") == [
            "organisations/x.yaml:13:19: error: \"operator\" must be an organisation id (lowercase letters, digits and hyphens), not \"Example Network\"",
        ])
    }

    @Test func requiredStatusesComeFromTheVocabulary() throws {
        #expect(try problems(service: "requires:\n  - status: member\n    note: Members only.") == [])
        #expect(try problems(service: "requires:\n  - status: membre") == [
            "organisations/x.yaml:9:17: error: unknown status (vocabulary/statuses.yaml) \"membre\" (did you mean \"member\"?)",
        ])
        #expect(try problems(service: "requires:\n  - {note: Members only.}") == [
            "organisations/x.yaml:9:9: error: missing required field \"status\" in a requirement",
        ])
        // Without statuses.yaml no status is known.
        let removed = try problems(service: "requires:\n  - status: member") { root in
            try FileManager.default.removeItem(atPath: "\(root)/vocabulary/statuses.yaml")
        }
        #expect(removed == [
            "organisations/example-fund.yaml:55:17: error: unknown status (vocabulary/statuses.yaml) \"member\"",
            "organisations/x.yaml:9:17: error: unknown status (vocabulary/statuses.yaml) \"member\"",
        ])
    }

    @Test func locationIsAPlaceAListOfPlacesOrAny() throws {
        #expect(try problems(service: "location: any") == [])
        #expect(try problems(service: "location: [abroad, in_exile]") == [])
        #expect(try problems(service: "location: [abroad, any]") == [
            "organisations/x.yaml:8:24: error: \"any\" stands alone: write location: any, or list the places",
        ])
        #expect(try problems(service: "location: in_exil") == [
            "organisations/x.yaml:8:15: error: unknown location \"in_exil\" (did you mean \"in_exile\"?)",
        ])
        #expect(try problems(service: "location: [abroad, abroad]") == [
            "organisations/x.yaml:8:24: warning: location \"abroad\" is listed twice",
        ])
    }

    @Test func hoursAreTheTokenOrAText() throws {
        let base = Self.phone + "\n  source_date: undated\n  hours: "
        #expect(try problems(contacts: base + "24/7") == [])
        #expect(try problems(contacts: base + "{en: Monday-Friday 09:00-18:00, fr: \"du lundi au vendredi, 9 h-18 h\"}") == [])
        #expect(try problems(contacts: base + "[9, 18]") == [
            "organisations/x.yaml:13:16: error: \"hours\" must be a text or a map of language → text, not a list",
        ])
    }

    @Test func safetyWarningsAndEligibilityNotesAreTexts() throws {
        #expect(try problems(service: "safety_warnings: [{en: Criminalised here., fr: Criminalisé ici.}]\neligibility_note: {en: Journalists.}") == [])
        #expect(try problems(service: "eligibility_note: [a, b]") == [
            "organisations/x.yaml:8:23: error: \"eligibility_note\" must be a text or a map of language → text, not a list",
        ])
        #expect(try problems(service: "eligibilty_note: x") == [
            "organisations/x.yaml:8:5: error: unknown field \"eligibilty_note\" in a service (did you mean \"eligibility_note\"?)",
        ])
    }

    @Test func lastVerifiedIsRemovedWithAnExplanation() throws {
        let found = try problems { root in
            let file = "\(root)/organisations/x.yaml"
            let text = try String(contentsOfFile: file, encoding: .utf8) + "  last_verified: 2026-11-29\n"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        #expect(found == [
            "organisations/x.yaml:11:18: error: \"last_verified\" was removed: give each contact the date its source shows in \"source_date\" (or \"undated\"), and \"checked: YYYY-MM-DD\" only once a person or `sanad sources check` has found the value on the live source",
        ])
    }

    @Test func anEmptyOrganisationsFolderIsRefused() throws {
        let found = try problems { root in
            for file in try FileManager.default.contentsOfDirectory(atPath: "\(root)/organisations") {
                try FileManager.default.removeItem(atPath: "\(root)/organisations/\(file)")
            }
        }
        #expect(found == ["organisations: error: no organisation files (*.yaml): a directory without organisations is refused"])
    }

    @Test("A bidi override, isolate or zero-width character anywhere is refused at file:line:column; a bidi mark before a number in Arabic text is allowed")
    func invisibleCharactersAreRefused() throws {
        for (hidden, code) in [("\u{202E}", "U+202E"), ("\u{2066}", "U+2066"), ("\u{200B}", "U+200B"), ("\u{FEFF}", "U+FEFF"), ("\u{85}", "U+0085")] {
            let contact = Self.phone.replacingOccurrences(of: "- type: phone", with: "- label: \"24-hour line \(hidden)0000\"\n  type: phone")
            let found = try problems(contacts: contact + "\n  source_date: undated")
            #expect(found.count == 1 && found[0].hasPrefix("organisations/x.yaml:9:30: error: invisible control character \(code)"), "\(found)")
        }
        let mark = Self.phone.replacingOccurrences(of: "- type: phone", with: "- label: \"خط \u{200E}+33\"\n  type: phone")
        #expect(try problems(contacts: mark + "\n  source_date: undated") == [])
    }

    @Test func defenderRegionsCoverEveryCountryOnce() throws {
        func withRegions(_ lines: String) throws -> [String] {
            try problems { root in
                let file = "\(root)/regions.yaml"
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let start = text.range(of: "defender_regions:")!.lowerBound
                try (String(text[..<start]) + lines).write(toFile: file, atomically: true, encoding: .utf8)
            }
        }
        let name = "name: {en: R, fr: R, es: R, ar: R}"
        #expect(try withRegions("defender_regions:\n  - {code: a, \(name), countries: [TN, IE, FR, \"NO\"]}\n") == [])
        #expect(try withRegions("defender_regions:\n  - {code: a, \(name), countries: [TN, IE, FR]}\n  - {code: b, \(name), countries: [FR, \"NO\"]}\n") == [
            "regions.yaml:45:63: error: \"FR\" is already in defender region \"a\"; each country is in exactly one",
        ])
        #expect(try withRegions("defender_regions:\n  - {code: a, \(name), countries: [TN, IE, FR, XK]}\n") == [
            "regions.yaml:44:3: error: defender regions leave out NO: every country with an M49 region must be in exactly one",
            "regions.yaml:44:75: error: \"XK\" in defender region \"a\" is not a country in regions.yaml",
        ])
    }

    @Test func countryNotesAreChecked() throws {
        let found = try problems { root in
            try """
                notes:
                  - {country: TN, kind: law, text: A law., source: https://x.example.org, source_date: "2020"}
                  - {country: XX, kind: rumour, text: A rumour., source: https://x.example.org, source_date: soon}
                  - {country: TN, kind: warning, text: No source.}

                """.write(toFile: "\(root)/country-notes.yaml", atomically: true, encoding: .utf8)
        }
        #expect(found == [
            "country-notes.yaml:3:15: error: \"country\" must be an ISO 3166-1 country code from regions.yaml, not \"XX\"",
            "country-notes.yaml:3:25: error: unknown kind \"rumour\" (expected one of: law, warning)",
            "country-notes.yaml:3:94: error: \"source_date\" must be a year, a year and month, a date (2011, 2011-05, 2011-05-04) or \"undated\", not \"soon\"",
            "country-notes.yaml:4:5: error: missing required field \"source\" in a country note",
            "country-notes.yaml:4:5: error: missing required field \"source_date\" in a country note",
        ])
    }

    /// Adds a country (Pakistan, in the Asia-Pacific defender region) to the fixture's regions.
    func addCountry(_ code: String) -> (String) throws -> Void {
        { root in
            let file = "\(root)/regions.yaml"
            var text = try String(contentsOfFile: file, encoding: .utf8)
            text = text.replacingOccurrences(of: "countries:\n  - code: TN", with: "countries:\n  - code: \(code)\n    name: {en: Pakistan, fr: Pakistan, es: Pakistán, ar: باكستان}\n  - code: TN")
            text = text.replacingOccurrences(of: "countries: [TN]", with: "countries: [TN, \(code)]")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
    }
}
