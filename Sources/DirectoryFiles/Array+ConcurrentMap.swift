import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores in contiguous chunks, results in the original order.
    ///
    /// For work whose elements are independent and each worth tens of microseconds or more,
    /// such as reading and checking one directory file; small arrays are mapped in place.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Self.minimumPerWorker)
        guard workers > 1 else { return map(transform) }
        // A few chunks per core, so one slow chunk does not leave the other cores idle.
        let chunks = workers * 4
        let chunkSize = (count + chunks - 1) / chunks
        let elements = self
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = Output(base: buffer.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    let end = Swift.min(start + chunkSize, elements.count)
                    guard start < end else { return }
                    for index in start..<end { (output.base + index).initialize(to: transform(elements[index])) }
                }
            }
            initialized = elements.count
        }
    }

    /// Below this many elements per core, threads cost more than they save.
    private static var minimumPerWorker: Int { 64 }
}

/// The result buffer of ``Swift/Array/concurrentMap(_:)``, shared by its iterations.
/// `@unchecked Sendable` because each index is initialised by exactly one iteration, and the
/// buffer is read only after `concurrentPerform` has returned, so no two threads touch one slot.
private struct Output<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
