import DirectoryModel
import TextMatching

extension ProfileParser {
    /// Reads a profile from free words such as `TN journalist surveillance arabic urgent`.
    /// Total: any text gives a profile (perhaps empty) and the words it did not understand.
    public func parse(words text: String) -> ParsedProfile {
        // Each typed token keeps its own spelling for the ignored list and for "UN" in capitals.
        var items: [(typed: String, word: String)] = []
        var overflow = 0
        for token in text.prefix(Self.maximumCharacters).split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
            let parts = MatchText.words(String(token))
            for part in parts {
                if items.count >= Self.maximumWords { overflow += 1; continue }
                items.append((parts.count == 1 ? String(token) : part, part))
            }
        }
        var builder = Builder()
        var ignored: [String] = []
        var index = 0
        while index < items.count {
            let word = items[index].word
            let typed = items[index].typed
            if let code = languageCode(word) {
                builder.apply(.language(code))
                index += 1
                continue
            }
            if let (length, meanings) = longestPhrase(at: index, in: items.map(\.word), minimumWords: 2) {
                meanings.forEach { builder.apply($0) }
                index += length
                continue
            }
            if let meaning = twoLetterWord(typed: typed, word: word) {
                builder.apply(meaning)
                index += 1
                continue
            }
            if let meanings = phrases[MatchText.key(word)] ?? MatchText.stems(word).lazy.compactMap({ phrases[$0] }).first {
                meanings.forEach { builder.apply($0) }
                index += 1
                continue
            }
            ignored.append(typed)
            index += 1
        }
        if overflow > 0 { ignored.append("… (+\(overflow))") }
        return ParsedProfile(profile: builder.profile, ignoredWords: ignored)
    }

    /// `lang:ar` → "ar", when the languages vocabulary has the code.
    private func languageCode(_ word: String) -> String? {
        guard word.hasPrefix("lang:") else { return nil }
        let code = String(word.dropFirst(5))
        return vocabularies.languages.term(code) != nil ? code : nil
    }

    /// The longest known phrase of at least `minimumWords` words starting at `start`.
    private func longestPhrase(at start: Int, in words: [String], minimumWords: Int) -> (Int, [Meaning])? {
        let longest = min(Self.maximumPhraseWords, words.count - start)
        guard longest >= minimumWords else { return nil }
        for length in stride(from: longest, through: minimumWords, by: -1) {
            let key = words[start..<start + length].map(MatchText.key).joined(separator: " ")
            if let meanings = phrases[key] { return (length, meanings) }
        }
        return nil
    }

    /// A bare two-letter word: a country code, or "UN" in capitals.
    private func twoLetterWord(typed: String, word: String) -> Meaning? {
        let letters = typed.filter(\.isLetter)
        guard word.count == 2, letters.count == 2, letters.allSatisfy(\.isASCII) else { return nil }
        let capitals = letters == letters.uppercased()
        if capitals, ProfileWords.mechanismsCapitalOnly.contains(letters) { return .mechanisms }
        if !capitals, ProfileWords.lowercaseStopWords.contains(word) { return nil }
        return regions.country(word) != nil ? .country(word.uppercased()) : nil
    }

    /// Collects meanings into a profile, in the order they were typed.
    struct Builder {
        var profile = DefenderProfile()

        mutating func apply(_ meaning: Meaning) {
            switch meaning {
            case .country(let code): if profile.country == nil { profile.country = code }
            case .who(let code): append(code, to: \.who)
            case .threat(let code): append(code, to: \.threats)
            case .need(let code): append(code, to: \.needs)
            case .language(let code): append(code, to: \.languages)
            case .urgency(let level):
                // The most urgent level typed wins: safety first.
                let order = DefenderProfile.UrgencyLevel.allCases
                if let current = profile.urgency, order.firstIndex(of: current)! <= order.firstIndex(of: level)! { return }
                profile.urgency = level
            case .location(let place): if profile.location == nil { profile.location = place }
            case .mechanisms: profile.mechanisms = true
            case .applicant(let who): if profile.applicant == nil { profile.applicant = who }
            }
        }

        private mutating func append(_ code: String, to list: WritableKeyPath<DefenderProfile, [String]>) {
            if !profile[keyPath: list].contains(code) { profile[keyPath: list].append(code) }
        }
    }
}
