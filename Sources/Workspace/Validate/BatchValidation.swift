import Foundation
import SchemaModel
import Validation

/// Validates a batch of payloads on every core, keeping the batch's order.
enum BatchValidation {
  /// Below this many payloads a batch is validated on the calling thread.
  static let parallelThreshold = 256

  /// Each input's errors, from `check` run with a validator of the worker's own.
  static func validate<Input: Sendable>(
    _ inputs: [Input], with validator: any PayloadValidating,
    check: @Sendable @escaping (any PayloadValidating, Input) -> [PayloadError]
  ) -> [[PayloadError]] {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, inputs.count / 64)
    guard inputs.count >= parallelThreshold, workers > 1 else {
      return inputs.map { check(validator, $0) }
    }
    let slots = Slots(count: workers)
    let chunk = (inputs.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = worker * chunk..<min(inputs.count, (worker + 1) * chunk)
      let own = validator.forWorkerThread()
      slots.set(worker, inputs[range].map { check(own, $0) })
    }
    return slots.joined()
  }

  /// One result array per worker; each worker writes only its own slot, under a lock.
  private final class Slots: @unchecked Sendable {
    private var slots: [[[PayloadError]]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ results: [[PayloadError]]) {
      lock.withLock { slots[index] = results }
    }

    func joined() -> [[PayloadError]] {
      lock.withLock { slots.flatMap { $0 } }
    }
  }
}
