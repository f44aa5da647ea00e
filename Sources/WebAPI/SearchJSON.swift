import Catalogue
import DirectoryModel
import Exchange

/// Search results as JSON for programs, what `sanad search --json` prints and
/// `/api/v1/search` answers (one writer): the organisations the Catalogue's search finds, by its
/// rules (every word must match, a country named filters by coverage, stop words of every
/// language are dropped, partial matches only when nothing matches every word), best first, as
/// every front's search page lists them.
///
/// `complete` is false when no organisation matches every word and the results are the best
/// partial matches (a front says so above them); codes stay codes, names and kind labels are in
/// the requested language.
public enum SearchJSON {
    /// `{"complete": …, "results": [{id, name, kind, kind_label, status}, …]}`, compact, keys
    /// sorted, at most `limit` results.
    public static func text(_ query: String, catalogue: Catalogue, language: UILanguage, limit: Int) -> String {
        let found = catalogue.searchResults(query)
        let directory = catalogue.directory
        let results: [JSONValue] = found.ids.prefix(limit).compactMap { id in
            guard let organisation = directory.organisation(id) else { return nil }
            return .object([
                "id": .string(id),
                "name": .string(organisation.name.resolved(language)),
                "kind": .string(organisation.kind),
                "kind_label": .string(directory.vocabularies.kinds.label(organisation.kind, language)),
                "status": .string(organisation.status.rawValue),
            ])
        }
        // Nothing found at all is not a partial answer.
        let complete = found.complete || results.isEmpty
        return String(decoding: JSONValue.object(["complete": .bool(complete), "results": .array(results)]).bytes, as: UTF8.self)
    }
}
