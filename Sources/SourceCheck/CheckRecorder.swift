import DirectoryModel
import Foundation
import Yams

/// `--record`: writes `checked: YYYY-MM-DD` into the directory file at each contact whose
/// value was found on the organisation's own or an official live page, as a one-line edit
/// (a line inserted after the contact's `source_date` or `source`, or its `checked` line
/// rewritten). Nothing else in the file changes: not the formatting, not a comment, not a
/// value; missing values are never touched. Each file is re-read after the edit and written
/// only if it parses to the same contacts with the new date.
public enum CheckRecorder {
    /// One line written.
    public struct Edit: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        /// 1-based line in the edited file.
        public var line: Int
        public var text: String
        /// Whether an existing `checked` line was rewritten (else a line was inserted).
        public var replaced: Bool
        public var contact: LocatedContact

        public var description: String {
            "\(file):\(line): \(text.trimmingCharacters(in: .whitespaces)) (\(contact.type) \"\(contact.value)\", \(replaced ? "updated" : "added"))"
        }
    }

    /// Why a file was left as it was.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Records `date` for every recordable verdict; returns the edits made, file by file.
    public static func record(_ verdicts: [ContactVerdict], date: CalendarDate) throws(Failure) -> [Edit] {
        let byFile = Dictionary(grouping: verdicts.filter(\.isRecordable).map(\.contact), by: \.file)
        var edits: [Edit] = []
        for file in byFile.keys.sorted() {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Failure(file: file, message: "cannot read the file")
            }
            let (newText, fileEdits) = try apply(to: text, file: file, contacts: byFile[file]!, date: date)
            guard !fileEdits.isEmpty else { continue }
            do {
                try Data(newText.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw Failure(file: file, message: "cannot write the file")
            }
            edits += fileEdits
        }
        return edits
    }

    /// The file's text with each contact's check date written, and the edits, without
    /// touching the disk. A contact already checked on `date` or later is left alone.
    public static func apply(to text: String, file: String, contacts: [LocatedContact], date: CalendarDate) throws(Failure) -> (String, [Edit]) {
        guard !text.contains("\r") else { throw Failure(file: file, message: "has CR line ends; not edited") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edits: [Edit] = []
        // Bottom to top, so the line numbers of the contacts above stay right.
        for contact in contacts.sorted(by: { $0.line > $1.line }) {
            if let checked = contact.checked, checked >= date { continue }
            let indent = String(repeating: " ", count: contact.column - 1)
            if let line = contact.keyLines["checked"] {
                let old = lines[line - 1]
                guard let colon = old.range(of: "checked:") else { throw Failure(file: file, message: "line \(line): no \"checked:\" where expected") }
                let comment = old[colon.upperBound...].range(of: " #").map { String(old[colon.upperBound...][$0.lowerBound...]) } ?? ""
                lines[line - 1] = String(old[..<colon.upperBound]) + " \(date)" + comment
                edits.append(Edit(file: file, line: line, text: lines[line - 1], replaced: true, contact: contact))
            } else {
                guard let anchor = [contact.keyLines["source"], contact.keyLines["source_date"]].compactMap({ $0 }).max() else {
                    throw Failure(file: file, message: "line \(contact.line): contact without a source")
                }
                var at = anchor  // 0-based index of the line after the anchor
                while at < lines.count, indentation(lines[at]) > contact.column - 1, !lines[at].allSatisfy(\.isWhitespace) { at += 1 }
                lines.insert(indent + "checked: \(date)", at: at)
                for i in edits.indices { edits[i].line += 1 }  // edits so far are all below
                edits.append(Edit(file: file, line: at + 1, text: lines[at], replaced: false, contact: contact))
            }
        }
        let newText = lines.joined(separator: "\n")
        try verify(old: text, new: newText, file: file, stamped: contacts.filter { c in edits.contains { $0.contact == c } }, date: date)
        return (newText, edits.sorted { $0.line < $1.line })
    }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// The edited text must parse to the same contacts, in the same order with the same values,
    /// and the stamped ones must carry the date.
    static func verify(old: String, new: String, file: String, stamped: [LocatedContact], date: CalendarDate) throws(Failure) {
        func contacts(_ text: String) -> [LocatedContact]? {
            guard let root = try? Yams.compose(yaml: text), let map = root.mapping else { return nil }
            var found = ContactLocator.contactList(map["contacts"], organisation: "", service: nil, file: file)
            for service in map["services"]?.sequence ?? [] {
                found += ContactLocator.contactList(service.mapping?["contacts"], organisation: "", service: nil, file: file)
            }
            return found
        }
        guard let before = contacts(old), let after = contacts(new), before.count == after.count else {
            throw Failure(file: file, message: "the edit would change the file's structure; not edited")
        }
        let stampedLines = Set(stamped.map(\.line))
        for (b, a) in zip(before, after) {
            guard a.type == b.type, a.value == b.value, a.source == b.source, a.historical == b.historical else {
                throw Failure(file: file, message: "the edit would change a contact; not edited")
            }
            if stampedLines.contains(b.line) {
                guard a.checked == date else { throw Failure(file: file, message: "line \(b.line): the date did not land in the contact; not edited") }
            } else {
                guard a.checked == b.checked else { throw Failure(file: file, message: "the edit would change another contact's date; not edited") }
            }
        }
    }
}
