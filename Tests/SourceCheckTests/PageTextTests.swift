import Testing
@testable import SourceCheck

/// The tag stripper and entity decoder on markup as real sites write it.
@Suite struct PageTextTests {
    @Test func dropsScriptsStylesAndCommentsAndKeepsText() {
        let html = """
            <html><head><title>Contact</title><style>p { color: red } a<b</style>
            <script>var x = "<p>+41 22 000 00 00</p>"; if (a<b) {}</script></head>
            <body><!-- old: +41 22 111 11 11 --><p>Call&nbsp;us:</p><p>+41&#160;22 809&#x20;49 39</p>
            <SCRIPT type="text/javascript">document.write('x')</SCRIPT><td>a</td><td>b</td></body></html>
            """
        let page = PageText(html: html)
        #expect(page.text.contains("Call\u{00A0}us:"))
        #expect(page.text.contains("+41\u{00A0}22 809 49 39"))
        #expect(!page.text.contains("000 00 00"))
        #expect(!page.text.contains("111 11 11"))
        #expect(!page.text.contains("document.write"))
        #expect(!page.text.contains("color"))
        #expect(page.text.contains("a b") || page.text.contains("a  b"))
    }

    @Test func keepsLinkTargetsAndDecodesThem() {
        let page = PageText(html: #"<a href="mailto:info%40example.org?subject=Hi">write</a> <a href='tel:+35312100489'>call</a> <a href="/local">x</a>"#)
        #expect(page.links.contains("mailto:info@example.org?subject=Hi"))
        #expect(page.links.contains("tel:+35312100489"))
        #expect(page.links.count == 2)
    }

    @Test func decodesCloudflareProtectedAddresses() {
        let hex = CloudflareEmail.encode("urgent@example.org", key: 0x5a)
        #expect(CloudflareEmail.decode(hex) == "urgent@example.org")
        let page = PageText(html: """
            <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="\(hex)">[email&#160;protected]</a>
            <a href="/cdn-cgi/l/email-protection#\(CloudflareEmail.encode("help@example.org", key: 0x13))">mail</a>
            """)
        #expect(page.protectedEmails == ["urgent@example.org", "help@example.org"])
        #expect(CloudflareEmail.decode("zz") == nil)
        #expect(CloudflareEmail.decode("5a5b") == nil)  // decodes to no address
    }

    @Test func decodesEntitiesAndLeavesUnknownOnesAlone() {
        #expect(EntityDecoder.decode("a&amp;b &lt;x&gt; &eacute;&#233;&#xE9; info&#64;org &commat; &unknown; & x") == "a&b <x> ééé info@org @ &unknown; & x")
        #expect(EntityDecoder.decode("&#0; &#xZZ;") == "&#0; &#xZZ;")
    }

    @Test func aLessThanSignInTextIsNotATag() {
        let page = PageText(html: "<p>1 < 2 and +33 1 43 55 25 18</p>")
        #expect(page.text.contains("1 < 2 and +33 1 43 55 25 18"))
    }
}
