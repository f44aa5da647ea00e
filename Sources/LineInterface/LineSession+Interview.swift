import Catalogue

extension LineSession {
    /// A line typed on an interview question's screen, when it answers the question: several
    /// numbers of listed answers (`1 3`), words (read by the catalogue, as every front reads
    /// them), `-`, or Enter with nothing more to show (skip). Nil for a single number and the
    /// commands, which keep their meaning (`back` returns to the previous question).
    mutating func interviewAnswer(_ text: String, _ command: LineCommand, _ path: InterviewPath) -> [String]? {
        switch command {
        case .enter:
            return pending.isEmpty ? answer(path, "") : nil
        case .search(let words?) where words == text.trimmingSpaces():
            if let codes = chosenCodes(words, path) {
                return open(.interview(path.answering(codes)), remember: true)
            }
            return answer(path, words)
        case .unknown:
            return answer(path, text.trimmingSpaces())
        default:
            return nil
        }
    }

    /// The next question (or the referral) after typed words, or the same question with the
    /// catalogue's "not recognised" sentence.
    mutating func answer(_ path: InterviewPath, _ words: String) -> [String] {
        let next: InterviewPath?
        do {
            next = try catalogue.answering(path, typed: words)
        } catch {
            return [UIText.lineNotFound(language)]
        }
        guard let next else {
            let again: Page
            do { again = try catalogue.interviewPage(path, language, notRecognised: true) } catch { return [UIText.lineNotFound(language)] }
            route = .interview(path)
            page = again
            pending = []
            return PageRenderer(layout: layout).render(again)
        }
        return open(.interview(next), remember: true)
    }

    /// The codes of the listed answers a line of several numbers names (`1 3`, `1,3`), nil when
    /// the line is not only numbers of listed answers.
    private func chosenCodes(_ words: String, _ path: InterviewPath) -> [String]? {
        let parts = words.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "،" })
        let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        let links = page?.links ?? []
        guard numbers.count == parts.count, numbers.count > 1,
              numbers.count <= InterviewPath.maximumCodesPerAnswer,
              numbers.allSatisfy({ (1...links.count).contains($0) }) else { return nil }
        var codes: [String] = []
        for number in numbers {
            // A listed answer is a link to this path with exactly one more code.
            guard case .link(_, .interview(let target)) = links[number - 1], target.answers.count == path.answers.count + 1,
                  let code = target.answers.last?.first, target.answers.last?.count == 1 else { return nil }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
