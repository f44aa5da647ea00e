import DirectoryFiles
import Foundation
import Testing

/// Hostile and broken inputs, generated at test time: each is refused with an error naming the
/// file, and nothing crashes.
@Suite struct RobustnessTests {
    /// Lints the good fixture plus `organisations/<name>` holding `bytes`; returns that file's problems.
    func problems(_ name: String, _ bytes: [UInt8]) throws -> [Problem] {
        let root = try Fixture.copyOfGood()
        defer { Fixture.remove(root) }
        try Data(bytes).write(to: URL(fileURLWithPath: root).appendingPathComponent("organisations/\(name)"))
        let load = DirectoryLoader.load(directory: root)
        #expect(load.directory == nil)
        return load.problems.filter { $0.file == "\(root)/organisations/\(name)" }
            .map { var p = $0; p.file = "organisations/\(name)"; return p }
    }

    func problems(_ name: String, _ text: String) throws -> [Problem] {
        try problems(name, Array(text.utf8))
    }

    @Test func aTenMegabyteFileIsRefusedUnread() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20)
        let found = try problems("huge.yaml", bytes)
        #expect(found.map(\.description) == ["organisations/huge.yaml: error: file is 10485760 bytes, larger than the limit of 1 MiB; not read"])
    }

    @Test func aHundredThousandOpenBracketsAreRefusedBeforeParsing() throws {
        let found = try problems("brackets.yaml", String(repeating: "[", count: 100_000))
        #expect(found.map(\.description) == ["organisations/brackets.yaml:1:33: error: brackets nest more than 32 levels deep; not read"])
    }

    @Test func deepBlockNestingIsRefused() throws {
        // Nesting by indentation and by "- " on one line, which no bracket count sees.
        let indented = (0..<200).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        #expect(try problems("indent.yaml", indented).map(\.description)
            == ["organisations/indent.yaml:33:65: error: lists and maps nest more than 32 levels deep; not read"])
        let dashes = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(try problems("dashes.yaml", dashes).map(\.description)
            == ["organisations/dashes.yaml:1:65: error: lists and maps nest more than 32 levels deep; not read"])
    }

    @Test func theBillionLaughsIsRefusedAtTheFirstAnchor() throws {
        var text = "lol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",")
            text += "lol\(level): &a\(level) [\(refs)]\n"
        }
        #expect(try problems("laughs.yaml", text).map(\.description)
            == ["organisations/laughs.yaml:1:7: error: YAML anchors (&name) are not allowed in directory files"])
    }

    @Test func aliasesAndTagsAreRefused() throws {
        #expect(try problems("alias.yaml", "id: *x\n").map(\.description)
            == ["organisations/alias.yaml:1:5: error: YAML aliases (*name) are not allowed in directory files"])
        #expect(try problems("tag.yaml", "id: !!binary aGVsbG8=\n").map(\.description)
            == ["organisations/tag.yaml:1:5: error: YAML tags (tag:yaml.org,2002:binary) are not allowed in directory files"])
    }

    @Test func tooManyNodesAreRefused() throws {
        let text = "[" + Array(repeating: "1", count: 150_000).joined(separator: ",") + "]\n"
        #expect(try problems("wide.yaml", text).map(\.description)
            == ["organisations/wide.yaml:1:200000: error: file has more than 100000 YAML nodes; not read"])
    }

    @Test func invalidUTF8IsRefusedWithItsPosition() throws {
        let bytes = Array("id: ok\nname: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(try problems("latin1.yaml", bytes).map(\.description)
            == ["organisations/latin1.yaml:2:10: error: file is not valid UTF-8 text (invalid byte 0x28)"])
        #expect(try problems("overlong.yaml", [0x61, 0xC0, 0xAF]).map(\.description)
            == ["organisations/overlong.yaml:1:2: error: file is not valid UTF-8 text (invalid byte 0xC0)"])
        #expect(try problems("surrogate.yaml", [0xED, 0xA0, 0x80]).map(\.description)
            == ["organisations/surrogate.yaml:1:1: error: file is not valid UTF-8 text (invalid byte 0xED)"])
    }

    @Test func binaryJunkNeverCrashes() throws {
        // A fixed linear congruential generator: the same junk every run.
        var state: UInt64 = 0x5EED
        for round in 0..<20 {
            var bytes: [UInt8] = []
            for _ in 0..<(500 + round * 300) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            let found = try problems("junk\(round).yaml", bytes)
            #expect(found.contains { $0.severity == .error }, "round \(round)")
        }
    }

    @Test func controlCharactersAreASyntaxError() throws {
        #expect(try problems("control.yaml", "id: a\u{1}b\n").map(\.description)
            == ["organisations/control.yaml:1:6: error: invisible control character U+0001 (a bidi override, zero-width or control character can make text show something else); remove it"])
    }

    @Test func emptyFilesAreRefused() throws {
        #expect(try problems("empty.yaml", []).map(\.description) == ["organisations/empty.yaml: error: file is empty"])
        #expect(try problems("blank.yaml", "\n  \n").map(\.description) == ["organisations/blank.yaml: error: file is empty"])
        #expect(try problems("comments.yaml", "# nothing here\n").map(\.description) == ["organisations/comments.yaml: error: file is empty"])
    }

    @Test func theWrongShapeIsReportedNotCrashedOn() throws {
        #expect(try problems("list.yaml", "- a\n- b\n").map(\.description)
            == ["organisations/list.yaml:1:1: error: expected a map of fields for an organisation, found a list"])
        #expect(try problems("scalar.yaml", "hello\n").map(\.description)
            == ["organisations/scalar.yaml:1:1: error: expected a map of fields for an organisation, found a single value"])
        #expect(try problems("two.yaml", "id: a\n---\nid: b\n").map(\.description)
            == ["organisations/two.yaml:2:1: error: a directory file holds one YAML document; found a second one"])
    }

    @Test func duplicateAndComplexKeysAreReported() throws {
        let text = """
            id: dup
            id: dup
            ? [a, b]
            : c
            name: X
            kind: ngo
            services: []
            provenance: {sources: [x]}

            """
        #expect(try problems("dup.yaml", text).map(\.description) == [
            "organisations/dup.yaml:2:1: error: duplicate field \"id\" (first at line 1)",
            "organisations/dup.yaml:3:3: error: a field name must be a single word, not a list",
        ])
    }

    @Test func linksAndPipesAreNotRead() throws {
        let root = try Fixture.copyOfGood()
        defer { Fixture.remove(root) }
        try FileManager.default.createSymbolicLink(atPath: "\(root)/organisations/link.yaml", withDestinationPath: "/dev/zero")
        let load = DirectoryLoader.load(directory: root)
        #expect(load.problems.map(\.description)
            == ["\(root)/organisations/link.yaml: error: not a regular file (symbolic links, devices and pipes are not read)"])
    }

    @Test func aMissingDirectoryIsOneError() {
        let load = DirectoryLoader.load(directory: "/nonexistent/sanad-directory")
        #expect(load.problems.map(\.description) == ["/nonexistent/sanad-directory: error: no such directory"])
        #expect(load.directory == nil)
        #expect(LintReport(load: load).exitStatus == 1)
    }
}
