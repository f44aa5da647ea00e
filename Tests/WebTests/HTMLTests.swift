import Catalogue
import DirectoryModel
import Crypto
import Foundation
@testable import SanadServer
import SanadTestSupport
import Testing
@testable import Web

/// The one writer of HTML, the form decoder, the renderer's contact values, the style's hash
/// and the shared port's first-bytes rule, without sockets.
@Suite struct HTMLTests {
    @Test func escapingIsInOnePlaceAndComplete() {
        #expect(HTMLWriter.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLWriter.escape("plain صندوق") == "plain صندوق")
        var writer = HTMLWriter()
        writer.link("/x?a=\"b\"", "<script>")
        #expect(writer.html == "<a href=\"/x?a=&quot;b&quot;\">&lt;script&gt;</a>")
    }

    /// The page a Gopher client gets for a `URL:` selector: escaped, the sentence in every
    /// language (Arabic right to left), the link and the refresh to the same address.
    @Test func theLeavingPageEscapesTheAddressAndSpeaksEveryLanguage() {
        let html = HTMLRenderer.leavingPage(to: "https://example.org/?a=1&b=\"<x>\"")
        let escaped = "https://example.org/?a=1&amp;b=&quot;&lt;x&gt;&quot;"
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(escaped)\">"))
        #expect(html.contains("<a href=\"\(escaped)\">\(escaped)</a>"))
        #expect(!html.contains("<x>"))
        #expect(html.contains("<p lang=\"en\">This link leads outside Gopher:</p>"))
        #expect(html.contains("<p lang=\"ar\" dir=\"rtl\">هذا الرابط يقود إلى خارج غوفر:</p>"))
    }

    /// A page whose words carry markup shows them as text.
    @Test func pageTextIsEscaped() {
        let page = Page(language: .en, title: "<b>T</b>", blocks: [.text("a<b"), .item("\"q\""), .field(label: "L&", value: "<v>", note: "n>")])
        let html = HTMLRenderer().document(page, route: nil)
        #expect(!html.contains("<b>") && !html.contains("a<b") && !html.contains("<v>"))
        #expect(html.contains("<h1>&lt;b&gt;T&lt;/b&gt;</h1>") && html.contains("<p>a&lt;b</p>") && html.contains("<li>&quot;q&quot;</li>"))
    }

    @Test func formFields() {
        let form = FormFields(Array("q=a+b%20c&who=x&who=y&bad=%ZZ&%E2%9C%93=1&empty".utf8))
        #expect(form.first("q") == "a b c")
        #expect(form.all("who") == ["x", "y"])
        #expect(form.first("bad") == "%ZZ")
        #expect(form.first("✓") == "1")
        #expect(form.first("empty") == "")
        #expect(PercentEncoding.decodeLeniently("/en/org/a%2Bb+c") == "/en/org/a+b+c")
        #expect(FormFields(Array(repeating: "a=1&", count: 500).joined().utf8.map { $0 }).all("a").count == FormFields.maximumFields)
    }

    /// A field's value is a link to the Catalogue's target, and to nothing the renderer guesses.
    @Test func contactValues() {
        let linked = Page(language: .ar, title: "t", blocks: [.field(label: "هاتف", value: "+1 202 555 0100", note: nil, target: "tel:+12025550100")])
        #expect(HTMLRenderer().document(linked, route: nil).contains("<bdi><a href=\"tel:+12025550100\" dir=\"ltr\">+1 202 555 0100</a></bdi>"))
        // The same value without a target (a fax, a messenger's number) stays text.
        let plain = Page(language: .en, title: "t", blocks: [.field(label: "Fax", value: "+1 202 555 0100", note: nil)])
        let html = HTMLRenderer().document(plain, route: nil)
        #expect(html.contains("<br>+1 202 555 0100") && !html.contains("tel:"))
        // An external link leads only to a web address.
        let external = Page(language: .en, title: "t", blocks: [.external(label: "x", url: "javascript:alert(1)")])
        #expect(!HTMLRenderer().document(external, route: nil).contains("href=\"javascript:"))
    }

    /// The policy's hash is the hash of the style the pages carry.
    @Test func styleHashMatchesTheStyleSent() throws {
        let html = HTMLRenderer().document(Page(language: .en, title: "t", blocks: []), route: nil)
        let start = try #require(html.range(of: "<style>"))
        let end = try #require(html.range(of: "</style>"))
        let css = String(html[start.upperBound..<end.lowerBound])
        let hash = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
        #expect(WebStyle.contentSecurityPolicy.contains("style-src 'sha256-\(hash)';"))
        #expect(css.utf8.count < 600)
        #expect(html.contains("<link rel=\"icon\" href=\"data:,\">"))
    }

    @Test func firstBytesDecideTheFront() {
        #expect(FirstBytesChooser.isHTTP(Array("GET / HTTP/1.1".utf8)) == true)
        #expect(FirstBytesChooser.isHTTP(Array("POST /".utf8)) == true)
        #expect(FirstBytesChooser.isHTTP(Array("GE".utf8)) == nil)
        #expect(FirstBytesChooser.isHTTP(Array("/en/".utf8)) == false)
        #expect(FirstBytesChooser.isHTTP(Array("\r\n".utf8)) == false)
        #expect(FirstBytesChooser.isHTTP(Array("GETTY".utf8)) == false)
    }

    /// Arabic pages are right to left, and every page offers the other languages.
    @Test func languageAndDirection() {
        let html = HTMLRenderer().document(Page(language: .ar, title: "t", blocks: []), route: .about)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<a href=\"/en/about\" lang=\"en\">English</a>"))
        #expect(html.contains("<a href=\"/fr/about\" lang=\"fr\">Français</a>"))
    }
}
