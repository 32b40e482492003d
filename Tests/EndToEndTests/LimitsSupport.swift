import Foundation

/// Runs for the limits tests: the built binary under a wall-clock budget, so a hang fails the
/// test instead of stalling the suite.
enum BoundedRun {
  /// The child did not finish within its budget and was stopped.
  struct TimedOut: Error, CustomStringConvertible {
    var arguments: [String]
    var seconds: Double
    var description: String { "schemacheck \(arguments) ran longer than \(seconds) s" }
  }

  /// Runs `schemacheck arguments` in `directory`; throws `TimedOut` after `seconds`.
  static func run(
    _ arguments: [String], in directory: URL, seconds: Double = 60,
    environment: [String: String] = [:]
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = CommandRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = nil
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    // Both pipes are drained on their own threads, so a large output cannot block the child.
    let outBox = PipeBox(out.fileHandleForReading)
    let errBox = PipeBox(err.fileHandleForReading)
    guard finished.wait(timeout: .now() + seconds) == .success else {
      process.terminate()
      process.waitUntilExit()
      throw TimedOut(arguments: arguments, seconds: seconds)
    }
    return CommandResult(
      status: process.terminationStatus, stdout: outBox.text(), stderr: errBox.text())
  }

  /// One pipe read to its end on a thread of its own.
  private final class PipeBox: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      DispatchQueue.global().async {
        self.data = handle.readDataToEndOfFile()
        self.done.signal()
      }
    }

    /// Waits for the end of the pipe; the semaphore orders the write before this read.
    func text() -> String {
      done.wait()
      return String(decoding: data, as: UTF8.self)
    }
  }
}

/// Adversarial texts, built rather than committed: they are large and repetitive.
enum Adversarial {
  /// How deep the nesting tests nest.
  static let depth = 100_000

  /// `[[[...]]]`, `depth` levels.
  static func nestedJSONArrays(_ depth: Int = depth) -> String {
    String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
  }
}

extension ScratchFolder {
  /// Writes raw bytes (binary payloads, non-UTF-8 text).
  @discardableResult
  func write(_ path: String, bytes: [UInt8]) throws -> URL {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file
  }
}
