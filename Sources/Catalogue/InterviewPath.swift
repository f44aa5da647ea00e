import Memberwise

/// Where a defender is in the referral interview: the answers so far, one path segment each,
/// so every step is an address (a Gopher selector, a Gemini URL) that holds every answer given.
///
/// `/en/interview` asks the first question; `/en/interview/TN/journalist,lawyer/-` has answered
/// three (`-` is a skipped question); a final `/+` segment asks for typed words instead of the
/// list of choices. The language is the route's. Codes are checked against the directory by
/// the catalogue.
///
/// A full interview fits a Gopher selector: at most ``maximumCodesPerAnswer`` codes per answer,
/// each a vocabulary code.
@MemberwiseInit
public struct InterviewPath: Sendable, Hashable {
    /// One entry per answered step; an empty list is a skipped step.
    public var answers: [[String]] = []
    /// Whether the path ends in `/+`: ask for typed words.
    public var asksForWords: Bool = false

    /// The path word after the language.
    public static let word = "interview"
    /// The segment of a skipped step.
    public static let skipped = "-"
    /// The final segment that asks for typed words.
    public static let typeMarker = "+"
    /// The most codes one answer holds, so that a full interview stays a short selector.
    public static let maximumCodesPerAnswer = 6
    /// The longest code a segment may hold.
    public static let maximumCodeLength = 32

    /// The step still to answer, nil when every step is answered.
    public var nextStep: InterviewStep? { InterviewStep(rawValue: answers.count) }

    /// The segments after `/xx/interview`: `TN/-` (and `/+` when asking for words).
    var segments: [String] {
        answers.map { $0.isEmpty ? Self.skipped : $0.joined(separator: ",") } + (asksForWords ? [Self.typeMarker] : [])
    }

    /// This path with one more answer (and not asking for words).
    public func answering(_ codes: [String]) -> InterviewPath {
        InterviewPath(answers: answers + [codes])
    }

    /// This path asking for typed words for its next step.
    public var typing: InterviewPath {
        InterviewPath(answers: answers, asksForWords: true)
    }

    /// Reads the segments after `/xx/interview`. Nil when there are too many steps or a segment
    /// cannot hold codes.
    static func parse(_ parts: ArraySlice<String>) -> InterviewPath? {
        var rest = parts
        var asks = false
        if rest.last == typeMarker {
            asks = true
            rest = rest.dropLast()
        }
        let steps = InterviewStep.allCases.count
        guard rest.count <= steps, !(asks && rest.count == steps) else { return nil }
        var answers: [[String]] = []
        for segment in rest {
            if segment == skipped {
                answers.append([])
                continue
            }
            let codes = segment.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard codes.count <= maximumCodesPerAnswer, codes.allSatisfy(isCode), Set(codes).count == codes.count else { return nil }
            answers.append(codes)
        }
        return InterviewPath(answers: answers, asksForWords: asks)
    }

    /// A vocabulary or country code: ASCII letters, digits, `_` and `-`.
    static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= maximumCodeLength && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
    }
}
