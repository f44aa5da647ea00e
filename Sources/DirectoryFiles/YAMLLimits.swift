/// The limits every directory file is read under. A file past a limit is refused with an error
/// naming the limit, before it can use much memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file read, in bytes. The largest real file (regions.yaml) is about 60 KiB.
    public var maximumBytes: Int
    /// Deepest nesting of lists and maps. Organisation files nest about 7 deep.
    public var maximumDepth: Int
    /// Most YAML nodes (scalars, lists, maps) in one file.
    public var maximumNodes: Int

    public init(maximumBytes: Int = 1 << 20, maximumDepth: Int = 32, maximumNodes: Int = 100_000) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    /// 1 MiB, 32 levels, 100,000 nodes.
    public static let `default` = YAMLLimits()
}
