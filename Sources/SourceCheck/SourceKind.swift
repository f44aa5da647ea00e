/// What a contact's `source` is, and so whether a program can re-read it.
///
/// Only a live web page that a program may fetch and read as text is checkable. The rest is
/// decided from the citation's form and the address alone, before any fetch:
/// - a citation that is not a URL (a book, a leaflet, a report) cannot be fetched;
/// - `github:` citations and code-hosting addresses point at a file in a repository at a fixed
///   commit: it never changes, so re-reading it proves nothing about today;
/// - archive and document-sharing copies (web.archive.org, archive.today, docslib, issuu, scribd,
///   fdocuments, Google Web Light, mailing-list archives, …) are snapshots of someone else's page;
/// - news articles report what a page said on a day; only the organisation's own or an official
///   page can confirm a contact today;
/// - PDF and office documents: the check has no reader for them.
public enum SourceKind: Sendable, Hashable {
    /// A web page to fetch.
    case page(WebAddress)
    /// A source the check does not fetch, and why.
    case notCheckable(Reason)

    /// Why a source is not checkable by a program.
    public enum Reason: String, Sendable, Hashable, CaseIterable, Codable {
        case citation = "a printed or unlinked citation (book, leaflet, report)"
        case repositoryFile = "a file in a code repository at a fixed commit"
        case archiveCopy = "an archive or document-sharing copy, not the live page"
        case newsArticle = "a news article: only the organisation's own or an official page can confirm it"
        case document = "a PDF or office document, which the check cannot read"

        /// A short code for JSON output.
        public var code: String {
            switch self {
            case .citation: return "citation"
            case .repositoryFile: return "repository_file"
            case .archiveCopy: return "archive_copy"
            case .newsArticle: return "news_article"
            case .document: return "document"
            }
        }
    }

    /// Classifies a `source` as written in a directory file.
    public init(source: String) {
        guard let address = WebAddress(source) else {
            self = .notCheckable(source.lowercased().hasPrefix("github:") || source.lowercased().hasPrefix("gitlab:") ? .repositoryFile : .citation)
            return
        }
        if let reason = Self.reason(for: address) {
            self = .notCheckable(reason)
        } else {
            self = .page(address)
        }
    }

    /// Code-hosting sites: their files are fixed at a commit.
    static let repositoryHosts = ["github.com", "raw.githubusercontent.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gist.github.com"]

    /// Archives, document-sharing sites and proxies that show a copy of another page.
    static let copyHosts = [
        "web.archive.org", "archive.org", "archive.today", "archive.ph", "archive.is", "archive.li", "webcitation.org",
        "docslib.org", "issuu.com", "scribd.com", "yumpu.com", "fdocuments.in", "fdocuments.net", "documents.pub",
        "dokumen.pub", "dokumen.tips", "pdfcoffee.com", "studylib.net", "calameo.com", "fliphtml5.com", "silo.tips",
        "readkong.com", "vdocuments.mx", "vdocuments.net", "doczz.net", "kipdf.com", "cyberleninka.ru",
        "googleweblight.com", "translate.goog", "webcache.googleusercontent.com", "cachedview.nl",
        "mailman.stanford.edu", "groups.google.com", "lists.riseup.net",
    ]

    /// News outlets whose articles some sources are. A list, not a guess from the path: an
    /// organisation's own `/news/` page is its own page and stays checkable.
    static let newsHosts = [
        "elpais.com", "elpais.com.co", "eltiempo.com", "elespectador.com", "semana.com", "jornada.com.mx",
        "proceso.com.mx", "animalpolitico.com", "theguardian.com", "bbc.com", "bbc.co.uk", "reuters.com",
        "apnews.com", "aljazeera.com", "aljazeera.net", "nytimes.com", "washingtonpost.com", "lemonde.fr",
        "france24.com", "rfi.fr", "dw.com", "euronews.com", "independent.co.uk", "telegraph.co.uk",
        "thenewhumanitarian.org", "globalvoices.org", "middleeasteye.net", "alaraby.co.uk", "infobae.com",
        "clarin.com", "folha.uol.com.br", "g1.globo.com", "laprensa.hn", "elheraldo.hn", "swissinfo.ch",
    ]

    /// Extensions of files the check cannot read as text.
    static let documentExtensions = [".pdf", ".doc", ".docx", ".odt", ".ppt", ".pptx", ".xls", ".xlsx", ".rtf", ".epub"]

    static func reason(for address: WebAddress) -> Reason? {
        let host = address.bareHost
        func listed(_ hosts: [String]) -> Bool {
            hosts.contains { host == $0 || host.hasSuffix("." + $0) }
        }
        if listed(repositoryHosts) { return .repositoryFile }
        if listed(copyHosts) || host.hasSuffix(".translate.goog") { return .archiveCopy }
        if listed(newsHosts) { return .newsArticle }
        let path = address.path.lowercased()
        if documentExtensions.contains(where: { path.hasSuffix($0) }) { return .document }
        return nil
    }
}
