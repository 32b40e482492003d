import Foundation

/// Reads a schema (or other input) file whole, with the checks every command needs.
public enum SchemaFileReader {
  /// The largest schema file schemacheck reads.
  public static let schemaSizeLimit = 64 << 20

  /// Reads `file`; `displayPath` is how messages name it. An empty file is an error unless
  /// `allowEmpty` (a binary payload: the empty Protobuf message is zero bytes).
  /// Plain `open`/`fstat`/`read`: Foundation's checks and attribute dictionaries cost several
  /// system calls (and a user lookup) per file, and a run reads thousands of files.
  public static func read(
    _ file: URL, displayPath: String, limit: Int = schemaSizeLimit, allowEmpty: Bool = false
  ) throws(WorkspaceError) -> [UInt8] {
    let descriptor = openForReading(file.path)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .fileNotFound(path: displayPath) }
      throw .unreadableFile(path: displayPath, reason: String(cString: strerror(code)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadableFile(path: displayPath, reason: String(cString: strerror(errno)))
    }
    if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: displayPath) }
    // A regular file's size refuses a huge file without reading 64 MiB of it first.
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    if isRegular, Int(status.st_size) > limit {
      throw .fileTooLarge(path: displayPath, limit: limit)
    }
    // One byte past the limit tells "exactly at the limit" from "over it" (pipes and special
    // files have no size) without reading a huge file whole.
    var bytes = [UInt8](repeating: 0, count: isRegular ? Int(status.st_size) + 1 : 64 * 1024)
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= limit else { break }
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count)))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        readSome(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        throw .unreadableFile(path: displayPath, reason: String(cString: strerror(errno)))
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeSubrange(count...)
    if bytes.count > limit { throw .fileTooLarge(path: displayPath, limit: limit) }
    if bytes.isEmpty, !allowEmpty { throw .emptyFile(path: displayPath) }
    return bytes
  }

  /// Opens `file` for reading after the checks every reader needs: it exists, it is not a
  /// folder, it can be opened. The caller closes the handle.
  static func open(_ file: URL, displayPath: String) throws(WorkspaceError) -> FileHandle {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: displayPath)
    }
    if isDirectory.boolValue { throw .isDirectory(path: displayPath) }
    do {
      return try FileHandle(forReadingFrom: file)
    } catch {
      throw .unreadableFile(path: displayPath, reason: reason(error))
    }
  }

  static func reason(_ error: any Error) -> String {
    if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
      return posix.localizedDescription
    }
    return (error as NSError).localizedDescription
  }
}

/// The system's `open` and `read`, out of reach of `SchemaFileReader`'s own `open` and `read`.
private func openForReading(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}

private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
