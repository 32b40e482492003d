import Foundation
import Workspace

/// A progress line on stderr for long runs (`checking 1,200/5,000 subjects`), only when stderr
/// is a terminal, at most ten times a second, erased when the run ends so that it never mixes
/// with the report.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var drawn = false

  /// A progress observer, or nil when stderr is not a terminal (CI logs, pipes, files).
  static func forTerminal() -> ProgressLine? {
    isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
  }

  var observer: RunProgress {
    RunProgress { [self] stage, done, total in draw(stage, done, total) }
  }

  private func draw(_ stage: String, _ done: Int, _ total: Int) {
    let now = Date()
    let text: String? = lock.withLock {
      guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return nil }
      lastDraw = now
      drawn = true
      return "\r\u{1B}[K\(stage) \(done)/\(total) subjects"
    }
    if let text { FileHandle.standardError.write(Data(text.utf8)) }
  }

  /// Erases the line if one was drawn.
  func finish() {
    let wasDrawn = lock.withLock { drawn }
    if wasDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
