import Foundation

/// The captured result of one finished child process.
struct ProcessOutput: Sendable {
  var status: Int32
  var standardOutput: [UInt8]
  var standardError: String
  /// True when the output passed `outputLimit` and the process was stopped.
  var truncated: Bool
}

/// Runs an executable with an argument array, never through a shell, and captures its output.
enum ProcessRunner {
  /// Runs `executable` with `arguments`; stdout beyond `outputLimit` bytes stops the process.
  static func run(
    executable: URL, arguments: [String], environment: [String: String]? = nil,
    input: [UInt8]? = nil, outputLimit: Int = 1 << 30
  ) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    let inputPipe = input.map { _ in Pipe() }
    process.standardInput = inputPipe ?? FileHandle.nullDevice
    try process.run()

    // stdin is written on another thread too: the child may answer before it has read all.
    let inputDone = DispatchSemaphore(value: 0)
    if let input, let inputPipe {
      let inputHandle = inputPipe.fileHandleForWriting
      onOwnThread {
        try? inputHandle.write(contentsOf: input)
        try? inputHandle.close()
        inputDone.signal()
      }
    } else {
      inputDone.signal()
    }

    // stderr is drained on another thread so that a chatty child cannot fill its pipe and
    // block while we wait on stdout.
    let errorBox = DataBox()
    let errorDone = DispatchSemaphore(value: 0)
    let errorHandle = errorPipe.fileHandleForReading
    onOwnThread {
      errorBox.set(errorHandle.readDataToEndOfFile())
      errorDone.signal()
    }

    var output: [UInt8] = []
    var truncated = false
    let outputHandle = outputPipe.fileHandleForReading
    while true {
      let chunk = outputHandle.availableData
      if chunk.isEmpty { break }
      if output.count + chunk.count > outputLimit {
        truncated = true
        process.terminate()
        break
      }
      output.append(contentsOf: chunk)
    }
    if truncated {
      // Drain so the child is not blocked on a full pipe while it handles SIGTERM.
      while !outputHandle.availableData.isEmpty {}
    }
    process.waitUntilExit()
    errorDone.wait()
    inputDone.wait()
    let errorText = String(decoding: errorBox.get(), as: UTF8.self)
    return ProcessOutput(
      status: process.terminationStatus, standardOutput: output,
      standardError: errorText.trimmingCharacters(in: .whitespacesAndNewlines), truncated: truncated
    )
  }

  /// Runs blocking pipe I/O on a thread of its own. On Linux, Dispatch's global queues share
  /// one pool of threads (as many as cores) with Swift's cooperative pool: when every pool
  /// thread is a subject waiting for its git child, a reader queued there only starts when
  /// Dispatch adds a thread, about a second later, and the child's caller waits for it.
  private static func onOwnThread(_ work: @escaping @Sendable () -> Void) {
    Thread { work() }.start()
  }

  /// Finds an executable by name on `PATH`, as a shell would, without running a shell.
  static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"])
    -> URL?
  {
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for folder in folders where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}

/// A lock-protected byte buffer handed between the reading thread and the caller.
private final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func set(_ newData: Data) {
    lock.lock()
    defer { lock.unlock() }
    data = newData
  }

  func get() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
