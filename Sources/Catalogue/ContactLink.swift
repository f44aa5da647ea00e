import DirectoryModel
import Foundation

/// The one rule for which contact values are links and where a link leads. The Catalogue puts
/// the target on each ``Page/Block/field(label:value:note:target:)``; the web and Gemini fronts
/// render it and never guess from the value's text, so both offer the same links.
///
/// The target follows from the contact's TYPE (the `contact_types` vocabulary), never from
/// what its value looks like, and the value must pass the same form check `sanad lint` applies
/// to that type (``ValidationFormats``), so a value the rule cannot vouch for is plain text:
///
/// - `phone` → `tel:+digits`, only for a number in international form (`+`, 7 to 15 digits):
///   it dials the same line from anywhere, inside the country too. A national form (`01 234
///   5678`) is not linked: dialled from abroad its trunk prefix reaches the wrong line, and the
///   directory publishes every number in international form (the national-number rule), so a
///   national form here is a slip, not a dialable fact.
/// - `short_code` → `tel:digits` (2 to 6 digits, no `+`): a short national number is dialable
///   only inside its country, and that is exactly where the reader who needs it is (the page
///   names the country); phones dial it as written in the network they are in. RFC 3966 asks a
///   local number for a `phone-context`, but dialers in use take `tel:112` as written and some
///   would dial a context's characters too, so none is added.
/// - `sms` → `sms:+digits` (RFC 5724) under the same rule as a phone: a tap opens a message,
///   not a voice call the number may not answer.
/// - `fax` → no link: a tap would ring a fax machine.
/// - `signal`, `whatsapp`, `telegram` numbers → no link: `tel:` would place an ordinary,
///   unencrypted carrier call to a number published for an encrypted messenger, the opposite of
///   what the reader chose; the number stands alone to be copied into the app. A messenger's
///   own web address (`https://signal.me/…`) is linked as a web address.
/// - `email` → `mailto:` with the address.
/// - `website`, `web_form`, `onion` → the address itself, when it is an `http://` or
///   `https://` URL with a host and no spaces (Tor Browser opens an onion address).
/// - anything else (`postal`, `skype`, `wire`, a type this rule does not know) → no link.
///
/// Bidi isolates (which an Arabic page puts around left-to-right runs, ``BidiIsolation``) never
/// reach a target: they are removed before the value is checked.
public enum ContactLink {
    /// The link target of a contact of `type` (a `contact_types` code) with `value`, or nil when
    /// the value is not to be a link.
    public static func target(type: String, value: String) -> String? {
        let bare = BidiIsolation.strip(value).trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "phone":
            return ValidationFormats.isPhone(bare) ? "tel:+" + NumberingPlan.digits(bare) : nil
        case ContactTypes.shortCode:
            return ValidationFormats.isShortCode(bare) ? "tel:" + bare : nil
        case "sms":
            return ValidationFormats.isPhone(bare) ? "sms:+" + NumberingPlan.digits(bare) : nil
        case ContactTypes.email:
            return ValidationFormats.isEmail(bare) ? "mailto:" + bare : nil
        case _ where ContactTypes.webAddresses.contains(type) || type == ContactTypes.onion || ContactTypes.messengers.contains(type):
            // A messaging app's number is not linked (see above); its web address is.
            return webAddress(bare)
        default:
            return nil
        }
    }

    /// `url` itself when it is an `http://` or `https://` address with a host and no spaces (the
    /// only web addresses made into links), else nil. Fronts use it for an external link too,
    /// so a hand-built page cannot make a `javascript:` address into a link.
    public static func webAddress(_ url: String) -> String? {
        let bare = BidiIsolation.strip(url)
        return ValidationFormats.isWebURL(bare) ? bare : nil
    }
}

