/// libFuzzer target: the Gopher request line parser (`GopherRequest.parse`).
///
/// Compiled together with Sources/Gopher/GopherRequest.swift (which has no imports), so the
/// parser is exercised without NIO. Besides "no crash", it checks the parser's promises: a
/// parsed request never holds a control character other than tab-free text, never a `..` segment,
/// and a line over the limit is always refused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGopherRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // A small limit too, so the boundary is reached by short inputs.
    for limit in [GopherRequest.defaultMaximumLineBytes, 16] {
        do {
            let request = try GopherRequest.parse(bytes, maximumBytes: limit)
            precondition(size <= limit, "a line over the limit was accepted")
            precondition(!request.selector.split(separator: "/").contains(".."), "'..' accepted")
            precondition(!request.selector.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                         "control character in selector")
            if let query = request.query {
                precondition(!query.isEmpty, "empty query")
                precondition(query.first != " " && query.last != " ", "query not trimmed")
            }
        } catch {
            // Every refusal is one of the typed errors (its words are the Catalogue's, outside
            // this file).
            _ = error as GopherRequestError
        }
    }
    return 0
}
