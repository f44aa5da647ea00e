import Foundation
import Testing
@testable import SourceCheck

/// Markup as content management systems and Cloudflare write it: the value must be found where
/// a reader sees it, and not where only a script holds it.
@Suite struct RealWorldMarkupTests {
    /// A WordPress/Elementor contact page behind Cloudflare, trimmed to the shapes that matter.
    static let wordpress = """
        <!DOCTYPE html>
        <html lang="en-US" class="no-js">
        <head>
        <meta charset="UTF-8">
        <title>Contact &#8211; Example Defenders</title>
        <script type="application/ld+json">{"@context":"https://schema.org","telephone":"+44 20 0000 0000"}</script>
        <style id='elementor-frontend-inline-css'>.elementor-12 .elementor-element.elementor-element-3f2a > .elementor-widget-container{margin:0px 0px 0px 0px;}</style>
        <script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"};
        !function(e,a,t){var n,r,o,i=a.createElement("canvas");if(n<r&&o>i){}}(window,document,window._wpemojiSettings);</script>
        </head>
        <body class="page-template-default page page-id-12 elementor-default">
        <div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
          <div class="elementor-widget-container">
            <h2 class="elementor-heading-title elementor-size-default">24/7&nbsp;Emergency&nbsp;Line</h2>
            <ul class="elementor-icon-list-items">
              <li class="elementor-icon-list-item"><a href="tel:+441234567890"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-phone"></i></span><span class="elementor-icon-list-text">+44&nbsp;(0)&nbsp;1234&nbsp;567&nbsp;890</span></a></li>
              <li class="elementor-icon-list-item"><span class="elementor-icon-list-text">E-mail: <a href="/cdn-cgi/l/email-protection#\(CloudflareEmail.encode("emergency@example-defenders.org", key: 0x8c))"><span class="__cf_email__" data-cfemail="\(CloudflareEmail.encode("emergency@example-defenders.org", key: 0x8c))">[email&#160;protected]</span></a></span></li>
              <li>Signal: <strong>+44 7700&#x2011;900&#x2011;123</strong></li>
            </ul>
            <p>Office: 10 Downing&#8209;Lane,<br />London&nbsp;SW1A&nbsp;2AA,<br/>United&nbsp;Kingdom</p>
            <p>Secure form: <a href="https://www.Example-Defenders.org/en/contact-form/?utm_source=site" rel="noopener">contact form</a></p>
          </div>
        </div>
        <script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>
        </body>
        </html>
        """

    @Test func findsWhatAReaderSees() {
        let page = SearchablePage(PageText(html: Self.wordpress))
        #expect(page.contains(type: "phone", value: "+44 1234 567 890"))
        #expect(page.contains(type: "email", value: "emergency@example-defenders.org"))
        #expect(page.contains(type: "signal", value: "+44 7700 900 123"))
        #expect(page.contains(type: "postal", value: "10 Downing-Lane, London SW1A 2AA, United Kingdom"))
        #expect(page.contains(type: "web_form", value: "https://example-defenders.org/en/contact-form"))
        // Only a script holds this number: not found.
        #expect(!page.contains(type: "phone", value: "+44 20 0000 0000"))
    }

    @Test func decodesTheCharacterSetThePageDeclares() throws {
        let latin1: [UInt8] = Array("<p>1211 Gen".utf8) + [0xE8] + Array("ve 10</p>".utf8)
        let headerDeclared = try #require(PageDecoding.text(body: latin1, contentType: "text/html; charset=ISO-8859-1"))
        #expect(headerDeclared.text.contains("Genève"))
        let metaDeclared = try #require(PageDecoding.text(body: Array("<meta charset=\"windows-1252\">".utf8) + latin1, contentType: "text/html"))
        #expect(metaDeclared.text.contains("Genève"))
        #expect(PageDecoding.text(body: Array("%PDF".utf8), contentType: "application/pdf") == nil)
        #expect(PageDecoding.text(body: Array("+41 22 917 12 34".utf8), contentType: "text/plain")?.text == "+41 22 917 12 34")
    }
}
