import Crypto
import Foundation

/// The one `<style>` element of every page, and its hash for the Content-Security-Policy
/// (`style-src 'sha256-…'`), computed once at start-up from the very bytes sent, so the two
/// can never disagree.
///
/// A few hundred bytes: a readable measure and line height, links that look like links, a
/// visible focus, large touch targets on a 240-pixel phone, and a print layout that drops the
/// navigation and the forms (a referral printed for a case file).
public enum WebStyle {
    /// The style sheet, as it appears between `<style>` and `</style>`.
    public static let css = "body{max-width:40em;margin:auto;padding:0 .5em;font:1em/1.5 sans-serif;overflow-wrap:anywhere}"
        + "a{color:#00c}a:focus,input:focus,button:focus{outline:2px solid}#x{margin:0}#x a{display:block;padding:.4em;background:#fd0;color:#000}"
        + "h1{font-size:1.5em}h2{font-size:1.2em}nav{margin:.3em 0}li{margin:.3em 0}input,button{font:inherit;padding:.2em}fieldset{margin:.5em 0}"
        + "@media print{#x,nav,form,footer{display:none}body{max-width:none}a{color:#000}}"

    /// The policy's source for the style: `'sha256-<base64>'`.
    public static let hashSource: String = {
        let digest = SHA256.hash(data: Data(css.utf8))
        return "'sha256-" + Data(digest).base64EncodedString() + "'"
    }()

    /// The Content-Security-Policy of every response: nothing may load, run or frame the page;
    /// only this style applies and forms post back here.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src \(hashSource); img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}
