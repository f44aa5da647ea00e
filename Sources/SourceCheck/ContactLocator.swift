import DirectoryModel
import Foundation
import Yams

/// Finds every contact in a directory's organisation files with its position, reading the YAML
/// directly: `--record` needs each contact's lines, `lint --stale` its position, and both must
/// work on a directory that `sanad lint` has not yet passed (a test directory serving
/// `http://127.0.0.1:PORT` sources, which lint's URL rule refuses).
///
/// It reads only the fields the check needs; every other rule is the loader's.
public enum ContactLocator {
    /// A file that could not be read or parsed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// The contacts of every `organisations/*.yaml` under `directory`, in file order, then
    /// organisation-wide contacts before each service's.
    public static func contacts(in directory: String) throws(Failure) -> [LocatedContact] {
        let folder = (directory as NSString).appendingPathComponent("organisations")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw Failure(file: folder, message: "cannot list the organisation files")
        }
        var byID: [String: (website: String?, contacts: [LocatedContact])] = [:]
        var order: [String] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Failure(file: path, message: "cannot read the file as UTF-8")
            }
            let root: Node?
            do { root = try Yams.compose(yaml: text) } catch { throw Failure(file: path, message: "not valid YAML") }
            guard let map = root?.mapping else { continue }
            let id = map["id"]?.string ?? String(name.dropLast(".yaml".count))
            let website = map["website"]?.string
            var found = contactList(map["contacts"], organisation: id, service: nil, file: path)
            for service in map["services"]?.sequence ?? [] {
                guard let serviceMap = service.mapping else { continue }
                found += contactList(serviceMap["contacts"], organisation: id, service: serviceMap["id"]?.string, file: path)
            }
            byID[id] = (website, found)
            order.append(id)
        }
        // Websites last: an operator's may be in a later file.
        return order.flatMap { id in
            byID[id]!.contacts.map { contact in
                var contact = contact
                contact.websites = [byID[id]!.website, contact.operatorID.flatMap { byID[$0]?.website }].compactMap { $0 }
                return contact
            }
        }
    }

    static func contactList(_ node: Node?, organisation: String, service: String?, file: String) -> [LocatedContact] {
        (node?.sequence ?? []).compactMap { item in
            guard let map = item.mapping, let first = map.first?.key.mark,
                  let type = map["type"]?.string, let value = map["value"]?.string
            else { return nil }
            var keyLines: [String: Int] = [:]
            for (key, _) in map { if let name = key.string, let mark = key.mark { keyLines[name] = mark.line } }
            return LocatedContact(
                organisation: organisation, service: service, file: file, line: first.line, column: first.column,
                type: type, value: value, source: map["source"]?.string ?? "", printed: map["printed"]?.string,
                operatorID: map["operator"]?.string, historical: map["historical"]?.string == "true",
                unconfirmed: map["unconfirmed"] != nil, checked: map["checked"]?.string.flatMap(CalendarDate.init),
                keyLines: keyLines, websites: []
            )
        }
    }
}
