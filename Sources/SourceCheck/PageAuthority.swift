/// Whether a page speaks for an organisation: its own site, or an official body's.
///
/// Only a value found on such a live page is recorded as checked (`--record`): a third party's
/// page shows that someone printed the value, not that the organisation still uses it.
/// - **own**: the page's host is the organisation's `website` host or a subdomain of it
///   (`www.` ignored on both), or the website of the organisation named as the contact's
///   `operator` (a shared line run by another organisation);
/// - **official**: intergovernmental and government domains, where mechanisms publish their
///   contacts: `un.org` and `ohchr.org` (and their subdomains), `oas.org`, `coe.int`, `osce.org`,
///   `europa.eu`, `achpr.org`, `au.int`, any `.int` host (a domain given only to treaty bodies),
///   any `.gov` host, and any host with a government label such as `gov.br`, `gob.mx`,
///   `gouv.fr` or `gov.uk`.
public enum PageAuthority: String, Sendable, Hashable, Codable {
    case own
    case official
    case thirdParty = "third_party"

    /// Domains of intergovernmental bodies whose pages are official for the mechanisms they run.
    public static let officialDomains = ["un.org", "ohchr.org", "oas.org", "coe.int", "osce.org", "europa.eu", "achpr.org", "au.int"]
    /// Labels that mark a government domain (`gov.br`, `gob.mx`, `gouv.fr`, `gov.uk`).
    public static let governmentLabels: Set<String> = ["gov", "gob", "gouv", "govt"]

    /// The authority of `page` for an organisation whose websites are `websites` (its own, and
    /// its operator's where the contact names one).
    public init(page: WebAddress, websites: [String]) {
        let host = page.bareHost
        for website in websites {
            guard let site = WebAddress(website)?.bareHost else { continue }
            if host == site || host.hasSuffix("." + site) {
                self = .own
                return
            }
        }
        self = Self.isOfficial(host: host) ? .official : .thirdParty
    }

    /// Whether a host belongs to an intergovernmental body or a government.
    public static func isOfficial(host: String) -> Bool {
        if officialDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        let labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        if labels.last == "int" || labels.last == "gov" { return true }
        // A government label as a second-level name under a country code: gov.br, gob.mx, gov.uk.
        return governmentLabels.contains(labels[labels.count - 2]) && labels[labels.count - 1].count == 2
    }

    /// Whether a value found on such a page may be recorded as checked.
    public var speaksForOrganisation: Bool { self != .thirdParty }
}
