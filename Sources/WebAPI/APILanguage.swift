import DirectoryModel
import Web

/// The language of an API answer: an explicit `lang` (body, then `?lang=`) wins, then the
/// request's `Accept-Language`, then English.
public enum APILanguage {
    /// The language `Accept-Language` prefers among Sanad's four (highest `q`, then order), if any.
    public static func accepted(_ header: String?) -> UILanguage? {
        guard let header else { return nil }
        var best: (language: UILanguage, q: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";")
            let tag = parts.first.map { $0.trimmingWhitespace.lowercased() } ?? ""
            let primary = String(tag.split(separator: "-").first ?? "")
            var q = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingWhitespace.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == "q" { q = Double(pair[1]) ?? 0 }
            }
            guard q > 0, let language = UILanguage(rawValue: primary) else { continue }
            if best == nil || q > best!.q { best = (language, q) }
        }
        return best?.language
    }

    /// The language for a request whose explicit choice (if any) was `explicit`.
    public static func of(_ request: WebRequest, explicit: UILanguage? = nil) -> UILanguage {
        explicit ?? APIQuery(request.query)["lang"].flatMap(UILanguage.init(rawValue:)) ?? accepted(request.header("Accept-Language")) ?? .en
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingWhitespace: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
