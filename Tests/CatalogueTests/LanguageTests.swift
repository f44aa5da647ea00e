import Catalogue
import DirectoryModel
import Testing

/// Issue 21 in the Catalogue: plurals, list separators, fallbacks said out loud, bidi isolation.
@Suite("Every word in the page's language")
struct LanguageTests {
    @Test("CLDR plural categories: Arabic's six, French 0 and 1 singular, English and Spanish one/other")
    func pluralCategories() {
        let arabic = [0, 1, 2, 3, 10, 11, 25, 99, 100, 102, 103, 111].map { PluralCategory.of($0, .ar) }
        #expect(arabic == [.zero, .one, .two, .few, .few, .many, .many, .many, .other, .other, .few, .many])
        #expect(PluralCategory.of(0, .fr) == .one && PluralCategory.of(1, .fr) == .one && PluralCategory.of(2, .fr) == .other)
        #expect(PluralCategory.of(0, .es) == .other && PluralCategory.of(1, .es) == .one && PluralCategory.of(1_000_000, .es) == .many)
        #expect(PluralCategory.of(0, .en) == .other && PluralCategory.of(1, .en) == .one)
        #expect(CountedText.entries(1, .es) == "1 entrada" && CountedText.entries(83, .ar) == "83 مدخلاً" && CountedText.entries(2, .ar) == "مدخلان")
        // A referral's "more" line: never "1 resultados" or "25 نتائج" (the findings' examples).
        #expect(CountedText.moreResults(1, .es) == "1 resultado más no mostrado.")
        #expect(CountedText.moreResults(25, .ar) == "25 نتيجة أخرى غير معروضة.")
        #expect(CountedText.moreResults(3, .ar) == "3 نتائج أخرى غير معروضة.")
        #expect(Catalogue.durationText(ISODuration("P1D")!, .en) == "1 day" || Catalogue.durationText(ISODuration("P1D")!, .en) == "24 hours")
        #expect(Catalogue.durationText(ISODuration("PT2H")!, .ar) == "ساعتان")
    }

    @Test("Lists in Arabic are joined with the Arabic comma")
    func listSeparator() {
        #expect(UILanguage.ar.list(["أ", "ب"]) == "أ، ب")
        #expect(UILanguage.fr.list(["a", "b"]) == "a, b")
    }

    @Test("A text without the page's language falls back and says so, in the page's language")
    func fallbackIsSaid() {
        let english = LocalizedText("Only in English.")
        #expect(Catalogue.localized(english, .es) == "Only in English. (en inglés)")
        #expect(Catalogue.localized(english, .ar) == "Only in English. (بالإنجليزية)")
        #expect(Catalogue.localized(english, .en) == "Only in English.")
        #expect(Catalogue.fallbackLanguage(english, .fr) == "en")
        let full = LocalizedText(["en": "a", "fr": "b", "es": "c", "ar": "د"], sourceLanguage: "en")
        #expect(Catalogue.localized(full, .ar) == "د" && Catalogue.fallbackLanguage(full, .ar) == nil)
    }

    @Test("Bidi isolation wraps numbers, addresses and Latin names inside Arabic, and nothing else")
    func isolation() {
        let lri = "\u{2066}", pdi = "\u{2069}"
        #expect(BidiIsolation.isolate("هاتف +353 1 21 00 489 طوارئ") == "هاتف \(lri)+353 1 21 00 489\(pdi) طوارئ")
        #expect(BidiIsolation.isolate("+353 1 21 00 489") == "\(lri)+353 1 21 00 489\(pdi)")
        #expect(BidiIsolation.isolate("المصدر: https://a.example/x، تاريخ") == "المصدر: \(lri)https://a.example/x\(pdi)، تاريخ")
        #expect(BidiIsolation.isolate("خط تديره (Front Line Defenders).") == "خط تديره (\(lri)Front Line Defenders\(pdi)).")
        #expect(BidiIsolation.isolate("لا شيء هنا") == "لا شيء هنا")
        #expect(BidiIsolation.strip(BidiIsolation.isolate("هاتف +1 202 555 0100")) == "هاتف +1 202 555 0100")
        // Routes and link targets are never touched.
        let page = Page(language: .ar, title: "t", blocks: [.external(label: "موقع", url: "https://x.example"), .link(label: "OMCT", route: .organisation("omct"))])
        #expect(BidiIsolation.isolate(page).blocks == [.external(label: "موقع", url: "https://x.example"), .link(label: "\(lri)OMCT\(pdi)", route: .organisation("omct"))])
    }

    @Test("Every Arabic page comes out of the Catalogue isolated; other languages untouched")
    func catalogueIsolatesArabicPages() throws {
        let catalogue = CatalogueSample.catalogue()
        let arabic = try catalogue.page(.root, language: .ar).plainTextLines().joined(separator: "\n")
        #expect(arabic.contains("\u{2066}+1 202 555 0100\u{2069}"))
        let english = try catalogue.page(.root, language: .en).plainTextLines().joined(separator: "\n")
        #expect(!english.contains("\u{2066}"))
    }

    @Test("The Arabic A–Z lists Arabic letters for names the data gives in Arabic, then a Latin section")
    func arabicAZ() throws {
        var directory = CatalogueSample.make()
        CatalogueSample.edit(&directory, "test-fund") { $0.alternateNames = ["صندوق الاختبار"] }
        let catalogue = Catalogue(directory: directory, index: CatalogueSample.catalogue().index)
        let index = try catalogue.page(.azIndex, language: .ar)
        let labels = index.links.compactMap { if case .link(let label, _) = $0 { return BidiIsolation.strip(label) } else { return nil } }
        #expect(labels.first?.hasPrefix("ص") == true, "the Arabic letter first: \(labels)")
        #expect(index.blocks.contains(.heading(UIText.azLatin(.ar))))
        #expect(!labels.contains { $0.hasPrefix("0") })
        let english = try catalogue.page(.azIndex, language: .en)
        #expect(!english.blocks.contains(.heading(UIText.azLatin(.en))))
    }
}
