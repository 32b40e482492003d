import Foundation

/// Runs deep work on a thread of its own with a large stack, so nesting up to the diff's depth
/// limit never overflows the caller's stack (worker threads may have small stacks).
///
/// The same helper as Validation's `LargeStackThread`: Compat may not import Validation.
enum DeepStackThread {
  /// Enough for `ConfluentJSONSchemaDiff.depthLimit` levels in debug builds; only touched
  /// pages are backed by memory.
  static let stackSize = 256 << 20

  /// Runs `body` on a new thread and waits for its result.
  static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
    let box = ResultBox<Result>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    guard let value = box.value else {
      preconditionFailure("bug: the deep diff gave no result")
    }
    return value
  }

  /// Hands the result back; the semaphore orders the write before the read.
  private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
  }
}
