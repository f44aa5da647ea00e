import DirectoryModel

/// Writes an organisation as a draft directory file: `needs_review: true` first (lint refuses
/// the file inside `directory/` until a maintainer has checked it and removed the line), every
/// text a plain string in the file's `language`, every string double-quoted.
public enum DraftYAML {
    /// The file's text.
    public static func text(_ org: Organisation, publisher: String, date: String) -> String {
        var w = Writer(language: org.language)
        w.line("# Draft imported by `sanad import hsds` from \(publisher) (data of \(date)).")
        w.line("# Check every value against its source, then remove the needs_review line.")
        w.line("needs_review: true")
        w.field("id", org.id)
        w.text("name", org.name)
        w.list("alternate_names", org.alternateNames)
        w.field("kind", org.kind)
        if org.status == .inactive { w.line("status: inactive") }
        w.text("status_note", org.statusNote)
        w.field("language", org.language)
        w.text("description", org.description)
        w.field("website", org.website)
        w.field("onion", org.onion)
        w.list("part_of", org.partOf)
        w.field("seat", org.seat)
        w.texts("risk_notes", org.riskNotes)
        w.texts("safety_warnings", org.safetyWarnings)
        w.contacts(org.contacts)
        if org.services.isEmpty { w.line("services: []") } else { w.line("services:") }
        for service in org.services { w.service(service) }
        w.line("provenance:")
        w.indent += 1
        w.list("sources", org.provenance.sources)
        w.field("method", org.provenance.method)
        return w.output
    }

    /// A YAML double-quoted scalar (JSON's escapes are valid in it): the one quoting of text
    /// Sanad writes into YAML (import drafts, the benchmark's synthetic directory).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Lines at a current indentation.
    struct Writer {
        let language: String
        var indent = 0
        var output = ""
        /// Set by `item()`: the next line starts a list item.
        var dash = false

        mutating func line(_ text: String) {
            let pad = String(repeating: "  ", count: indent)
            if dash {
                output += String(pad.dropLast(2)) + "- " + text + "\n"
                dash = false
            } else {
                output += pad + text + "\n"
            }
        }

        /// Starts a list item whose fields follow at one more level.
        mutating func item() { dash = true }

        mutating func field(_ key: String, _ value: String?) {
            if let value { line("\(key): \(DraftYAML.quote(value))") }
        }

        mutating func flag(_ key: String, _ value: Bool) {
            if value { line("\(key): true") }
        }

        mutating func text(_ key: String, _ value: LocalizedText?) {
            if let value { field(key, value.resolved(language)) }
        }

        mutating func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            line("\(key): [\(values.map(DraftYAML.quote).joined(separator: ", "))]")
        }

        mutating func texts(_ key: String, _ values: [LocalizedText]) {
            list(key, values.map { $0.resolved(language) })
        }

        mutating func contacts(_ contacts: [Contact]) {
            guard !contacts.isEmpty else { return }
            line("contacts:")
            indent += 2
            for c in contacts {
                item()
                field("type", c.type)
                field("value", c.value)
                text("label", c.label)
                field("security", c.security?.rawValue)
                field("pgp", c.pgp)
                field("hours", c.hours)
                flag("emergency", c.emergency)
                field("printed", c.printed)
                field("national_only", c.nationalOnly)
                field("operator", c.operator)
                field("source", c.source)
                field("source_date", c.sourceDate)
            }
            indent -= 2
        }
    }
}
