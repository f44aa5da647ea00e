import CYaml

/// Why a file could not be read as YAML, with the position where reading stopped.
struct YAMLReadError: Error, Sendable, Hashable {
    /// 1-based; 0 when the problem concerns the whole file (size, emptiness).
    var line: Int
    var column: Int
    var message: String
}

/// Reads one YAML document from bytes into a ``YAMLNode`` tree, safely.
///
/// libyaml's event parser is driven directly and the tree is built with an explicit stack, so no
/// input can recurse deeply: nesting past ``YAMLLimits/maximumDepth`` is refused as soon as the
/// parser reports it. Directory files have no use for anchors, aliases or tags, so any of them is
/// refused; this also rules out alias bombs ("billion laughs"). Before libyaml sees the bytes,
/// they are checked for size, emptiness, valid UTF-8 and runaway bracket nesting.
///
/// Yams' own `compose` is not used: its composer recurses once per nesting level, expands
/// aliases and hashes whole subtrees to find duplicate keys, and reports only the first
/// duplicate; none of that is safe on hostile input.
struct YAMLReader {
    var limits: YAMLLimits = .default

    /// The document in `bytes`, or the first reason it cannot be read.
    func read(_ bytes: [UInt8]) -> Result<YAMLNode, YAMLReadError> {
        if bytes.count > limits.maximumBytes {
            return .failure(.init(line: 0, column: 0, message: "file is larger than the limit of \(Self.sizeText(limits.maximumBytes)); not read"))
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.init(line: 0, column: 0, message: "file is empty"))
        }
        if let bad = TextScan.firstInvalidUTF8(bytes) {
            return .failure(.init(line: bad.line, column: bad.column, message: "file is not valid UTF-8 text (invalid byte 0x\(String(bad.byte, radix: 16, uppercase: true)))"))
        }
        if let hidden = TextScan.firstInvisible(bytes) {
            let hex = String(hidden.scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return .failure(.init(line: hidden.line, column: hidden.column, message: "invisible control character \(code) (a bidi override, zero-width or control character can make text show something else); remove it"))
        }
        if let deep = TextScan.firstBracketNesting(beyond: limits.maximumDepth, in: bytes) {
            return .failure(.init(line: deep.line, column: deep.column, message: "brackets nest more than \(limits.maximumDepth) levels deep; not read"))
        }
        return bytes.withUnsafeBufferPointer { buffer in parse(buffer, bytes: bytes) }
    }

    // MARK: - Event loop

    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
    }

    private func parse(_ buffer: UnsafeBufferPointer<UInt8>, bytes: [UInt8]) -> Result<YAMLNode, YAMLReadError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(.init(line: 0, column: 0, message: "out of memory while reading the file"))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        var nodes = 0

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(Self.syntaxError(parser, bytes: bytes))
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1

            var finished: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else { return .failure(.init(line: 0, column: 0, message: "file is empty")) }
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(.init(line: line, column: column, message: "a directory file holds one YAML document; found a second one"))
                }
                continue
            case YAML_ALIAS_EVENT:
                return .failure(.init(line: line, column: column, message: "YAML aliases (*name) are not allowed in directory files"))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let problem = Self.refuseAnchorOrTag(anchor: scalar.anchor, tag: scalar.tag, line: line, column: column) {
                    return .failure(problem)
                }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                finished = YAMLNode(content: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line: line, column: column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                if let problem = Self.refuseAnchorOrTag(anchor: anchor, tag: tag, line: line, column: column) {
                    return .failure(problem)
                }
                if stack.count >= limits.maximumDepth {
                    return .failure(.init(line: line, column: column, message: "lists and maps nest more than \(limits.maximumDepth) levels deep; not read"))
                }
                nodes += 1
                if nodes > limits.maximumNodes {
                    return .failure(.init(line: line, column: column, message: "file has more than \(limits.maximumNodes) YAML nodes; not read"))
                }
                stack.append(Frame(isMapping: isMapping, line: line, column: column))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                if frame.isMapping {
                    var pairs: [YAMLNode.Pair] = []
                    pairs.reserveCapacity(frame.items.count / 2)
                    var index = 0
                    while index + 1 < frame.items.count {
                        pairs.append(.init(key: frame.items[index], value: frame.items[index + 1]))
                        index += 2
                    }
                    finished = YAMLNode(content: .mapping(pairs), line: frame.line, column: frame.column)
                } else {
                    finished = YAMLNode(content: .sequence(frame.items), line: frame.line, column: frame.column)
                }
            default:
                continue
            }

            guard let node = finished else { continue }
            if case .scalar = node.content {
                nodes += 1
                if nodes > limits.maximumNodes {
                    return .failure(.init(line: line, column: column, message: "file has more than \(limits.maximumNodes) YAML nodes; not read"))
                }
            }
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].items.append(node)
            }
        }
    }

    private static func refuseAnchorOrTag(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, line: Int, column: Int) -> YAMLReadError? {
        if anchor != nil {
            return .init(line: line, column: column, message: "YAML anchors (&name) are not allowed in directory files")
        }
        if let tag {
            let name = String(cString: tag)
            return .init(line: line, column: column, message: "YAML tags (\(name)) are not allowed in directory files")
        }
        return nil
    }

    /// libyaml's description of a syntax error, at the position it reports.
    private static func syntaxError(_ parser: yaml_parser_t, bytes: [UInt8]) -> YAMLReadError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        var message = "YAML syntax error: \(problem)"
        if let context { message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))" }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .init(line: 0, column: 0, message: "out of memory while reading the file")
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset rather than a mark.
            let position = TextScan.position(ofByte: Int(parser.problem_offset), in: bytes)
            return .init(line: position.line, column: position.column, message: "YAML syntax error: \(problem)")
        default:
            return .init(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1, message: message)
        }
    }

    static func sizeText(_ bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
