import DirectoryModel
import Testing

@Suite struct CoverageTests {
    let regions = Regions(
        countries: [
            .init(code: "TN", name: LocalizedText("Tunisia"), region: "northern-africa"),
            .init(code: "KE", name: LocalizedText("Kenya"), region: "eastern-africa"),
            .init(code: "FR", name: LocalizedText("France"), region: "western-europe"),
        ],
        regions: [
            .init(code: "africa", name: LocalizedText("Africa")),
            .init(code: "northern-africa", name: LocalizedText("Northern Africa"), parent: "africa"),
            .init(code: "sub-saharan-africa", name: LocalizedText("Sub-Saharan Africa"), parent: "africa"),
            .init(code: "eastern-africa", name: LocalizedText("Eastern Africa"), parent: "sub-saharan-africa"),
            .init(code: "europe", name: LocalizedText("Europe")),
            .init(code: "western-europe", name: LocalizedText("Western Europe"), parent: "europe"),
        ],
        bodies: [.init(code: "au", name: LocalizedText("African Union"), members: ["TN", "KE"], source: "https://au.int")]
    )

    @Test func regionsContainTheirSubRegionsCountries() {
        #expect(regions.region("africa", contains: "KE"))
        #expect(regions.region("sub-saharan-africa", contains: "KE"))
        #expect(!regions.region("sub-saharan-africa", contains: "TN"))
        #expect(regions.regionChain(of: "KE").map(\.code) == ["eastern-africa", "sub-saharan-africa", "africa"])
    }

    @Test func entriesResolveThroughRegionsAndBodies() {
        #expect(Coverage(include: ["BODY:au"]).covers("ke", in: regions))
        #expect(!Coverage(include: ["BODY:au"]).covers("FR", in: regions))
        #expect(Coverage(include: ["REGION:africa"], exclude: ["TN"]).covers("KE", in: regions))
        #expect(!Coverage(include: ["REGION:africa"], exclude: ["TN"]).covers("TN", in: regions))
        #expect(Coverage.global.covers("FR", in: regions))
        #expect(!Coverage(include: ["GLOBAL"], exclude: ["BODY:au"]).covers("TN", in: regions))
    }

    @Test func namingACountryIsMoreSpecificThanARegionOrTheWorld() {
        #expect(Coverage(include: ["TN"]).specificity(for: "TN", in: regions) == 3)
        #expect(Coverage(include: ["BODY:au"]).specificity(for: "TN", in: regions) == 2)
        #expect(Coverage.global.specificity(for: "TN", in: regions) == 1)
        #expect(Coverage(include: ["FR"]).specificity(for: "TN", in: regions) == 0)
    }

    @Test func unknownEntriesAreKnownToBeUnknown() {
        #expect(regions.isKnown(entry: "REGION:africa"))
        #expect(!regions.isKnown(entry: "REGION:atlantis"))
        #expect(!regions.isKnown(entry: "BODY:nato"))
        #expect(!regions.isKnown(entry: "ZZ"))
        #expect(regions.bodies(of: "TN").map(\.code) == ["au"])
    }
}

@Suite struct LocalizedTextTests {
    @Test func fallsBackToTheSourceLanguageThenEnglish() {
        let name = LocalizedText(["en": "Reporters Without Borders", "fr": "Reporters sans frontières"], sourceLanguage: "en")
        #expect(name.resolved(.fr) == "Reporters sans frontières")
        #expect(name.resolved(.ar) == "Reporters Without Borders")
        let spanish = LocalizedText(["es": "Somos Defensores"], sourceLanguage: "es")
        #expect(spanish.resolved(.en) == "Somos Defensores")
        #expect(!spanish.has(.en))
    }

    @Test func theDefaultSafeFirstStepExistsInEveryUILanguage() {
        for language in UILanguage.allCases { #expect(SafeFirstStep.default.has(language)) }
        let own = Service(id: "x", name: LocalizedText("X"), intake: Intake(firstMessage: LocalizedText("Use the form.")))
        #expect(SafeFirstStep.forService(own).resolved(.en) == "Use the form.")
    }
}
