import Testing
import Web
import SanadTestSupport

/// Checks every web test applies to every response.
enum WebChecks {
    /// The headers of issue 22, item 4, on `response`, and nothing that gives the server away;
    /// `Content-Length` is the body's (not for a `HEAD`).
    static func expectCommonHeaders(_ response: WebTestResponse, _ what: String, head: Bool = false) {
        #expect(response.header("Content-Security-Policy") == WebStyle.contentSecurityPolicy, "\(what)")
        #expect(response.header("Referrer-Policy") == "no-referrer", "\(what)")
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(what)")
        #expect(response.header("Server") == nil, "\(what)")
        #expect(response.header("Set-Cookie") == nil, "\(what)")
        #expect(response.header("Content-Length") != nil, "\(what)")
        if !head { #expect(response.header("Content-Length") == String(response.body.count), "\(what)") }
    }

    /// The `href` values of an HTML page, entities decoded.
    static func links(_ html: String) -> [String] {
        attribute("href", in: html)
    }

    /// The values of attribute `name` in `html`.
    static func attribute(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }
}
