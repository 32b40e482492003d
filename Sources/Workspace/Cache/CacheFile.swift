import Foundation

/// Plain POSIX reads of cache entries, no symbolic links followed (writes: `AtomicFile`).
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
}

/// The system's `read`, out of reach of the name above.
private func readSome(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, bytes, count)
}
