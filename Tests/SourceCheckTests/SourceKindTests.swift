import Foundation
import Testing
@testable import SourceCheck

/// Which sources a program can check, and whose pages speak for an organisation.
@Suite struct SourceKindTests {
    @Test(arguments: [
        ("github:RaReNet/DFAK SecureCommunication.md @4c5d0c2 (2018-02-24)", SourceKind.Reason.repositoryFile),
        ("Amnesty International Tunisia leaflet (undated)", .citation),
        ("https://github.com/x/y/blob/main/README.md", .repositoryFile),
        ("https://web.archive.org/web/2019/https://example.org/", .archiveCopy),
        ("https://docslib.org/doc/293732/workbook", .archiveCopy),
        ("https://issuu.com/flip/docs/x/40", .archiveCopy),
        ("https://googleweblight.com/sp?u=https://rsf.org/en/x", .archiveCopy),
        ("https://elpais.com.co/colombia/x.html", .newsArticle),
        ("https://www.theguardian.com/world/x", .newsArticle),
        ("https://example.org/files/Annual-Report.PDF", .document),
    ])
    func notCheckable(_ source: String, _ reason: SourceKind.Reason) {
        #expect(SourceKind(source: source) == .notCheckable(reason))
    }

    @Test func liveWebPagesAreCheckable() {
        guard case .page(let address) = SourceKind(source: "https://www.Frontlinedefenders.org/en/contact?x=1#top") else {
            Issue.record("not a page")
            return
        }
        #expect(address.host == "www.frontlinedefenders.org")
        #expect(address.pathAndQuery == "/en/contact?x=1")
        #expect(address.origin == "https://www.frontlinedefenders.org")
        #expect(address.resolving("/new")?.description == "https://www.frontlinedefenders.org/new")
        #expect(address.resolving("other")?.description == "https://www.frontlinedefenders.org/en/other")
        #expect(address.resolving("//cdn.example.org/a")?.description == "https://cdn.example.org/a")
        #expect(address.resolving("ftp://x/y") == nil)
        #expect(SourceKind(source: "https://example.org/news/2024/our-new-number") != .notCheckable(.newsArticle))
    }

    @Test func ownAndOfficialPages() {
        func authority(_ url: String, _ websites: [String] = ["https://www.frontlinedefenders.org"]) -> PageAuthority {
            PageAuthority(page: WebAddress(url)!, websites: websites)
        }
        #expect(authority("https://frontlinedefenders.org/en/contact") == .own)
        #expect(authority("https://www.frontlinedefenders.org/") == .own)
        #expect(authority("https://secure.frontlinedefenders.org/x") == .own)
        #expect(authority("https://notfrontlinedefenders.org/") == .thirdParty)
        #expect(authority("https://protectdefenders.eu/en/x") == .thirdParty)
        #expect(authority("https://protectdefenders.eu/en/x", ["https://x.org", "https://protectdefenders.eu"]) == .own)
        for official in ["https://www.ohchr.org/EN/x", "https://spsubmission.ohchr.org/", "https://news.un.org/x", "https://www.oas.org/es/cidh/",
                         "https://www.coe.int/en/web/commissioner", "https://www.osce.org/odihr", "https://eeas.europa.eu/x",
                         "https://achpr.au.int/en/x", "https://www.gob.mx/segob", "https://www.gov.br/pt-br/x", "https://www.gov.uk/x",
                         "https://www.state.gov/x", "https://presidencia.gob.hn/x", "https://www.achpr.org/sessions/info?id=96"] {
            #expect(authority(official) == .official, "\(official)")
        }
        for third in ["https://web.test.ohchr.un-icc.cloud/EN/x", "https://gov.example.com/x", "https://govuk.example.org/", "https://un.org.example.com/"] {
            #expect(authority(third) == .thirdParty, "\(third)")
        }
    }

    /// `--dry-run` on the real directory: pages planned, nothing fetched, and no book, repository
    /// file, copy or article among the pages.
    @Test func planForTheRealDirectory() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("directory").path
        let contacts = try ContactLocator.contacts(in: directory)
        let plan = CheckPlan(contacts: contacts)
        #expect(contacts.count > 100)
        #expect(plan.pages.count > 20)
        #expect(plan.pages.count + plan.notCheckable.count <= contacts.count)
        #expect(plan.pages.reduce(0) { $0 + $1.contacts.count } + plan.notCheckable.count == contacts.count)
        for page in plan.pages {
            #expect(SourceKind.reason(for: page.address) == nil, "\(page.address)")
        }
        #expect(plan.notCheckable.contains { $0.contact.source.hasPrefix("github:") && $0.reason == .repositoryFile })
        #expect(plan.notCheckable.contains { $0.reason == .archiveCopy })
        #expect(plan.text.contains("fetch https://"))
        #expect(plan.json.contains("\"reason\" : \"repository_file\""))
        #expect(Set(plan.pages.map(\.address)).count == plan.pages.count)
    }
}
