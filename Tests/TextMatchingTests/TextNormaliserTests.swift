import Testing
@testable import TextMatching

@Suite("TextNormaliser")
struct TextNormaliserTests {
    @Test("Latin: case folded, accents removed", arguments: [
        ("Fédération", "federation"), ("ÉCOLE", "ecole"), ("Túnez", "tunez"), ("Défenseur·es", "defenseur·es"),
        ("Ñandú", "nandu"), ("ÇA", "ca"), ("İstanbul", "istanbul"),
    ])
    func latin(input: String, expected: String) {
        #expect(TextNormaliser.fold(input) == expected)
    }

    @Test("Compatibility forms fold to plain letters")
    func compatibility() {
        #expect(TextNormaliser.fold("ｆｕｌｌ ＷＩＤＴＨ") == "full width")
        #expect(TextNormaliser.fold("ﬁnance") == "finance")
        #expect(TextNormaliser.fold("①") == "1")
        // Arabic presentation forms (lam-alef ligature) become the base letters.
        #expect(TextNormaliser.fold("\u{FEFB}") == "\u{0644}\u{0627}")
    }

    @Test("Arabic letter variants", arguments: [
        ("الإنسان", "الانسان"), ("أمن", "امن"), ("آمن", "امن"), ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"), ("مدرسة", "مدرسه"), ("مؤسسة", "موسسه"), ("هيئة", "هييه"),
        ("کتاب", "كتاب"), ("فارسی", "فارسي"),
    ])
    func arabicLetters(input: String, expected: String) {
        #expect(TextNormaliser.fold(input) == expected)
    }

    @Test("Tashkeel, superscript alef and tatweel are removed")
    func tashkeelAndTatweel() {
        #expect(TextNormaliser.fold("مُحَامِيٌّ") == "محامي")
        #expect(TextNormaliser.fold("رَحْمٰن") == "رحمن")
        #expect(TextNormaliser.fold("حقـــوق") == "حقوق")
        // Tashkeel must not split a word into tokens.
        #expect(TextNormaliser.tokens("القَانُونِيَّة") == ["القانونيه"])
    }

    @Test("Arabic-Indic digits become ASCII digits")
    func digits() {
        #expect(TextNormaliser.fold("٢٤/٧") == "24/7")
        #expect(TextNormaliser.fold("۲۴") == "24")
    }

    @Test("Tokens are runs of letters and digits")
    func tokens() {
        #expect(TextNormaliser.tokens("Front-Line, Defenders!") == ["front", "line", "defenders"])
        #expect(TextNormaliser.tokens("d'urgence 24 h/24") == ["d", "urgence", "24", "h", "24"])
        #expect(TextNormaliser.tokens("\"NEAR(a b)\" * -x") == ["near", "a", "b", "x"])
        #expect(TextNormaliser.tokens("  \t\n ").isEmpty)
        #expect(TextNormaliser.tokens("").isEmpty)
    }

    @Test("Arabic words yield their stems without attached prefixes")
    func variants() {
        #expect(TextNormaliser.variants(of: "لحقوق") == ["لحقوق", "حقوق"])
        #expect(TextNormaliser.variants(of: "والحقوق") == ["والحقوق", "حقوق", "الحقوق"])
        #expect(TextNormaliser.variants(of: "للانسان").contains("انسان"))
        #expect(TextNormaliser.variants(of: "فبالقانون").contains("قانون"))
        #expect(TextNormaliser.variants(of: "كالعاده").contains("عاده"))
        // A stem shorter than two letters is not kept.
        #expect(TextNormaliser.variants(of: "لي") == ["لي"])
        #expect(TextNormaliser.variants(of: "وال") == ["وال", "ال"])
        // Other scripts are left alone.
        #expect(TextNormaliser.variants(of: "lawyer") == ["lawyer"])
        #expect(TextNormaliser.variants(of: "حقوقx") == ["حقوقx"])
    }

    @Test("Index text carries every token and its stems")
    func indexText() {
        #expect(TextNormaliser.indexText("لِحقوق الإنسان") == "لحقوق حقوق الانسان انسان")
        #expect(TextNormaliser.indexText("Fédération, des Droits") == "federation des droits")
    }

    @Test("The fold table gives what the slow path gives, for every scalar it holds")
    func foldTableMatchesSlowPath() {
        var differences: [String] = []
        for value in 0x80..<FoldTable.limit {
            let text = String(Character(Unicode.Scalar(value)!))
            if TextNormaliser.fold(text) != TextNormaliser.foldSlowly(text) {
                differences.append(String(value, radix: 16))
            }
        }
        #expect(differences.isEmpty)
    }

    @Test("Folding scalar by scalar gives what folding the whole text gives", arguments: [
        "Fédération Internationale pour les Droits Humains", "الفيدرالية الدولية لحقوق الإنسان",
        "مُحَامِيٌّ في حقـــوق ٱلإنسان ٢٤/٧", "ΟΔΟΣ Ἀθῆναι", "Ｆｕｌｌ ﬁnance ① \u{FEFB}", "한국 인권 東京 ½ ǅemal",
        "e\u{0301}\u{20D0}x İstanbul ß ŉ", "Defensor·a de derechos — año 2026",
    ])
    func foldIsLocal(text: String) {
        #expect(TextNormaliser.fold(text) == TextNormaliser.foldSlowly(text))
        let slowTokens = TextNormaliser.foldSlowly(text).unicodeScalars
            .split { !TextNormaliser.isTokenScalar($0) }
            .map { String(String.UnicodeScalarView($0)) }
        #expect(TextNormaliser.tokens(text) == slowTokens)
    }

    @Test("Prefix list is ordered longest first and has no duplicates")
    func prefixes() {
        let prefixes = TextNormaliser.arabicPrefixes.map { String(String.UnicodeScalarView($0)) }
        #expect(Set(prefixes).count == prefixes.count)
        #expect(prefixes.first?.unicodeScalars.count == 4)
        #expect(prefixes.contains("وال") && prefixes.contains("لل") && prefixes.contains("فال") && prefixes.contains("بال"))
        #expect(zip(prefixes, prefixes.dropFirst()).allSatisfy { $0.unicodeScalars.count >= $1.unicodeScalars.count })
    }
}

@Suite("MatchText")
struct MatchTextTests {
    /// Everyday spellings typed into an interview or a referral meet the directory's own: the six
    /// pairs the architecture review found unrecognised by Gemini's former normaliser.
    @Test(arguments: [
        ("مراقبه", "مراقبة"), ("احالة", "إحالة"), ("الان", "الآن"), ("قريبا", "قريباً"), ("صحفيه", "صحفية"), ("الاردن", "الأردن"),
    ])
    func arabicSpellingsMeet(typed: String, listed: String) {
        #expect(MatchText.normalise(typed) == MatchText.normalise(listed))
    }

    @Test func foldsAsSearchFolds() {
        for text in ["Défenseur·es", "ÉCOLE", "مُحَامِيٌّ", "حقـــوق", "Türkiye"] {
            #expect(MatchText.normalise(text) == TextNormaliser.fold(text))
        }
        #expect(MatchText.normalise("digital_incident  front-line/x") == "digital incident front line x")
        #expect(MatchText.words("l’avocat, d'urgence!") == ["avocat", "urgence"])
    }

    @Test func arabicStemsComeFromSearchPrefixes() {
        #expect(MatchText.stems("والصحفيين") == ["صحفيين"])
        #expect(MatchText.stems("للصحفيين").first == "صحفيين")
        #expect(MatchText.stems("journalist").isEmpty)
        #expect(MatchText.key("العربيه") == "عربيه")
    }
}
