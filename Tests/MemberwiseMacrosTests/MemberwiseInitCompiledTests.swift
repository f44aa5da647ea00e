import Memberwise
import Testing

/// A type in this file, built through the initialiser the real plugin writes when this target
/// compiles: the expansion tests check the text, this checks that the compiler takes it.
@MemberwiseInit
public struct CompiledExample: Equatable, Sendable {
    public var name: String
    public var note: String?
    public var count: Int = 3
    public let fixed = "fixed"
}

@Suite struct MemberwiseInitCompiledTests {
    @Test func theWrittenInitialiserAssignsEveryParameter() {
        let example = CompiledExample(name: "a", note: "b", count: 5)
        #expect(example.name == "a" && example.note == "b" && example.count == 5 && example.fixed == "fixed")
        #expect(CompiledExample(name: "a") == CompiledExample(name: "a", note: nil, count: 3))
    }
}
