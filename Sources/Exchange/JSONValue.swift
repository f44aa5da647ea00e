import Foundation

/// A JSON value with a deterministic encoding (sorted keys): what the HSDS export builds and the
/// HSDS import reads, without `Any`.
public enum JSONValue: Sendable, Hashable, Codable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The member `key` of an object; nil for anything else or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array; an empty list otherwise.
    public var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }

    /// The members, when this is an object.
    public var members: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The Boolean, when this is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an integer, when it is a whole number.
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value == value.rounded(): return Int(value)
        default: return nil
        }
    }

    /// JSON with sorted keys and unescaped slashes, stable between runs: compact on one line by
    /// Sanad's own writer (the export's hot path), or pretty-printed by Foundation's encoder.
    public func encoded(pretty: Bool = false) throws -> Data {
        if pretty {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            return try encoder.encode(self)
        }
        var bytes: [UInt8] = []
        write(into: &bytes)
        return Data(bytes)
    }

    /// Parses `data` as JSON.
    public static func decode(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }
}

/// Builds JSON objects leaving out absent and empty values, so no `null` or `[]` reaches a file.
struct JSONObject {
    var members: [String: JSONValue] = [:]

    /// Sets `key` to a string, unless it is nil or empty.
    mutating func set(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { members[key] = .string(value) }
    }

    /// Sets `key` to an array, unless it is empty.
    mutating func set(_ key: String, _ values: [JSONValue]) {
        if !values.isEmpty { members[key] = .array(values) }
    }

    /// Sets `key` to a list of strings, unless it is empty.
    mutating func set(_ key: String, strings: [String]) {
        set(key, strings.map(JSONValue.string))
    }

    /// Sets `key` to any value, unless it is nil.
    mutating func set(_ key: String, value: JSONValue?) {
        if let value { members[key] = value }
    }

    /// Sets `key` to an object, unless it has no members.
    mutating func set(_ key: String, object: JSONObject) {
        if !object.members.isEmpty { members[key] = object.value }
    }

    var value: JSONValue { .object(members) }
}
