/// A node of a parsed YAML document with its position: what the loader checks before it builds
/// any value, so every problem can be reported as `file:line:column`.
///
/// Scalars keep their text and whether they were written plain (unquoted): only a plain scalar
/// can be a boolean, a number or null. No tag resolution happens here; the schema decides what
/// each field means, so `NO` (Norway) stays a string where a country code is expected.
struct YAMLNode: Sendable {
    /// One key and its value in a mapping, in file order.
    struct Pair: Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    enum Content: Sendable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    var content: Content
    /// 1-based line of the node's first character.
    var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml counts them.
    var column: Int

    /// The text of a scalar, nil for a sequence or mapping.
    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether this is a plain `null`, `~` or an empty value (`key:` with nothing after it).
    var isNull: Bool {
        if case .scalar(let text, plain: true) = content { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// What kind of value this is, in words, for messages ("a list", "a map", "a string").
    var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "empty" : "a single value"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}
