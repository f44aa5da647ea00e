import DirectoryModel
import Referral

/// The pages every front shows, built from one loaded directory and its search index.
///
/// A catalogue is an immutable value: a reload builds a new one and swaps it in, so a request
/// that started on the old one finishes on it.
public struct Catalogue: Sendable {
    public let directory: Directory
    public let index: any SearchProvider
    public let site: SiteInfo

    /// The most results a search page lists.
    public static let maximumSearchResults = 30

    /// Today's date, for the freshness of referrals. An input, so tests fix it.
    public let today: @Sendable () -> CalendarDate
    /// The directory compiled once for the referral engine, so a referral costs microseconds.
    let referrals: ReferralIndex
    /// The free-word parser over this directory's vocabularies and places.
    let profileParser: ProfileParser

    public init(
        directory: Directory, index: any SearchProvider, site: SiteInfo = SiteInfo(),
        today: @escaping @Sendable () -> CalendarDate = CalendarDate.today
    ) {
        self.directory = directory
        self.index = index
        self.site = site
        self.today = today
        self.referrals = ReferralIndex(directory: directory)
        self.profileParser = ProfileParser(directory: directory)
    }

    /// The page at `route` in `language`.
    /// Arabic pages come with their left-to-right runs isolated (``BidiIsolation``): one place
    /// for every front, the CLI and the pocket bundle.
    ///
    /// - Throws: ``CatalogueError/notFound`` for a route that names nothing (an unknown id or code).
    public func page(_ route: Route, language: UILanguage) throws(CatalogueError) -> Page {
        let page = try unisolatedPage(route, language: language)
        return language.isRightToLeft ? BidiIsolation.isolate(page) : page
    }

    /// The page before bidirectional isolation: for a renderer that marks direction itself
    /// (HTML's `<bdi>` and `dir`, a JSON API), where the isolate characters are not wanted.
    public func unisolatedPage(_ route: Route, language: UILanguage) throws(CatalogueError) -> Page {
        switch route {
        case .root: return rootPage(language)
        case .emergency: return emergencyPage(language)
        case .regions: return regionsPage(language)
        case .region(let code): return try regionPage(code, language)
        case .country(let code): return try countryPage(code, language)
        case .services: return vocabularyPage(.services, language)
        case .service(let code): return try termPage(.services, code, language)
        case .beneficiaries: return vocabularyPage(.beneficiaries, language)
        case .beneficiary(let code): return try termPage(.beneficiaries, code, language)
        case .kinds: return vocabularyPage(.kinds, language)
        case .kind(let code): return try termPage(.kinds, code, language)
        case .azIndex: return azIndexPage(language)
        case .az(let letter): return try azPage(letter, language)
        case .organisation(let id): return try organisationPage(id, language)
        case .search(let query): return searchPage(query, language)
        case .refer(let words): return referPage(words, language)
        case .referral(let encoded): return try referralPage(encoded, language)
        case .interview(let path): return try interviewPage(path, language)
        case .about: return aboutPage(language)
        case .pocket: return pocketPage(language)
        case .caps: return capsPage()
        }
    }
}

/// Why a page could not be made.
public enum CatalogueError: Error, Sendable, Hashable {
    /// The route names no entry, code or page.
    case notFound
}

/// Facts about this installation shown on the about page.
public struct SiteInfo: Sendable, Hashable {
    /// How users report an error in the directory (an address or a sentence), from configuration.
    public var reportErrors: String?
    /// Host name the service is published under, for caps.txt.
    public var publicHost: String?
    /// After how many days without a newer verified release the about page says the data may
    /// be stale (issue 25).
    public var staleAfterDays = 30
    /// Whether maintainer-signed pocket directories are offered beside the rendered one
    /// (`/LANG/pocket.txt` and `.sig`; issue 25). The pocket page says so when they are.
    public var signedPocket = false

    public init(reportErrors: String? = nil, publicHost: String? = nil) {
        self.reportErrors = reportErrors
        self.publicHost = publicHost
    }
}

/// Full-text search over the directory, answered by the index (`SearchIndex`).
/// A protocol so that pages can be built and tested without a database.
public protocol SearchProvider: Sendable {
    /// Ids of matching organisations, best first, at most `limit`. Never throws on odd input.
    func searchIDs(_ query: String, limit: Int) throws -> [String]
}
