import NIOCore

/// A task executor that runs jobs on one NIO event loop: the connection tasks of the fronts
/// prefer the event loop of their own channel, so reading a request, rendering it and writing
/// the answer happen on the thread that already holds the socket, with no hop to Swift's
/// global executor and back. On two cores shared with clients, each hop was a thread switch
/// per request (see docs/BENCHMARKS.md).
///
/// Rendering is cached or small (well under a millisecond), so running it on the event loop
/// keeps it responsive; anything slow would still belong elsewhere.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// One ``EventLoopTaskExecutor`` per event loop of a group, made when a front binds and kept as
/// long as the front: a task's executor must outlive the task.
struct EventLoopExecutors: Sendable {
    private let executors: [ObjectIdentifier: EventLoopTaskExecutor]

    init(group: any EventLoopGroup) {
        var executors: [ObjectIdentifier: EventLoopTaskExecutor] = [:]
        for eventLoop in group.makeIterator() {
            executors[ObjectIdentifier(eventLoop)] = EventLoopTaskExecutor(eventLoop)
        }
        self.executors = executors
    }

    /// The executor of `eventLoop`, or nil for a loop outside the group (the task then runs on
    /// the global executor, as any task does).
    func executor(for eventLoop: any EventLoop) -> EventLoopTaskExecutor? {
        executors[ObjectIdentifier(eventLoop)]
    }
}
