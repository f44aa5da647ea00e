import TextMatching
import DirectoryModel
import GRDB

/// The words of the vocabularies a search matches (kinds, service types, beneficiaries and
/// threats: labels and keywords in every language, normalised), each with the codes it names.
///
/// An organisation's `terms` column holds one short token per code it uses (`0s12`), not the
/// words of every label and keyword in four languages: those words were three quarters of
/// all the index held for 10,000 synthetic organisations, and most of its build time. A query
/// word finds its codes here (whole, or as a prefix for the word being typed) and the match
/// expression asks for their tokens beside the word itself; ``QueryPlan`` then ranks a code
/// match as a match of the word in the `terms` column, as before.
///
/// Stored with the index (`term_word`), so an index file is searched with the dictionary it
/// was built with.
struct TermDictionary: Sendable {
    /// Every distinct word, in UTF-8, sorted bytewise, so the words with a prefix are adjacent.
    private let words: [[UInt8]]
    /// For each word, the numbers of the codes it names, ascending.
    private let codes: [[Int]]
    /// Each code's token, by number.
    let tokens: [String]

    private init(entries: [(word: [UInt8], token: String)]) {
        let tokens = Array(Set(entries.map(\.token))).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: tokens.enumerated().map { ($1, $0) })
        var byWord: [[UInt8]: Set<Int>] = [:]
        for entry in entries { byWord[entry.word, default: []].insert(numbers[entry.token]!) }
        let sorted = byWord.keys.sorted { $0.lexicographicallyPrecedes($1) }
        self.words = sorted
        self.codes = sorted.map { byWord[$0]!.sorted() }
        self.tokens = tokens
    }

    /// An empty dictionary: queries then match words only.
    static let empty = TermDictionary(entries: [])

    /// The vocabularies whose codes an organisation's `terms` column holds, with the letter of
    /// their tokens.
    static func indexed(_ vocabularies: Vocabularies) -> [(letter: String, vocabulary: Vocabulary)] {
        [("k", vocabularies.kinds), ("s", vocabularies.services), ("b", vocabularies.beneficiaries), ("t", vocabularies.threats)]
    }

    /// The token of a code: `0`, the vocabulary's letter and the code's place in its file. It
    /// starts with a digit and is one FTS5 token, so no normalised word is ever equal to one
    /// by accident of spelling (a user typing `0s12` finds that code, which is harmless).
    static func token(letter: String, index: Int) -> String { "0\(letter)\(index)" }

    /// The dictionary of `vocabularies`, and each code's token keyed by `letter:code`.
    static func build(_ vocabularies: Vocabularies) -> (dictionary: TermDictionary, tokens: [String: String]) {
        var entries: [(word: [UInt8], token: String)] = []
        var tokens: [String: String] = [:]
        for (letter, vocabulary) in Self.indexed(vocabularies) {
            for (index, term) in vocabulary.terms.enumerated() {
                let token = Self.token(letter: letter, index: index)
                tokens["\(letter):\(term.code)"] = token
                var text = term.label.allValues
                for language in term.keywords.keys.sorted() { text += term.keywords[language] ?? [] }
                for word in TextNormaliser.indexText(text.joined(separator: " ")).split(separator: " ") {
                    entries.append((Array(word.utf8), token))
                }
            }
        }
        return (TermDictionary(entries: entries), tokens)
    }

    /// Writes the dictionary into `term_word`.
    func save(_ db: Database) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO term_word (word, token) VALUES (?, ?)")
        for (word, numbers) in zip(words, codes) {
            let text = String(decoding: word, as: UTF8.self)
            for number in numbers { try insert.execute(arguments: [text, tokens[number]]) }
        }
    }

    /// Reads the dictionary saved with an index.
    static func load(_ db: Database) throws -> TermDictionary {
        let rows = try Row.fetchAll(db, sql: "SELECT word, token FROM term_word")
        return TermDictionary(entries: rows.map { (Array(($0[0] as String).utf8), $0[1] as String) })
    }

    /// The numbers of the codes named by `word`, or by every word starting with it when
    /// `prefix`; ascending, each once.
    func codes(matching word: [UInt8], prefix: Bool) -> [Int] {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].lexicographicallyPrecedes(word) { low = middle + 1 } else { high = middle }
        }
        guard prefix else { return low < words.count && words[low] == word ? codes[low] : [] }
        var found = Set<Int>()
        var index = low
        while index < words.count, words[index].starts(with: word) {
            found.formUnion(codes[index])
            index += 1
        }
        return found.sorted()
    }
}
