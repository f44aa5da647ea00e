import Catalogue
import DirectoryModel

extension HTMLRenderer {
    /// The page a Gopher client gets when it requests a `URL:` selector itself instead of
    /// opening the link (the convention of Gophernicus and pygopherd): a refresh to `url`, one
    /// sentence in every UI language (the selector names none), and the link. The Gopher front
    /// has already checked that the directory lists the address and that its scheme is one a
    /// link may have; this only writes it, escaped like every value on the web's pages.
    public static func leavingPage(to url: String) -> String {
        var out = HTMLWriter()
        out.raw("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
        out.open("meta", [("http-equiv", "refresh"), ("content", "0; url=" + url)])
        out.title(url)
        out.raw("</head><body>")
        for language in UILanguage.allCases {
            out.element("p", [("lang", language.rawValue), ("dir", language.isRightToLeft ? "rtl" : nil)], text: UIText.gopherLeaving(language))
        }
        out.open("p")
        out.link(url, url)
        out.close("p")
        out.raw("</body></html>")
        return out.html
    }
}
