import DirectoryModel
import Testing
@testable import DirectoryIndex

@Suite("SearchIndex search")
struct SearchIndexTests {
    let index: SearchIndex

    init() throws {
        index = try SearchIndex.build(Fixture.directory)
    }

    func ids(_ query: String, limit: Int = 50) throws -> [String] {
        try index.search(query, limit: limit).map(\.id)
    }

    @Test("A name finds its organisation first, with name and kind")
    func byName() throws {
        let hits = try index.search("Front Line Defenders")
        #expect(hits.first == SearchHit(id: "front-line-defenders", name: "Front Line Defenders", kind: "ngo", rank: hits.first?.rank ?? 0))
        #expect(try ids("fidh") == ["fidh"])
    }

    @Test("The last word is a prefix")
    func prefix() throws {
        #expect(try ids("front lin").first == "front-line-defenders")
        #expect(try ids("solidar") == ["twin-a", "twin-b"])
        #expect(try ids("maghreb obs") == ["old-observatory"])
    }

    @Test("Accents do not matter, either way")
    func accents() throws {
        #expect(try ids("federation internationale").first == "fidh")
        #expect(try ids("Fédération").contains("fidh"))
        #expect(try ids("tunez").contains("legal-aid-centre"))
        #expect(try ids("TÚNEZ").contains("legal-aid-centre"))
    }

    @Test("Hamza forms match each other", arguments: ["الإنسان", "الانسان", "الأنسان"])
    func hamza(query: String) throws {
        let found = try ids(query)
        #expect(found.contains("fidh"))
        #expect(found.contains("un-sr-hrd"))
    }

    @Test("An attached prefix on the query still finds the bare word, and the reverse")
    func attachedPrefixes() throws {
        // The fixture has "لحقوق" (FIDH) and "حقوق" (rapporteur, Front Line).
        let bare = try ids("حقوق")
        #expect(bare.contains("fidh"))
        #expect(bare.contains("un-sr-hrd"))
        let prefixed = try ids("لحقوق")
        #expect(prefixed.contains("fidh"))
        #expect(prefixed.contains("un-sr-hrd"))
        #expect(try ids("وحقوق").contains("legal-aid-centre"))
        // "انسان" is written "الإنسان" everywhere in the fixture.
        #expect(try ids("انسان").contains("fidh"))
        #expect(try ids("والانسان").contains("un-sr-hrd"))
        // The fixture writes "لـلمحامين" (with tatweel) and "المحامين": both give the stem.
        #expect(try ids("محامين") == ["legal-aid-centre"])
        #expect(try ids("بالمحامين") == ["legal-aid-centre"])
    }

    @Test("Tashkeel and tatweel are ignored on both sides")
    func tashkeel() throws {
        // Indexed with tashkeel, queried without.
        #expect(try ids("مركز المساعدة القانونية").first == "legal-aid-centre")
        // Indexed without tashkeel, queried with it.
        #expect(try ids("الفِدْرَالِيَّة").first == "fidh")
        // Tatweel on either side.
        #expect(try ids("حقـــوق العمال").contains("legal-aid-centre"))
        #expect(try ids("المـقررة").contains("un-sr-hrd"))
    }

    @Test("Ta marbuta and alef maksura match ha and ya")
    func taMarbuta() throws {
        #expect(try ids("القانونيه").contains("legal-aid-centre"))
        #expect(try ids("الدوليه").contains("fidh"))
        #expect(try ids("مؤسسه ايرلنديه").first == "front-line-defenders")
    }

    @Test("Every language of labels, keywords and places is searched")
    func everyLanguage() throws {
        for query in ["avocat", "abogado", "محامي", "lawyer"] {
            let found = try ids(query)
            #expect(found.contains("legal-aid-centre"), "\(query)")
            #expect(found.contains("fidh"), "\(query)")
        }
        #expect(try ids("Afrique du Nord") == ["digital-helpline"])
        #expect(try ids("Unión Africana") == ["fidh"])
        #expect(try ids("تونس").contains("legal-aid-centre"))
        #expect(try ids("periodista") == ["legal-aid-centre"])
        #expect(try ids("malware") == ["digital-helpline"])
        #expect(try ids("surveillance numerique") == ["digital-helpline"])
        #expect(try ids("urgence").contains("front-line-defenders"))
    }

