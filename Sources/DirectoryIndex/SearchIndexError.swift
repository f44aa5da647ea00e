/// Why an index could not be built, written, opened or searched. Each reads as one plain sentence.
public enum SearchIndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index could not be built (the directory holds something the database refused).
    case cannotBuild(reason: String)
    /// The index file could not be written; any previous file at `path` is unchanged.
    case cannotWrite(path: String, reason: String)
    /// The file could not be opened as an index.
    case cannotOpen(path: String, reason: String)
    /// The file is an index of another format version.
    case incompatible(path: String, version: Int)
    /// The database failed while searching.
    case searchFailed(reason: String)

    public var description: String {
        switch self {
        case .cannotBuild(let reason):
            "The search index could not be built: \(reason)."
        case .cannotWrite(let path, let reason):
            "The search index could not be written to \(path): \(reason)."
        case .cannotOpen(let path, let reason):
            "The search index \(path) could not be opened: \(reason)."
        case .incompatible(let path, let version):
            "The search index \(path) has format \(version), not \(SearchSchema.version); rebuild it with sanad index."
        case .searchFailed(let reason):
            "The search failed: \(reason)."
        }
    }
}
