import DirectoryModel

/// Turns a model value into `path → text` pairs by reflection, so that the review compares
/// every field the model has, including fields added after this was written (the contract's
/// `unconfirmed`, `checked`, `operator`, `requires`, …) without a list to keep in step.
///
/// Paths read like the files: `services[rapid-response].contacts[0].value`, `name[fr]`.
/// Arrays of values with an `id` or `code` are keyed by it, so an insertion does not renumber
/// its neighbours; other arrays by position.
struct ModelFlattener {
    /// What the review needs to know about each contact, by the contact's path.
    struct ContactFacts: Sendable, Hashable {
        var source: String?
        var sourceDate: String?
        var emergency: Bool
        var current: Bool
    }

    private(set) var fields: [String: String] = [:]
    private(set) var contacts: [String: ContactFacts] = [:]

    /// Flattens `value` under `prefix`.
    mutating func add(_ value: Any, at prefix: String) {
        if let text = value as? LocalizedText {
            for (language, string) in text.values { fields[prefix + "[\(language)]"] = string }
            return
        }
        if let contact = value as? Contact {
            contacts[prefix] = ContactFacts(source: contact.source, sourceDate: contact.sourceDate,
                                            emergency: contact.emergency, current: contact.isCurrent)
        }
        switch value {
        case let s as String: fields[prefix] = s; return
        case let b as Bool: fields[prefix] = b ? "true" : "false"; return
        case let i as Int: fields[prefix] = String(i); return
        case let d as Double: fields[prefix] = String(d); return
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first?.value { add(wrapped, at: prefix) }
        case .collection:
            for (offset, child) in mirror.children.enumerated() {
                add(child.value, at: prefix + "[\(Self.key(of: child.value) ?? String(offset))]")
            }
        case .set:
            let items = mirror.children.map { String(describing: $0.value) }.sorted()
            fields[prefix] = items.joined(separator: ", ")
        case .dictionary:
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                guard pair.count == 2 else { continue }
                add(pair[1].value, at: prefix + "[\(String(describing: pair[0].value))]")
            }
        case .enum:
            if let raw = value as? any RawRepresentable {
                fields[prefix] = String(describing: raw.rawValue)
            } else if mirror.children.isEmpty {
                fields[prefix] = String(describing: value)
            } else {
                for child in mirror.children { add(child.value, at: join(prefix, child.label ?? "value")) }
            }
        case .struct, .class, .tuple:
            // Dates and durations: one value, as written.
            if let date = value as? CalendarDate { fields[prefix] = date.description; return }
            if let duration = value as? ISODuration { fields[prefix] = duration.text; return }
            for child in mirror.children {
                guard let label = child.label, !label.hasSuffix("Index"), !label.hasPrefix("_") else { continue }
                add(child.value, at: join(prefix, label))
            }
        default:
            fields[prefix] = String(describing: value)
        }
    }

    private func join(_ prefix: String, _ label: String) -> String { prefix.isEmpty ? label : prefix + "." + label }

    /// The `id` or `code` of a list element, when it has one.
    static func key(of value: Any) -> String? {
        for child in Mirror(reflecting: value).children where child.label == "id" || child.label == "code" {
            if let key = child.value as? String { return key }
        }
        return nil
    }
}
