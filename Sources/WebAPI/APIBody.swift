import DirectoryModel
import Exchange
import Foundation
import Web

/// A request's JSON body as one object whose fields are read one by one with their expected
/// type, so a wrong body gets a sentence naming the field. Unknown fields are refused, so a
/// misspelt field never silently means "not given".
public struct APIBody: Sendable {
    /// The object's members.
    public let members: [String: JSONValue]

    /// Parses `request`'s body: 415 unless it is declared JSON, 400 unless it is one object
    /// whose field names are all in `known`.
    public init(_ request: WebRequest, known: [String]) throws(APIProblem) {
        let type = request.header("Content-Type")?.split(separator: ";").first?.trimmingWhitespace.lowercased()
        guard let type, type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json")) else {
            throw .unsupportedMediaType
        }
        let value: JSONValue
        do {
            value = try JSONValue.decode(Data(request.body))
        } catch {
            throw .badJSON
        }
        guard let members = value.members else { throw .badJSON }
        if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownField(unknown, known: known)
        }
        self.members = members
    }

    /// An optional string (absent or null is nil).
    public func string(_ name: String) throws(APIProblem) -> String? {
        switch members[name] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw .wrongType(name, expected: .stringOrNull)
        }
    }

    /// An optional list of strings (absent or null is empty).
    public func strings(_ name: String) throws(APIProblem) -> [String] {
        switch members[name] {
        case nil, .null?: return []
        case .array(let items)?:
            var result: [String] = []
            for item in items {
                guard case .string(let value) = item else { throw .wrongType(name, expected: .list) }
                result.append(value)
            }
            return result
        default: throw .wrongType(name, expected: .list)
        }
    }

    /// An optional Boolean (absent or null is false).
    public func bool(_ name: String) throws(APIProblem) -> Bool? {
        switch members[name] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw .wrongType(name, expected: .boolean)
        }
    }

    /// An optional whole number.
    public func int(_ name: String, in range: ClosedRange<Int>) throws(APIProblem) -> Int? {
        switch members[name] {
        case nil, .null?: return nil
        case .int(let value)? where range.contains(value): return value
        default: throw .wrongType(name, expected: .count(range))
        }
    }

    /// The optional `lang` field: one of the four UI languages.
    public func language(_ name: String = "lang") throws(APIProblem) -> UILanguage? {
        let code: String
        switch members[name] {
        case nil, .null?: return nil
        case .string(let value)?: code = value
        default: throw .wrongType(name, expected: .language)
        }
        guard let language = UILanguage(rawValue: code) else { throw .wrongType(name, expected: .language) }
        return language
    }

    /// The explicit language of a body that may be wrong in other ways: for the words of its error.
    public static func language(of request: WebRequest) -> UILanguage? {
        guard let value = try? JSONValue.decode(Data(request.body)), case .string(let code)? = value["lang"] else { return nil }
        return UILanguage(rawValue: code)
    }
}
