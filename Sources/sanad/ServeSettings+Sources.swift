import DirectoryModel
import Foundation
import Yams

extension ServeSettings {
    /// The settings in the YAML file at `path`. Unknown keys and values of the wrong kind are
    /// errors, each naming the key and its place (`sanad.yaml:12:3`), with a suggestion for a
    /// misspelt key.
    public static func file(at path: String) throws(ServeSettingsError) -> ServeSettings {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServeSettingsError(["The configuration file \(path) cannot be read."])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ServeSettingsError(["The configuration file \(path) is not UTF-8 text."])
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses configuration YAML; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws(ServeSettingsError) -> ServeSettings {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw ServeSettingsError(["\(file) is not valid YAML: \(error)."])
        }
        guard let root else { return ServeSettings() }
        guard let mapping = root.mapping else {
            throw ServeSettingsError(["\(file) must be a mapping of keys to values, as in deploy/sanad.yaml."])
        }
        var settings = ServeSettings()
        var problems: [String] = []
        func place(_ node: Node) -> String {
            node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
        }
        func visit(_ mapping: Node.Mapping, prefix: String) {
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else {
                    problems.append("\(place(keyNode)): a key must be a plain word.")
                    continue
                }
                let name = prefix + key
                if let kind = kinds[name] {
                    if case .scalar(let scalar) = value, scalar.tag == .init(.null) || (scalar.string.isEmpty && scalar.style == .plain) {
                        continue
                    }
                    if let parsed = Self.value(of: value, as: kind) {
                        settings.values[name] = parsed
                    } else {
                        problems.append("\(place(value)): `\(name)` must be \(kind.sentence).")
                    }
                } else if let nested = value.mapping, prefix.isEmpty, keys.contains(where: { $0.name.hasPrefix(name + ".") }) {
                    visit(nested, prefix: name + ".")
                } else if keys.contains(where: { $0.name.hasPrefix(name + ".") }) {
                    if case .scalar(let scalar) = value, scalar.tag == .init(.null) { continue }
                    problems.append("\(place(value)): `\(name)` must be a section of keys, as in deploy/sanad.yaml.")
                } else {
                    let suggestion = ValidationSuggestions.suggestion(for: name, among: keys.map(\.name))
                    problems.append("\(place(keyNode)): `\(name)` is not a configuration key" + (suggestion.map { " (did you mean `\($0)`?)." } ?? "."))
                }
            }
        }
        visit(mapping, prefix: "")
        guard problems.isEmpty else { throw ServeSettingsError(problems) }
        return settings
    }

    private static func value(of node: Node, as kind: Kind) -> Value? {
        switch kind {
        case .string:
            guard case .scalar = node, let text = node.string else { return nil }
            return .string(text)
        case .int:
            guard case .scalar(let scalar) = node, let number = Int(scalar.string) else { return nil }
            return .int(number)
        case .port:
            guard case .scalar(let scalar) = node else { return nil }
            return portValue(scalar.string)
        case .bool:
            guard case .scalar(let scalar) = node else { return nil }
            switch scalar.string.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .strings:
            if case .scalar(let scalar) = node { return .strings([scalar.string]) }
            guard let sequence = node.sequence else { return nil }
            var texts: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else { return nil }
                texts.append(scalar.string)
            }
            return .strings(texts)
        }
    }

    /// A port setting's text: a number, or `off` (also `false`, `no`, `none`).
    static func portValue(_ text: String) -> Value? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed) { return .int(number) }
        return ["off", "false", "no", "none"].contains(trimmed.lowercased()) ? .string("off") : nil
    }

    /// The `SANAD_…` variables of `environment` (lists comma-separated). `SANAD_CONFIG` names
    /// the file and is not a setting. Any other `SANAD_` variable that is not a setting is
    /// ignored: other programs (and wrappers) set their own, and they must not stop the server.
    /// One that looks like a misspelt setting is passed to `warn` (one sentence) so a typo does
    /// not pass silently. A setting with a value of the wrong kind is an error.
    public static func environment(
        _ environment: [String: String], warn: (String) -> Void = { _ in }
    ) throws(ServeSettingsError) -> ServeSettings {
        var settings = ServeSettings()
        var problems: [String] = []
        let names = Dictionary(uniqueKeysWithValues: keys.map { (environmentName($0.name), $0) })
        let prefix = "SANAD_"
        for (variable, text) in environment.sorted(by: { $0.key < $1.key }) where variable.hasPrefix(prefix) {
            guard variable != "SANAD_CONFIG" else { continue }
            guard let key = names[variable] else {
                // Compared without the shared prefix, which would make any name look close.
                let candidates = (Array(names.keys) + ["SANAD_CONFIG"]).map { String($0.dropFirst(prefix.count)) }
                if let suggestion = ValidationSuggestions.suggestion(for: String(variable.dropFirst(prefix.count)), among: candidates) {
                    warn("The environment variable \(variable) is not a setting (did you mean \(prefix + suggestion)?); it is ignored.")
                }
                continue
            }
            let value: Value?
            switch key.kind {
            case .string: value = .string(text)
            case .int: value = Int(text.trimmingCharacters(in: .whitespaces)).map(Value.int)
            case .port: value = portValue(text)
            case .bool:
                switch text.lowercased() {
                case "true", "1", "yes": value = .bool(true)
                case "false", "0", "no": value = .bool(false)
                default: value = nil
                }
            case .strings:
                value = .strings(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            }
            if let value {
                settings.values[key.name] = value
            } else {
                problems.append("\(variable) must be \(key.kind.sentence).")
            }
        }
        guard problems.isEmpty else { throw ServeSettingsError(problems) }
        return settings
    }
}
