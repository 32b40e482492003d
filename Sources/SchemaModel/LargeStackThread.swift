import Foundation

/// Runs deep work on a thread of its own with a large stack, so nesting up to the configured
/// limits never overflows the caller's stack (secondary threads may have only 512 KiB). Shared
/// by the validators and the compatibility checkers, which may not import each other.
public enum LargeStackThread {
  /// The stack size for deep work: enough for the default limits in debug builds; only
  /// touched pages are backed by memory.
  public static let stackSize = 256 << 20

  /// Runs `body` on a new thread and waits for its result.
  public static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
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
      preconditionFailure("bug: the deep work gave no result")
    }
    return value
  }

  /// Hands the result back; the semaphore orders the write before the read.
  private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
  }
}
