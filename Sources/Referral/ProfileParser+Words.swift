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
        let words = items.map(\.word)
        // After a need phrase, the next understood words are read as a need only.
        var wantNeed = false
        // The position and kind (device or not) of the last thing named ("phone", "id").
        var lastObject: (position: Int, device: Bool)?
        func apply(_ meanings: [Meaning], at position: Int, typed: String) {
            var meanings = meanings
            if wantNeed, meanings.contains(where: { if case .need = $0 { true } else { false } }) {
                meanings = meanings.filter { if case .need = $0 { true } else { false } }
            } else if meanings.contains(where: { if case .who = $0 { true } else { false } }) {
                // The person's role, not the help sought: "lawyer" is who they are.
                meanings = meanings.filter { if case .need = $0 { false } else { true } }
            }
            if let object = lastObject, position - object.position <= 3 {
                let before = meanings.count
                meanings = meanings.filter { if case .threat(let code) = $0 { !ProfileWords.personThreats.contains(code) } else { true } }
                if meanings.count < before, object.device, vocabularies.threats.term("device_seized_lost") != nil {
                    meanings.append(.threat("device_seized_lost"))
                }
            }
            if meanings.isEmpty { ignored.append(typed) }
            meanings.forEach { builder.apply($0) }
            wantNeed = false
        }
        while index < items.count {
            let word = items[index].word
            let typed = items[index].typed
            if let code = languageCode(word) {
                builder.apply(.language(code))
                index += 1
                continue
            }
            if let length = needMarker(at: index, in: words) {
                wantNeed = true
                index += length
                continue
            }
            if let (length, meanings) = longestPhrase(at: index, in: words, minimumWords: 2) {
                apply(meanings, at: index, typed: items[index..<index + length].map(\.typed).joined(separator: " "))
                index += length
                continue
            }
            if let meaning = twoLetterWord(typed: typed, word: word) {
                builder.apply(meaning)
                index += 1
                continue
            }
            if let meanings = phrases[MatchText.key(word)] ?? MatchText.stems(word).lazy.compactMap({ phrases[$0] }).first {
                apply(meanings, at: index, typed: typed)
                index += 1
                continue
            }
            if let (length, meanings) = arabicStemPhrase(at: index, in: words) {
                apply(meanings, at: index, typed: items[index..<index + length].map(\.typed).joined(separator: " "))
                index += length
                continue
            }
            if let device = objects[MatchText.key(word)] {
                lastObject = (index, device)
                ignored.append(typed)
                index += 1
                continue
            }
            if stopWords.contains(MatchText.key(word)) || stopWords.contains(word) {
                index += 1
                continue
            }
            ignored.append(typed)
            index += 1
        }
        if overflow > 0 { ignored.append("… (+\(overflow))") }
        return ParsedProfile(profile: builder.profile, ignoredWords: ignored)
    }

    /// The length of a need phrase ("needs a", "no tengo") starting at `start`, longest first.
    private func needMarker(at start: Int, in words: [String]) -> Int? {
        let longest = min(3, words.count - start)
        guard longest >= 1 else { return nil }
        for length in stride(from: longest, through: 1, by: -1) {
            let key = words[start..<start + length].map(MatchText.key).joined(separator: " ")
            // A marker never swallows a known phrase ("no" alone, but "no tengo abogado" is read
            // as the marker and then the need).
            if needMarkers.contains(key), start + length < words.count { return length }
        }
        return nil
    }

    /// One or two Arabic words read through their stems (prefixes, then pronoun and verb
    /// endings removed): "صادروا هاتفي" → "صادر هاتف".
    private func arabicStemPhrase(at start: Int, in words: [String]) -> (Int, [Meaning])? {
        func forms(_ word: String) -> [String] {
            guard MatchText.isArabic(word) else { return [MatchText.key(word)] }
            var all = [MatchText.key(word)]
            for form in MatchText.stems(word) + MatchText.suffixStems(word) where !all.contains(form) { all.append(form) }
            return all
        }
        let first = forms(words[start])
        if start + 1 < words.count {
            let second = forms(words[start + 1])
            for a in first {
                for b in second {
                    if let meanings = phrases[a + " " + b] { return (2, meanings) }
                }
            }
        }
        for form in MatchText.suffixStems(words[start]) {
            if let meanings = phrases[form] { return (1, meanings) }
        }
        return nil
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

    /// A bare two-letter word in capitals: a country code, or "UN" (mechanisms).
    private func twoLetterWord(typed: String, word: String) -> Meaning? {
        let letters = typed.filter(\.isLetter)
        guard word.count == 2, letters.count == 2, letters.allSatisfy(\.isASCII) else { return nil }
        // Only in capitals: "je", "ma", "id" in a sentence are words, not Jersey, Morocco, Indonesia.
        guard letters == letters.uppercased() else { return nil }
        if ProfileWords.mechanismsCapitalOnly.contains(letters) { return .mechanisms }
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
