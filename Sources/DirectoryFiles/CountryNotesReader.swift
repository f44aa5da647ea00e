import DirectoryModel
import Foundation

/// Reads the optional `country-notes.yaml`: facts about a country as a whole (a law on defenders
/// without a body to contact, a country-wide warning), each with its source and the source's date.
enum CountryNotesReader {
    static let fileName = "country-notes.yaml"
    static let noteFields = ["country", "kind", "text", "source", "source_date"]

    /// The notes, or none when the file is absent; problems are appended.
    static func load(in path: String, display root: String, reader: YAMLReader, reference: ReferenceData,
                     problems: inout [Problem], count: inout Int) -> [CountryNote] {
        let full = URL(fileURLWithPath: path).appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: full),
              let node = DirectoryLoader.parse(file: fileName, in: path, display: root, reader: reader, problems: &problems, count: &count)
        else { return [] }
        var checker = FileChecker(path: DirectoryLoader.display(root: path, fileName),
                                  languageCodes: reference.languages.map(Set.init))
        let notes = read(node, reference: reference, checker: &checker)
        problems += checker.problems
        return notes
    }

    static func read(_ root: YAMLNode, reference: ReferenceData, checker: inout FileChecker) -> [CountryNote] {
        guard let f = checker.fields(root, of: fileName, allowed: ["notes"], required: ["notes"]) else { return [] }
        return checker.list(f["notes"], "notes").compactMap { item -> CountryNote? in
            guard let n = checker.fields(item, of: "a country note", allowed: noteFields, required: noteFields) else { return nil }
            let country = checker.country(n["country"], "country", regions: reference.regions)
            let kind = checker.choice(n["kind"], "kind", CountryNote.Kind.self)
            let text = checker.text(n["text"], "text")
            let source = n["source"].flatMap { ContactReader.source($0, "source", checker: &checker) }
            let sourceDate = checker.string(n["source_date"], "source_date")
            if let sourceDate, let node = n["source_date"], !ValidationFormats.isSourceDate(sourceDate) {
                checker.error(node, "\"source_date\" must be a year, a year and month, a date (2011, 2011-05, 2011-05-04) or \"undated\", not \"\(sourceDate)\"")
            }
            guard let country, let kind, let text, let source, let sourceDate else { return nil }
            return CountryNote(country: country, kind: kind, text: text, source: source, sourceDate: sourceDate)
        }
    }
}
