import Foundation

extension DirectoryReview {
    /// The checklist as plain text: one box per change, grouped by organisation, with every
    /// invisible or direction-changing character shown as `<U+202E>` so a reversed number
    /// cannot pass for another.
    public var text: String {
        var lines: [String] = []
        let orgs = Set(items.map(\.organisation)).count
        lines.append("Review of \(base)\(baseCommit.map { " (\($0.prefix(12)))" } ?? "") → \(head)\(headCommit.map { " (\($0.prefix(12)))" } ?? ""): "
                     + "\(items.count) change\(items.count == 1 ? "" : "s") in \(orgs) entr\(orgs == 1 ? "y" : "ies").")
        if items.isEmpty { return lines.joined(separator: "\n") + "\n" }
        lines.append("Check each value against its source before you approve; tick the box when done.")
        var currentKind: ReviewItem.Kind?
        for item in items {
            if item.kind != currentKind {
                currentKind = item.kind
                lines.append("")
                lines.append("== \(item.kind.rawValue)")
            }
            lines.append("[ ] \(item.organisation)\(item.name.map { " (\(Self.visible($0)))" } ?? ""): \(item.path)")
            lines.append("      old: \(item.old.map(Self.visible) ?? "(none)")")
            lines.append("      new: \(item.new.map(Self.visible) ?? "(removed)")")
            if let source = item.source {
                lines.append("      source: \(Self.visible(source))\(item.sourceDate.map { " (\($0))" } ?? " (no date)")")
            }
            lines.append("      shows: \(item.shows.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The checklist as JSON (the same fields).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    /// `text` with control, format (bidi, zero-width) and other invisible characters written as
    /// `<U+XXXX>`.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                out += String(format: "<U+%04X>", scalar.value)
            case .spaceSeparator where scalar != " ":
                out += String(format: "<U+%04X>", scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
