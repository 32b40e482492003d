import Foundation
import SchemaModel
import Validation

/// Validates a batch of payloads on every core, keeping the batch's order.
enum BatchValidation {
  /// Below this many payloads a batch is validated on the calling thread.
  static let parallelThreshold = 256

  static func validate(_ values: [JSONValue], with validator: any PayloadValidating)
    -> [[JSONSchemaValidationError]]
  {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, values.count / 64)
    guard values.count >= parallelThreshold, workers > 1 else {
      return values.map { validator.validate($0) }
    }
    let slots = Slots(count: workers)
    let chunk = (values.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = worker * chunk..<min(values.count, (worker + 1) * chunk)
      let own = validator.forWorkerThread()
      slots.set(worker, values[range].map { own.validate($0) })
    }
    return slots.joined()
  }

  /// One result array per worker; each worker writes only its own slot, under a lock.
  private final class Slots: @unchecked Sendable {
    private var slots: [[[JSONSchemaValidationError]]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ results: [[JSONSchemaValidationError]]) {
      lock.withLock { slots[index] = results }
    }

    func joined() -> [[JSONSchemaValidationError]] {
      lock.withLock { slots.flatMap { $0 } }
    }
  }
}
