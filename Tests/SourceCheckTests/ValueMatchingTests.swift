import Testing
@testable import SourceCheck

/// Values are found as lint normalises them: phone digits with and without country code and
/// trunk prefix, e-mails and URLs without regard to case, obfuscations undone.
@Suite struct ValueMatchingTests {
    func page(_ html: String) -> SearchablePage { SearchablePage(PageText(html: html)) }

    @Test(arguments: [
        "+353 1 21 00 489", "+353 1 2100489", "00353 1 21 00 489", "+353 (0)1 210 0489", "+353 (0) 1 210 0489",
        "01-210-0489", "01.21.00.489", "(01) 2100 489", "Tel: +353-1-2100489.", "+353&nbsp;1&nbsp;21&nbsp;00&nbsp;489",
        "<a href=\"tel:+35312100489\">call</a>",
    ])
    func findsAPhoneNumberPrintedManyWays(_ printed: String) {
        #expect(page("<p>Emergency line: \(printed)</p>").contains(type: "phone", value: "+353 1 21 00 489"))
    }

    @Test(arguments: ["+353 1 21 00 488", "1 21 00 489 9", "+354 1 21 00 489", "21 00 489"])
    func doesNotFindAnotherNumber(_ printed: String) {
        #expect(!page("<p>Emergency line: \(printed)</p>").contains(type: "phone", value: "+353 1 21 00 489"))
    }

    @Test func findsANumberInArabicIndicDigitsWithDirectionMarks() {
        let arabic = "<p dir=\"rtl\">هاتف الطوارئ: \u{200E}+٩٦١ ٨١ ٦٣٣ ١٣٣\u{200E}</p>"
        #expect(page(arabic).contains(type: "phone", value: "+961 81 633 133"))
        #expect(page("<p>۰۸۱ ۶۳۳ ۱۳۳</p>").contains(type: "phone", value: "+961 81 633 133"))
    }

    @Test func findsTheNationalFormTheSourcePrints() {
        // Italy keeps the 0 inside the national number; Russia dials 8 as trunk prefix.
        #expect(page("<p>06 1234 5678</p>").contains(type: "phone", value: "+39 06 1234 5678"))
        #expect(page("<p>8 (495) 123-45-67</p>").contains(type: "phone", value: "+7 495 123 45 67"))
        #expect(page("<p>0800 39393</p>").contains(type: "phone", value: "+92 800 39393", printed: "0800 39393"))
        #expect(page("<p>Línea 103</p>").contains(type: "short_code", value: "103"))
        #expect(!page("<p>Línea 1030</p>").contains(type: "short_code", value: "103"))
    }

    @Test(arguments: [
        "Help@Example.ORG", "help [at] example [dot] org", "help(at)example(dot)org", "help at example dot org",
        "help{at}example.org", "help @ example.org", "help＠example.org", "help&#64;example&#46;org",
        "<a href=\"mailto:HELP@example.org\">write to us</a>", "help [@] example [.] org",
    ])
    func findsAnObfuscatedEmail(_ printed: String) {
        #expect(page("<p>Write to \(printed).</p>").contains(type: "email", value: "help@example.org"))
    }

    @Test(arguments: ["helpdesk@example.org", "help@example.org.uk", "help@example.organisation", "xhelp@example.org"])
    func doesNotFindALongerEmail(_ printed: String) {
        #expect(!page("<p>\(printed)</p>").contains(type: "email", value: "help@example.org"))
    }

    @Test func findsACloudflareProtectedEmail() {
        let hex = CloudflareEmail.encode("help@example.org", key: 0x7f)
        #expect(page("<span class=\"__cf_email__\" data-cfemail=\"\(hex)\">[email protected]</span>").contains(type: "email", value: "help@example.org"))
    }

    @Test func urlsAreComparedWithoutSchemeWwwCaseOrTrailingSlash() {
        let p = page(#"<a href="HTTPS://www.Example.org/Contact/">form</a> see also example.net."#)
        #expect(p.contains(type: "web_form", value: "https://example.org/contact"))
        #expect(p.contains(type: "website", value: "http://example.net"))
        #expect(p.contains(type: "website", value: "https://example.org"))
        #expect(!p.contains(type: "web_form", value: "https://example.org/cont"))
        #expect(!p.contains(type: "website", value: "https://ample.org"))
        #expect(!page("<p>example.org/contact/form</p>").contains(type: "web_form", value: "https://example.org/contact"))
    }

    @Test func postalAddressesIgnoreCaseAccentsPunctuationAndLineBreaks() {
        let p = page("<address>OSCE/ODIHR<br>ul. MIODOWA 10,<br/>00-251 Warsaw — Poland</address>")
        #expect(p.contains(type: "postal", value: "OSCE/ODIHR, Ul. Miodowa 10, 00-251 Warsaw, Poland"))
        #expect(page("<p>1211 Genève 10</p>").contains(type: "postal", value: "1211 Geneve 10"))
        #expect(!p.contains(type: "postal", value: "Ul. Miodowa 11, 00-251 Warsaw"))
    }
}
