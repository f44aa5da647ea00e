/// Decodes HTML character references: numeric (`&#64;`, `&#x40;`) and the named ones that
/// appear in contact details and the languages of the directory. An unknown name stays as
/// written, so nothing is invented.
public enum EntityDecoder {
    /// Named references, without `&` and `;`. The whole HTML table has 2,231 names; these are
    /// the ones that matter for addresses, numbers and the directory's languages.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "",
        "commat": "@", "period": ".", "lpar": "(", "rpar": ")", "plus": "+", "dash": "-", "hyphen": "-",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "colon": ":", "sol": "/", "lowbar": "_",
        "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]", "num": "#", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "hellip": "\u{2026}", "middot": "\u{00B7}", "bull": "\u{2022}", "copy": "\u{00A9}", "reg": "\u{00AE}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "deg": "\u{00B0}", "ordm": "\u{00BA}", "ordf": "\u{00AA}", "euro": "\u{20AC}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "yacute": "ý",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù", "Agrave": "À", "Egrave": "È",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "Ecirc": "Ê",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
        "atilde": "ã", "otilde": "õ", "ntilde": "ñ", "Ntilde": "Ñ", "ccedil": "ç", "Ccedil": "Ç", "szlig": "ß",
        "aring": "å", "Aring": "Å", "aelig": "æ", "oslash": "ø", "Oslash": "Ø", "oelig": "œ", "iexcl": "¡", "iquest": "¿",
    ]

    /// `text` with every character reference it can decode replaced.
    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        out.reserveCapacity(text.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            // A reference is at most 32 characters and ends at ';' (tolerated missing for numbers).
            let body = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace && $0 != "<" }.prefix(32)
            let hasSemicolon = after.dropFirst(body.count).first == ";"
            if let decoded = reference(body), hasSemicolon || body.first == "#" {
                out += decoded
                rest = after.dropFirst(body.count + (hasSemicolon ? 1 : 0))
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    static func reference(_ body: Substring) -> String? {
        if body.first == "#" {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(body)]
    }
}
