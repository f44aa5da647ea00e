import Catalogue

/// A search that always answers the same ids.
public struct FixedSearch: SearchProvider {
    public var ids: [String]

    public init(ids: [String]) { self.ids = ids }

    public func searchIDs(_ query: String, limit: Int) throws -> [String] { Array(ids.prefix(limit)) }
}
