/// libFuzzer target: the line interface's telnet input decoder (IAC, option negotiation,
/// subnegotiation, editing keys, escape sequences, line endings, flood limits).
///
/// Compiled together with Sources/LineInterface/TelnetInputDecoder.swift and
/// TelnetInputEvent.swift. The input is fed twice: whole, and one byte at a time with small
/// limits; both must stay within the decoder's promises (no line over the limit, nothing after a
/// flood).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTelnetInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)

    var whole = TelnetInputDecoder()
    check(whole.decode(bytes), limits: whole.limits)

    var small = TelnetInputDecoder(limits: .init(maximumLineBytes: 8, maximumRawBytesPerLine: 24, maximumInvalidLinesInARow: 2))
    var events: [TelnetInputEvent] = []
    for byte in bytes {
        if let event = small.decode(byte) { events.append(event) }
    }
    check(events, limits: small.limits)
    return 0
}

private func check(_ events: [TelnetInputEvent], limits: TelnetInputDecoder.Limits) {
    var flooded = false
    for event in events {
        precondition(!flooded, "an event after a flood")
        switch event {
        case .line(let line):
            precondition(line.text.utf8.count <= limits.maximumLineBytes * 3, "line over the limit")
            precondition(!line.text.contains("\n") && !line.text.contains("\r"), "line ending inside a line")
        case .reply(let reply):
            precondition(reply.count == 3 && reply[0] == 0xFF, "malformed option refusal")
        case .flood:
            flooded = true
        }
    }
}
