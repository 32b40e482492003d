import Foundation

/// One `git cat-file --batch` process kept open for a run, so that reading many files at a
/// revision (every subject's earlier version, every import of a `.proto` file) costs one process,
/// not one each. A request is an object name on a line of its stdin; the answer is
/// `<oid> blob <size>\n<bytes>\n`, or `<name> missing\n`. Requests are serialised by a lock.
final class GitBatchSession: @unchecked Sendable {
  private let lock = NSLock()
  private let process: Process
  private let input: FileHandle
  private let output: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var broken = false

  init(executable: URL, root: URL, environment: [String: String]) throws {
    process = Process()
    process.executableURL = executable
    process.arguments = ["-C", root.path, "cat-file", "--batch"]
    process.environment = environment
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    process.standardError = FileHandle.nullDevice
    input = inputPipe.fileHandleForWriting
    output = outputPipe.fileHandleForReading
    try process.run()
  }

  deinit { close() }

  /// The blob `name` (`<commit>:<path>`) names, or nil when it does not exist.
  func contents(_ name: String, displayName: String, limit: Int) throws(WorkspaceError)
    -> [UInt8]?
  {
    try blob(name, displayName: displayName, limit: limit)?.bytes
  }

  /// The id and bytes of the blob `name` (`<commit>:<path>`, or a blob id) names, or nil when
  /// it does not exist or is not a blob.
  func blob(_ name: String, displayName: String, limit: Int) throws(WorkspaceError)
    -> (id: String, bytes: [UInt8])?
  {
    // A line break would end the request early and desynchronise the answers.
    guard !name.contains("\n") else { return nil }
    lock.lock()
    defer { lock.unlock() }
    guard !broken else {
      throw .unreadableGitObject(displayName, reason: "git cat-file stopped")
    }
    do {
      try input.write(contentsOf: Array((name + "\n").utf8))
    } catch {
      broken = true
      throw .unreadableGitObject(displayName, reason: "git cat-file stopped")
    }
    guard let header = line() else {
      broken = true
      throw .unreadableGitObject(displayName, reason: "git cat-file ended early")
    }
    if header.hasSuffix(" missing") || header.hasSuffix(" ambiguous") { return nil }
    let fields = header.split(separator: " ")
    guard fields.count == 3, let size = Int(fields[2]), size >= 0 else {
      broken = true
      throw .unreadableGitObject(displayName, reason: header)
    }
    guard fields[1] == "blob" else {
      // A tree or commit: skip it to stay in step, and report it as no file.
      guard take(size + 1) != nil else {
        broken = true
        throw .unreadableGitObject(displayName, reason: "git cat-file ended early")
      }
      return nil
    }
    guard let bytes = take(size + 1) else {
      broken = true
      throw .unreadableGitObject(displayName, reason: "git cat-file ended early")
    }
    if size > limit { throw .fileTooLarge(path: displayName, limit: limit) }
    return (String(fields[0]), Array(bytes.dropLast()))
  }

  /// Ends the process: git exits when its stdin closes.
  func close() {
    lock.lock()
    defer { lock.unlock() }
    try? input.close()
    if process.isRunning { process.waitUntilExit() }
  }

  /// The next line of output without its line break; nil at the end of the output.
  private func line() -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let text = String(decoding: buffer[start..<newline], as: UTF8.self)
        start = newline + 1
        return text
      }
      guard fill() else { return nil }
    }
  }

  /// The next `count` bytes of output; nil when the output ends first.
  private func take(_ count: Int) -> ArraySlice<UInt8>? {
    while buffer.count - start < count {
      guard fill() else { return nil }
    }
    let bytes = buffer[start..<(start + count)]
    start += count
    return bytes
  }

  private func fill() -> Bool {
    if start > 0, start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    }
    let chunk = output.availableData
    if chunk.isEmpty { return false }
    buffer.append(contentsOf: chunk)
    return true
  }
}
