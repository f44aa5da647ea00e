import NIOCore
import NIOEmbedded
import Testing
@testable import SanadServer

/// The compactor next to the socket: a short answer in a large buffer leaves as a buffer of its
/// own size (so a queued answer holds what it carries), the same bytes, in the same order;
/// a full buffer passes as it is.
@Suite struct QueuedOutputCompactorTests {
    @Test("A 1,500-byte answer in a 16 KiB buffer is copied into a small one; a full buffer is not")
    func compactsOnlyWastefulBuffers() throws {
        let channel = EmbeddedChannel(handler: QueuedOutputCompactor())
        var record = channel.allocator.buffer(capacity: 16 * 1024)
        record.writeBytes((0..<1_500).map { UInt8($0 % 251) })
        #expect(record.storageCapacity >= 16 * 1024)
        #expect(QueuedOutputCompactor.wastes(record))
        try channel.writeOutbound(record)
        let written = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(written == record)
        #expect(written.storageCapacity < QueuedOutputCompactor.minimumSlack)

        var full = channel.allocator.buffer(capacity: 4_096)
        full.writeBytes(Array(repeating: 0x41, count: 4_000))
        #expect(!QueuedOutputCompactor.wastes(full))
        try channel.writeOutbound(full)
        let passed = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(passed == full)
        #expect(passed.storageCapacity == full.storageCapacity)

        // A small slice of a large buffer counts its whole storage.
        var large = channel.allocator.buffer(capacity: 65_536)
        large.writeBytes(Array(repeating: 0x42, count: 60_000))
        let slice = large.readSlice(length: 100)
        #expect(slice.map(QueuedOutputCompactor.wastes) == true)
        #expect(try channel.finish().isClean)
    }
}
