import DirectoryModel

extension Catalogue {
    /// Whether `url` is an address this directory itself publishes: an organisation's website
    /// or onion address, or the value of one of its current contacts (a web form, a website).
    ///
    /// A front that follows links outside itself (Gopher's `URL:` selectors) follows only
    /// these, so the service's trusted name can never be made to send a reader to an address
    /// no maintainer reviewed (an open redirect: `URL:https://evil.example/fld-emergency-form`).
    /// Compared with the scheme and host in lower case and a trailing `/` ignored; an onion
    /// address given without a scheme matches under `http://` and `https://`.
    public func publishes(url: String) -> Bool {
        let wanted = Self.comparableURL(url)
        for org in directory.organisations {
            if let website = org.website, Self.comparableURL(website) == wanted { return true }
            if let onion = org.onion {
                let candidates = onion.contains("://") ? [onion] : ["http://" + onion, "https://" + onion]
                if candidates.contains(where: { Self.comparableURL($0) == wanted }) { return true }
            }
            for contact in org.allContacts where contact.isCurrent && contact.value.contains("://") {
                if Self.comparableURL(contact.value) == wanted { return true }
            }
        }
        return false
    }

    /// `url` with its scheme and authority in lower case and one trailing `/` removed: the
    /// form two spellings of the same published address share.
    static func comparableURL(_ url: String) -> String {
        var text = Substring(url)
        if text.hasSuffix("/") { text = text.dropLast() }
        guard let schemeEnd = text.firstRange(of: "://") else { return String(text) }
        let afterAuthority = text[schemeEnd.upperBound...].firstIndex(where: { "/?#".contains($0) }) ?? text.endIndex
        return text[..<afterAuthority].lowercased() + text[afterAuthority...]
    }
}
