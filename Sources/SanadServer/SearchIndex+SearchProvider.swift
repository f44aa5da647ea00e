import Catalogue
import DirectoryIndex

/// The SQLite index answers the catalogue's searches. It lives here, where the index and the
/// catalogue meet, so that the Catalogue and the fronts do not link GRDB.
extension SearchIndex: SearchProvider {
    public func searchIDs(_ query: String, limit: Int) throws -> [String] {
        try search(query, limit: limit).map(\.id)
    }
}
