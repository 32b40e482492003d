import Foundation

/// Counts subjects as parallel work finishes them and tells an observer (the CLI's progress
/// line on a terminal). Machine formats never see it: it is only a callback.
public final class RunProgress: @unchecked Sendable {
  /// Called with the stage (`checking`, `history`), the finished count and the total.
  public typealias Observer = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

  private let lock = NSLock()
  private let observer: Observer
  private var done: [String: Int] = [:]

  public init(_ observer: @escaping Observer) {
    self.observer = observer
  }

  /// One more item of `stage` finished.
  func advance(_ stage: String, total: Int) {
    let count = lock.withLock { () -> Int in
      done[stage, default: 0] += 1
      return done[stage, default: 0]
    }
    observer(stage, count, total)
  }
}
