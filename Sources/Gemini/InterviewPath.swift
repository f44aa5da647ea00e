import DirectoryModel

/// Where a defender is in the referral interview: the answers so far, one path segment each,
/// so every step is a link that can be shared and the last one leads to the referral.
///
/// `/en/interview` asks the first question; `/en/interview/TN/journalist,lawyer/-` has answered
/// three (`-` is a skipped question); a final `/+` segment asks for typed words instead of the
/// list of choices. Codes are checked against the directory by ``Interview``.
public struct InterviewPath: Sendable, Hashable {
    public var language: UILanguage
    /// One entry per answered step; an empty list is a skipped step.
    public var answers: [[String]]
    /// Whether the path ends in `/+`: ask for typed words.
    public var asksForWords: Bool

    /// The path word after the language.
    public static let word = "interview"
    /// The segment of a skipped step.
    public static let skipped = "-"
    /// The final segment that asks for typed words.
    public static let typeMarker = "+"
    /// The most codes one answer holds.
    public static let maximumCodesPerAnswer = 16

    public init(language: UILanguage, answers: [[String]] = [], asksForWords: Bool = false) {
        self.language = language
        self.answers = answers
        self.asksForWords = asksForWords
    }

    /// The first step's path in `language`.
    public static func start(_ language: UILanguage) -> String {
        "/\(language.rawValue)/\(word)"
    }

    /// The step still to answer, nil when every step is answered.
    public var nextStep: InterviewStep? { InterviewStep(rawValue: answers.count) }

    /// The path: `/en/interview/TN/-` (and `/+` when asking for words).
    public var path: String {
        var parts = [Self.start(language)]
        parts += answers.map { $0.isEmpty ? Self.skipped : $0.joined(separator: ",") }
        if asksForWords { parts.append(Self.typeMarker) }
        return parts.joined(separator: "/")
    }

    /// This path with one more answer (and not asking for words).
    public func answering(_ codes: [String]) -> InterviewPath {
        InterviewPath(language: language, answers: answers + [codes])
    }

    /// Reads a decoded request path. Nil when it is not an interview path, or is one with too
    /// many steps or a segment that cannot hold codes.
    public static func parse(_ path: String) -> InterviewPath? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        guard parts.count >= 2, let language = UILanguage(rawValue: String(parts[0])), parts[1] == word else { return nil }
        var rest = parts.dropFirst(2)
        var asks = false
        if rest.last == Substring(typeMarker) {
            asks = true
            rest = rest.dropLast()
        }
        guard rest.count <= InterviewStep.allCases.count, !(asks && rest.count == InterviewStep.allCases.count) else { return nil }
        var answers: [[String]] = []
        for segment in rest {
            if segment == Substring(skipped) {
                answers.append([])
                continue
            }
            let codes = segment.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard codes.count <= maximumCodesPerAnswer, codes.allSatisfy(isCode) else { return nil }
            answers.append(codes)
        }
        return InterviewPath(language: language, answers: answers, asksForWords: asks)
    }

    /// A vocabulary or country code: ASCII letters, digits, `_` and `-`, at most 64 bytes.
    static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
    }
}
