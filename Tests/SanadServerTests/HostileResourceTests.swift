import Testing
@testable import SanadServer

/// The resources a flood of connections needs: open files.
@Suite struct HostileResourceTests {
    @Test("Raising the open-file limit never lowers it, and reports the limit now in force")
    func fileDescriptorLimitIsRaisedToTheHardLimit() {
        let first = FileDescriptorLimit.raise()
        #expect(first.before > 0)
        #expect(first.after >= first.before)
        #expect(first.after == FileDescriptorLimit.current)
        // A second call finds nothing left to raise.
        let second = FileDescriptorLimit.raise()
        #expect(second.before == first.after)
        #expect(second.after == second.before)
    }
}
