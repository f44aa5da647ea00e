import Catalogue
import DirectoryModel
import SanadTestSupport
import Testing

/// The addresses the catalogue vouches for, which Gopher's `URL:` selectors may redirect to.
@Suite struct ExternalLinkTests {
    /// The test directory with an onion address, a current web form, an unconfirmed one and a
    /// historical website added to the helpline.
    func catalogue() -> Catalogue {
        var helpline = TestDirectory.helpline
        helpline.onion = "abcdefghijklmnop.onion"
        helpline.contacts = [
            Contact(type: "web_form", value: "https://helpline.example/form?lang=en", source: "https://source.example/a"),
            Contact(type: "web_form", value: "https://unsure.example/form", unconfirmed: TestDirectory.text("Not known to be current."), source: "https://source.example/a"),
            Contact(type: "website", value: "https://old.example/", historical: true, source: "https://source.example/a"),
        ]
        let directory = Directory(organisations: [helpline, TestDirectory.fund], vocabularies: TestDirectory.vocabularies, regions: TestDirectory.regions)
        return Catalogue(directory: directory, index: FixedSearch(ids: []))
    }

    @Test func websitesOnionsAndCurrentContactURLsArePublished() {
        let catalogue = catalogue()
        for url in [
            "https://helpline.example", "https://helpline.example/", "HTTPS://HELPLINE.EXAMPLE",
            "http://abcdefghijklmnop.onion", "https://abcdefghijklmnop.onion/", "https://helpline.example/form?lang=en",
        ] {
            #expect(catalogue.publishes(url: url), "\(url)")
        }
    }

    @Test func everythingElseIsNot() {
        let catalogue = catalogue()
        for url in [
            "https://evil.example/", "https://helpline.example/form?lang=fr", "https://helpline.example/FORM?lang=en",
            "https://unsure.example/form", "https://old.example/", "https://source.example/a", "https://helpline.example.evil.example",
            "abcdefghijklmnop.onion", "", "+1 202 555 0100",
        ] {
            #expect(!catalogue.publishes(url: url), "\(url)")
        }
    }
}
