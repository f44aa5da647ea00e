import DirectoryFiles
import DirectoryIndex
import DirectoryModel
import Foundation
import Testing

/// The international organisations named in the founding leaflet (Amnesty International
/// Tunisia) must be found in the real directory by a search in English, in French (by the
/// official French name where there is one) and in Arabic by the leaflet's own names, written
/// with or without hamza, tashkeel or ta marbuta.
@Suite struct FoundingTextSearchTests {
    static let directoryPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("directory").path

    static let index: SearchIndex? = {
        guard let directory = DirectoryLoader.load(directory: directoryPath).directory else { return nil }
        return try? SearchIndex.build(directory)
    }()

    /// (id, English query, French query, Arabic query as the leaflet writes it). The French query
    /// is the official French name where official-names.yaml gives one, else the name itself.
    static let cases: [(String, String, String, String)] = [
        ("civicus", "CIVICUS", "CIVICUS", "منظمة مراقبة المجتمع المدني"),
        ("front-line-defenders", "Front Line Defenders", "Front Line Defenders", "منظمة الخط الأمامي"),
        ("human-rights-first", "Human Rights First", "Human Rights First", "منظمة حقوق الإنسان أولاً"),
        ("fidh", "International Federation for Human Rights", "Fédération internationale pour les droits humains", "الاتحاد الدولي لحقوق الإنسان"),
        ("outright-international", "OutRight International", "OutRight International", "اللجنة الدولية لحقوق أصحاب الميول الجنسية المثلية"),
        ("ishr", "International Service for Human Rights", "Service international pour les droits de l'homme", "الخدمة الدولية لحقوق الإنسان"),
        ("observatory-fidh-omct", "Observatory for the Protection of Human Rights Defenders", "Observatory for the Protection of Human Rights Defenders", "المرصد"),
        ("peace-brigades-international", "Peace Brigades International", "Brigades de paix internationales", "المنظمة الدولية لأولوية السلام"),
        ("rsf-assistance-desk", "Reporters Without Borders", "Reporters sans frontières", "مراسلون بلا حدود"),
        ("scholars-at-risk", "Scholars at Risk", "Scholars at Risk", "شبكة الباحثين المعرضين للخطر"),
        ("urgent-action-fund-whr", "Urgent Action Fund", "Urgent Action Fund", "صندوق التحرك العاجل من أجل الحقوق الإنسانية للمرأة"),
        ("amnesty-international", "Amnesty International", "Amnesty International", "منظمة العفو الدولية"),
    ]

    static func ids(_ query: String) throws -> [String] {
        try #require(index).search(query, limit: 10).map(\.id)
    }

    @Test(arguments: cases.map(\.0))
    func foundInEnglishFrenchAndArabic(id: String) throws {
        let (_, english, french, arabic) = try #require(Self.cases.first { $0.0 == id })
        #expect(try Self.ids(english).contains(id), "en: \(english)")
        #expect(try Self.ids(french).contains(id), "fr: \(french)")
        #expect(try Self.ids(arabic).contains(id), "ar: \(arabic)")
    }

    /// The Arabic names written the way people type them: no hamza, ta marbuta as ha, with
    /// tashkeel or tatweel.
    @Test(arguments: [
        ("front-line-defenders", "منظمه الخط الامامي"),
        ("amnesty-international", "مُنَظَّمَة العَفْو الدَّوْلِيَّة"),
        ("amnesty-international", "منظمة العفـــو الدولية"),
        ("fidh", "الاتحاد الدولي لحقوق الانسان"),
        ("urgent-action-fund-whr", "صندوق التحرك العاجل"),
        ("rsf-assistance-desk", "مراسلون"),
    ])
    func arabicVariantsFindTheSameEntry(id: String, query: String) throws {
        #expect(try Self.ids(query).contains(id), "\(query)")
    }
}
