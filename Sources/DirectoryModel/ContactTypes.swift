/// The groups of `contact_types` codes that code treats alike, named once: lint's form check of
/// a value (``ValidationFormats``), the link a page makes of it, the HSDS channel it is exported
/// as and how the source check looks for it on a page all follow from these. The vocabulary
/// file gives each code its labels; a new code that belongs to a group is added here too.
public enum ContactTypes {
    /// The value is a number in international form (`+`, 7 to 15 digits).
    public static let numbers: Set<String> = ["phone", "sms", "fax"]
    /// A short national number (2 to 6 digits), dialable only inside its country.
    public static let shortCode = "short_code"
    /// Messaging apps: the value is a number in international form, a web address or a user name.
    public static let messengers: Set<String> = ["signal", "whatsapp", "telegram"]
    /// The value is an `http://` or `https://` address.
    public static let webAddresses: Set<String> = [website, "web_form"]
    /// An organisation's website (also the type of its `website` field when a page shows it).
    public static let website = "website"
    /// The value is an onion service's address (Tor Browser opens it); also the type of an
    /// organisation's `onion` field.
    public static let onion = "onion"
    /// The value is an e-mail address.
    public static let email = "email"
}
