import Foundation

/// Writes a file so that a reader sees the old bytes or the new ones, never half: the bytes go
/// to a temporary file beside it, created exclusively without following links (a leftover, or
/// a link planted under its name, is removed first), which is then renamed over it.
///
/// No `fsync`: Foundation's `Data.write` syncs every file, atomic or not, which cost more than
/// rendering 4,000 catalog pages; what is written here (catalog pages, cache entries) is made
/// again by the next run, so durability across a power cut is not worth it, while atomicity
/// for readers is kept by the rename.
enum AtomicFile {
  /// Writes `bytes` to `path`; nil when done, else the reason (the temporary file is removed).
  static func write(_ bytes: [UInt8], to path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = "\(folder)/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
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

/// The system's `write`, out of reach of `AtomicFile.write`.
private func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  Foundation.write(descriptor, bytes, count)
}
