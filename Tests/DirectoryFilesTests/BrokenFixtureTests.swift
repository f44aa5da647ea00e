import DirectoryFiles
import Testing

/// The broken fixture holds known mistakes; lint must report exactly these, in this order.
@Suite struct BrokenFixtureTests {
    static let expected = """
        broken/organisations/anchors.yaml:2:7: error: YAML anchors (&name) are not allowed in directory files
        broken/organisations/incomplete.yaml:2:1: error: missing required field "name" in an organisation
        broken/organisations/incomplete.yaml:2:1: error: missing required field "kind" in an organisation
        broken/organisations/incomplete.yaml:2:1: error: missing required field "services" in an organisation
        broken/organisations/incomplete.yaml:2:1: error: missing required field "provenance" in an organisation
        broken/organisations/incomplete.yaml:3:9: error: unknown status "closed" (expected one of: active, inactive)
        broken/organisations/misspelt.yaml:3:7: error: unknown kind "ngoo" (did you mean "ngo"?)
        broken/organisations/misspelt.yaml:5:1: error: unknown field "descripton" in an organisation (did you mean "description"?)
        broken/organisations/misspelt.yaml:6:14: warning: description is not translated into fr, es, ar
        broken/organisations/misspelt.yaml:7:10: error: website "www.example.org" is not a valid http or https URL
        broken/organisations/misspelt.yaml:8:11: error: part_of refers to unknown organisation "example-netwrk"
        broken/organisations/misspelt.yaml:10:5: error: missing required field "source_date" in a contact
        broken/organisations/misspelt.yaml:11:12: error: phone number "+353 (0)1 21 00 489" is not in international form ("+", then 7 to 15 digits in groups separated by single spaces)
        broken/organisations/misspelt.yaml:13:5: error: missing required field "source" in a contact
        broken/organisations/misspelt.yaml:13:5: error: missing required field "source_date" in a contact
        broken/organisations/misspelt.yaml:14:12: error: e-mail address "help@@example.org" is not valid
        broken/organisations/misspelt.yaml:15:10: error: PGP fingerprint "0123 4567" must be 40 hexadecimal digits (spaces allowed)
        broken/organisations/misspelt.yaml:16:5: error: missing required field "source_date" in a contact
        broken/organisations/misspelt.yaml:16:11: error: unknown contact type "emial" (did you mean "email"?)
        broken/organisations/misspelt.yaml:19:16: error: a historical contact cannot be an emergency channel
        broken/organisations/misspelt.yaml:24:13: error: unknown service type "legal_aidd" (did you mean "legal_support"?)
        broken/organisations/misspelt.yaml:25:11: error: unknown role "provder" (did you mean "provider"?)
        broken/organisations/misspelt.yaml:26:26: error: unknown beneficiary "jurnalist" (did you mean "journalist"?)
        broken/organisations/misspelt.yaml:28:17: error: country code "tn" must be written in capitals (did you mean "TN"?)
        broken/organisations/misspelt.yaml:28:21: error: unknown region "afrika" in coverage (did you mean "africa"?)
        broken/organisations/misspelt.yaml:28:36: error: unknown body "ua" in coverage (did you mean "au"?)
        broken/organisations/misspelt.yaml:28:45: error: unknown coverage entry "Tunisia" (use GLOBAL, a country code such as TN, REGION:<code> or BODY:<code>)
        broken/organisations/misspelt.yaml:28:54: error: unknown country code "XK" in coverage
        broken/organisations/misspelt.yaml:29:26: error: "emergency" must be true or false
        broken/organisations/misspelt.yaml:29:47: error: "first_response" must be an ISO 8601 duration such as PT2H, P3D or P2W, not "2 hours"
        broken/organisations/misspelt.yaml:30:25: error: currency "eur" must be an ISO 4217 code of three capital letters, such as EUR
        broken/organisations/misspelt.yaml:30:39: error: "maximum" must be a whole number such as 5000
        broken/organisations/misspelt.yaml:31:9: error: duplicate service id "legal" (first at line 22)
        broken/organisations/misspelt.yaml:33:13: warning: an inactive entry should say why (and since when) in "status_note"
        broken/organisations/misspelt.yaml:34:12: error: "types" must be a list, not a single value
        broken/organisations/misspelt.yaml:36:12: error: "sources" must name at least one source
        broken/organisations/misspelt.yaml:37:18: error: "last_verified" was removed: give each contact the date its source shows in "source_date" (or "undated"), and "checked: YYYY-MM-DD" only once a person or `sanad sources check` has found the value on the live source
        broken/organisations/old.yml: error: directory files end in .yaml, not .yml; this file is not read
        broken/organisations/syntax.yaml:8:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 6, column 11)
        broken/organisations/wrong-name.yaml:1:5: error: id "other-name" does not match the file name "wrong-name.yaml"
        broken/organisations/wrong-name.yaml:5:3: error: description (en) is 401 characters long; the limit is 400
        broken/organisations/wrong-name.yaml:12:3: error: unknown field "verified_by" in provenance
        broken/regions.yaml:4:13: error: unknown region "northern-afrika" (did you mean "northern-africa"?)
        broken/regions.yaml:5:11: error: country code "tn" must be two capital letters (ISO 3166-1 alpha-2)
        broken/regions.yaml:6:11: warning: name is missing in fr, es, ar
        broken/regions.yaml:9:10: error: "m49" must be a three-digit code in quotes, such as "015"
        broken/regions.yaml:14:13: error: unknown parent region "afrika" (did you mean "africa"?)
        broken/regions.yaml:19:19: error: member "DZ" of body "au" is not a country in regions.yaml
        broken/vocabulary/services.yaml:1:13: error: vocabulary "service" does not match the file name "services.yaml"
        broken/vocabulary/services.yaml:4:12: error: label of "emergency_response" is missing in ar
        broken/vocabulary/services.yaml:7:11: error: duplicate code "legal_support" (first at line 5)
        broken/vocabulary/services.yaml:9:5: error: missing required field "label" in a term
        broken/vocabulary/services.yaml:9:11: error: code "Protection-Grant" must use only lowercase letters, digits and underscores
        broken/vocabulary/services.yaml:10:5: error: unknown field "lable" in a term (did you mean "label"?)
        broken/vocabulary/threats.yaml: error: required vocabulary file is missing
        """

    @Test func reportsExactlyTheKnownMistakes() {
        let root = Fixture.path("broken")
        let load = DirectoryLoader.load(directory: root)
        let lines = Fixture.lines(load, root: root, as: "broken")
        #expect(lines == Self.expected.split(separator: "\n").map(String.init))
        #expect(load.directory == nil)
        #expect(load.fileCount == 11)
    }

    @Test func aTrailingSlashPrintsTheSamePaths() {
        let root = Fixture.path("broken")
        let load = DirectoryLoader.load(directory: root + "/")
        #expect(load.problems.first?.file == root + "/organisations/anchors.yaml")
    }

    @Test func summaryAndExitStatus() {
        let report = LintReport(load: DirectoryLoader.load(directory: Fixture.path("broken")))
        #expect(report.errorCount == 52)
        #expect(report.warningCount == 3)
        #expect(report.summary == "52 errors, 3 warnings in 11 files")
        #expect(report.exitStatus == 1)
    }
}
