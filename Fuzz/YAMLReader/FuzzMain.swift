/// libFuzzer target: the safe YAML reader under the directory loader (`YAMLReader.read`), with
/// libyaml itself built with coverage and AddressSanitizer.
///
/// Compiled into the DirectoryFiles module itself (`YAMLReader` is internal). Each input is read
/// under the default limits and under small ones, so the depth and node limits are reached.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let small = YAMLLimits(maximumBytes: 4096, maximumDepth: 4, maximumNodes: 64)
    for limits in [YAMLLimits.default, small] {
        _ = YAMLReader(limits: limits).read(bytes)
    }
    return 0
}
