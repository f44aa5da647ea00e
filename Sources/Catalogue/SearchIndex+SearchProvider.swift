import DirectoryIndex

/// The SQLite index answers the catalogue's searches.
extension SearchIndex: SearchProvider {
    public func searchIDs(_ query: String, limit: Int) throws -> [String] {
        try search(query, limit: limit).map(\.id)
    }
}
