extension JSONValue {
    /// Compact JSON with sorted keys, as bytes: the body the JSON and HSDS APIs send (the same
    /// writer as the export files).
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }
}
