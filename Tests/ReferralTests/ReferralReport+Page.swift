import Catalogue
import DirectoryModel
@testable import Referral

/// The report as people read it: the catalogue's one referral layout, as `sanad refer` prints it.
extension ReferralReport {
    func plainText(language: UILanguage, width: Int = 70, all: Bool = false) -> String {
        catalogue.referralPage(self, all: all, language: language).plainTextLines(width: width).joined(separator: "\n")
    }

    func whyNotText(_ id: String, language: UILanguage, width: Int = 70) -> String {
        catalogue.whyNotPage(self, id: id, language: language).plainTextLines(width: width).joined(separator: "\n")
    }

    private var catalogue: Catalogue {
        let date = asOf
        return Catalogue(directory: index.directory, index: NoSearch(), today: { date })
    }
}

private struct NoSearch: SearchProvider {
    func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
}
