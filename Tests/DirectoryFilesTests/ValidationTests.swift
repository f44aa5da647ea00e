import DirectoryModel
import Testing

/// The format checks and "did you mean" suggestions in DirectoryModel's Validation files.
@Suite struct ValidationTests {
    @Test(arguments: ["+353 1 21 00 489", "+33600000000", "+1 202 555 0100", "+216 71 000 000"])
    func phonesInInternationalForm(_ value: String) {
        #expect(ValidationFormats.isPhone(value))
    }

    @Test(arguments: ["353 1 21 00 489", "+353 (0)1 21 00 489", "+353  1 21", "+353-1-21-00-489", "+ 353 1 21 00 489",
                      "+353 1 21 00 489 ", "+0 123 456 789", "+12345", "+1234567890123456", "+", "", "+353 1 2I 00 489"])
    func phonesRefused(_ value: String) {
        #expect(!ValidationFormats.isPhone(value))
    }

    @Test func shortNationalNumbers() {
        for good in ["103", "112", "15", "123456"] { #expect(ValidationFormats.isShortCode(good), "\(good)") }
        for bad in ["1", "1234567", "+103", "10 3", "١٠٣", ""] { #expect(!ValidationFormats.isShortCode(bad), "\(bad)") }
    }

    @Test func emails() {
        for good in ["info@frontlinedefenders.org", "a.b+c@mail.example.co.uk", "x@xn--mgbh0fb.xn--kgbechtv"] {
            #expect(ValidationFormats.isEmail(good), "\(good)")
        }
        for bad in ["info", "info@", "@org.org", "a@@b.org", "a@b", "a b@c.org", "mailto:a@b.org", "a@b..org", "a@-b.org", "a@b.org.", "a.@b.org"] {
            #expect(!ValidationFormats.isEmail(bad), "\(bad)")
        }
    }

    @Test func webURLs() {
        for good in ["https://www.frontlinedefenders.org", "http://example.org/path?q=1#x", "https://example.org:8443/", "https://a.example"] {
            #expect(ValidationFormats.isWebURL(good), "\(good)")
        }
        for bad in ["www.example.org", "ftp://example.org", "https://", "https://example", "https://exa mple.org",
                    "https://example.org/a b", "https://user@example.org", "https://example.org:99999", "javascript:alert(1)"] {
            #expect(!ValidationFormats.isWebURL(bad), "\(bad)")
        }
    }

    @Test func onionURLs() {
        let v3 = "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx"
        #expect(ValidationFormats.isOnionURL("http://\(v3).onion/"))
        #expect(ValidationFormats.isOnionURL("https://www.\(v3).onion"))
        #expect(!ValidationFormats.isOnionURL("http://expyuzz4wqqyqhjn.onion"))  // v2: retired
        #expect(!ValidationFormats.isOnionURL("http://\(v3.dropLast()).onion"))
        #expect(!ValidationFormats.isOnionURL("http://\(v3.dropLast())1.onion"))
        #expect(!ValidationFormats.isOnionURL("\(v3).onion"))
        #expect(!ValidationFormats.isOnionURL("https://example.org"))
    }

    @Test func pgpFingerprints() {
        #expect(ValidationFormats.isPGPFingerprint("0123456789ABCDEF0123456789abcdef01234567"))
        #expect(ValidationFormats.isPGPFingerprint("0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567"))
        #expect(!ValidationFormats.isPGPFingerprint("0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 456"))
        #expect(!ValidationFormats.isPGPFingerprint("0123456789ABCDEF0123456789ABCDEF0123456G"))
        #expect(!ValidationFormats.isPGPFingerprint("0x0123456789ABCDEF0123456789ABCDEF012345"))
    }

    @Test func codesAndDates() {
        #expect(ValidationFormats.isCurrencyCode("EUR"))
        #expect(!ValidationFormats.isCurrencyCode("eur"))
        #expect(!ValidationFormats.isCurrencyCode("EURO"))
        #expect(ValidationFormats.isIdentifier("front-line-defenders"))
        #expect(ValidationFormats.isIdentifier("omct2"))
        for bad in ["Front-Line", "front_line", "-x", "x-", "a--b", "", "é"] {
            #expect(!ValidationFormats.isIdentifier(bad), "\(bad)")
        }
        #expect(ValidationFormats.isVocabularyCode("legal_support"))
        #expect(!ValidationFormats.isVocabularyCode("Legal-support"))
        #expect(ValidationFormats.isCountryCode("TN") && !ValidationFormats.isCountryCode("tn") && !ValidationFormats.isCountryCode("TUN"))
        for good in ["2011", "2011-05", "2025-01-04", "undated"] { #expect(ValidationFormats.isSourceDate(good), "\(good)") }
        for bad in ["11", "2011-13", "2025-02-30", "2011/05", "May 2011", "2011-5", "Undated", "unknown"] { #expect(!ValidationFormats.isSourceDate(bad), "\(bad)") }
    }

    @Test func editDistance() {
        #expect(ValidationSuggestions.editDistance("kitten", "sitting") == 3)
        #expect(ValidationSuggestions.editDistance("", "abc") == 3)
        #expect(ValidationSuggestions.editDistance("ua", "au") == 1)
        #expect(ValidationSuggestions.editDistance("same", "same") == 0)
        #expect(ValidationSuggestions.editDistance("حقوق", "حقو") == 1)
    }

    @Test func suggestions() {
        let services = ["emergency_response", "protection_grant", "legal_support", "trial_observation"]
        #expect(ValidationSuggestions.suggestion(for: "legal_aidd", among: services) == "legal_support")
        #expect(ValidationSuggestions.suggestion(for: "protection_grnat", among: services) == "protection_grant")
        #expect(ValidationSuggestions.suggestion(for: "Legal_Support", among: services) == "legal_support")
        #expect(ValidationSuggestions.suggestion(for: "banana", among: services) == nil)
        #expect(ValidationSuggestions.suggestion(for: "DZ", among: ["TN", "FR"]) == nil)
        #expect(ValidationSuggestions.suggestion(for: "descripton", among: ["description", "id"]) == "description")
        #expect(ValidationSuggestions.didYouMean("ngoo", among: ["ngo", "fund"]) == " (did you mean \"ngo\"?)")
        #expect(ValidationSuggestions.didYouMean("zzz", among: ["ngo", "fund"]) == "")
    }

    @Test func durationsAndDates() {
        #expect(ISODuration("PT2H")?.minutes == 120)
        #expect(ISODuration("P1DT12H")?.minutes == 36 * 60)
        #expect(ISODuration("2 hours") == nil)
        #expect(ISODuration("P1M") == nil)
        #expect(CalendarDate("2026-02-30") == nil)
        #expect(CalendarDate("2024-02-29") != nil)
    }
}