    @Test("A vocabulary word being typed finds its code's organisations; inside a query it must be whole")
    func vocabularyPrefixes() throws {
        // "avoc" is no word of any text, only the start of a legal_support keyword.
        #expect(Set(try ids("avoc")) == Set(try ids("avocat")))
        #expect(try ids("avoc").contains("legal-aid-centre"))
        // Not the last word: no prefix, and nothing matches "avoc" whole, so only the fallback finds.
        #expect(try ids("avoc tunez") == (try ids("tunez")))
        // Code and text together: a word in a name and a code of the same organisation rank it first.
        #expect(try ids("periodista tunez").first == "legal-aid-centre")
    }

    @Test("Inactive organisations are still found")
    func inactive() throws {
        #expect(try ids("maghreb observatory") == ["old-observatory"])
    }

    @Test("A name outranks a description")
    func weights() throws {
        // "defenders" is in Front Line's name and in the Rapporteur's, but only in a service
        // name at FIDH.
        let hits = try index.search("defenders")
        let order = hits.map(\.id)
        #expect(Set(order.prefix(2)) == ["front-line-defenders", "un-sr-hrd"])
        #expect(hits.map(\.rank) == hits.map(\.rank).sorted())
        #expect(order.contains("fidh"))
    }

    @Test("Order is deterministic: rank, then id")
    func deterministic() throws {
        let first = try index.search("rights")
        for _ in 0..<5 { #expect(try index.search("rights") == first) }
        let reordered = Directory(organisations: Fixture.organisations.reversed(), vocabularies: Fixture.vocabularies, regions: Fixture.regions)
        #expect(try SearchIndex.build(reordered).search("rights") == first)
        // Identical documents tie on rank and fall back to id.
        let twins = try index.search("solidarity trust")
        #expect(twins.map(\.id) == ["twin-a", "twin-b"])
        #expect(twins[0].rank == twins[1].rank)
        for pair in zip(first, first.dropFirst()) {
            #expect(pair.0.rank < pair.1.rank || (pair.0.rank == pair.1.rank && pair.0.id < pair.1.id))
        }
    }

    @Test("All words must match; when none does so together, any may")
    func andThenOr() throws {
        #expect(try ids("digital helpline") == ["digital-helpline"])
        let fallback = try ids("zzzunknown helpline")
        #expect(fallback == ["digital-helpline"])
        #expect(try ids("zzzunknown").isEmpty)
    }

    @Test("The limit is respected")
    func limit() throws {
        #expect(try index.search("rights", limit: 2).count == 2)
        #expect(try index.search("rights", limit: 0).isEmpty)
        #expect(try index.search("rights", limit: -3).isEmpty)
        #expect(try index.search("rights", limit: Int.max).count == (try index.search("rights").count))
    }

    static let hostileQueries: [String] = [
        "", " ", "\"", "\"\"\"", "'", "*", "**", "front*", "*front", "\"front", "front\"",
        "NEAR(front line)", "front NEAR line", "NEAR", "AND", "OR", "NOT", "front AND", "OR front",
        "(", ")", "((front)", "-", "-front", "front -line", "^front", "names:front", "{names}: front",
        "search MATCH 'x'", "'); DROP TABLE organisation; --", "\u{0}", "front\u{0}line", "\u{200F}\u{200E}",
        "\u{0301}\u{064E}", "🙂🙂", "ـــ", "+", "a:b:c", "[x]", "\\", "%", "_",
        String(repeating: "x", count: 10_240),
        String(repeating: "front ", count: 1_800),
        String(repeating: "\"*()-:^{}", count: 1_200),
        String((0..<10_240).map { Character(Unicode.Scalar(UInt8(32 + $0 % 95))) }),
        String(repeating: "مُـ", count: 4_000),
    ]

    /// Indices rather than the queries themselves, so the test log stays readable.
    @Test("Hostile queries never raise an error", arguments: hostileQueries.indices)
    func hostile(number: Int) throws {
        _ = try index.search(Self.hostileQueries[number])
    }

    @Test("Syntax characters are treated as separators")
    func syntaxAsText() throws {
        #expect(try ids("\"front\"").first == "front-line-defenders")
        #expect(try ids("NEAR(front line)").first == "front-line-defenders")
        #expect(try ids("front -line").first == "front-line-defenders")
        #expect(try ids("names:front").first == "front-line-defenders")
        _ = try ids("'); DROP TABLE organisation; --")
        #expect(try ids("fidh") == ["fidh"])
    }

    @Test("Searches from many tasks at once agree")
    func concurrent() async throws {
        let index = self.index
        let expected = try index.search("rights")
        try await withThrowingTaskGroup(of: [SearchHit].self) { group in
            for _ in 0..<32 {
                group.addTask { try index.search("rights") }
            }
            for try await hits in group { #expect(hits == expected) }
        }
    }
}
