import Foundation

/// Plain POSIX reads and writes of cache entries: no symbolic links followed, no `fsync` (an
/// entry lost in a power cut is only a miss), writes atomic for concurrent readers.
enum CacheFile {
  /// The bytes of the regular file at `path`, or nil when it is missing, not a regular file,
  /// larger than `limit` or unreadable.
  static func read(_ path: String, limit: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size >= 0, status.st_size <= limit
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        readSome(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      // A file that shrank while it was read is as good as damaged.
      guard count > 0 else { return nil }
      offset += count
    }
    return bytes
  }

  /// Writes `bytes` to a temporary file created exclusively beside `path`, then renames it over
  /// `path`. Returns the reason when it fails (the temporary file is removed).
  static func writeAtomically(_ bytes: [UInt8], to path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = "\(folder)/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
    // Created exclusively; a leftover (or a link planted under the name) is removed first.
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
    var descriptor = open(temporary, flags, 0o644)
    if descriptor < 0, errno == EEXIST {
      unlink(temporary)
      descriptor = open(temporary, flags, 0o644)
    }
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let count = writeSome(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += count
      }
    }
    if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if failure != nil { unlink(temporary) }
    return failure
  }
}

/// The system's `read` and `write`, out of reach of the names above.
private func readSome(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, bytes, count)
}

private func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
