import NIOCore
import NIOPosix
import Testing
@testable import SanadServer

/// Connection tasks run on their channel's event loop, not on Swift's global executor.
@Suite struct EventLoopTaskExecutorTests {
    @Test("A task that prefers an event loop's executor runs on that loop, before and after awaiting")
    func tasksRunOnTheirEventLoop() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let executors = EventLoopExecutors(group: group)
        for eventLoop in group.makeIterator() {
            let executor = try #require(executors.executor(for: eventLoop))
            let onLoop = await withTaskGroup(of: [Bool].self) { tasks in
                tasks.addTask(executorPreference: executor) {
                    let before = eventLoop.inEventLoop
                    try? await Task.sleep(for: .milliseconds(5))
                    // A future completed on another loop resumes the task back on its own.
                    let other = group.next() === eventLoop ? group.next() : eventLoop
                    _ = try? await other.submit { 1 }.get()
                    return [before, eventLoop.inEventLoop]
                }
                return await tasks.next() ?? []
            }
            #expect(onLoop == [true, true])
        }
    }

    @Test("A loop outside the group has no executor, so its tasks run as any task does")
    func foreignLoopHasNone() {
        let group = MultiThreadedEventLoopGroup.singleton
        let other = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? other.syncShutdownGracefully() }
        #expect(EventLoopExecutors(group: group).executor(for: other.next()) == nil)
        #expect(EventLoopExecutors(group: group).executor(for: group.next()) != nil)
    }
}
