import Foundation

/// Creates the cache folder the way build tools mark theirs: a `CACHEDIR.TAG` (backup tools
/// skip the folder) and a `.gitignore` of `*` (git never offers to commit it).
enum CacheFolder {
  static let tagName = "CACHEDIR.TAG"
  static let tag = """
    Signature: 8a477f597d28d172789f06886806bc55
    # This file is a cache directory tag created by schemacheck (check --cache).
    # For information about cache directory tags, see https://bford.info/cachedir/

    """

  /// Makes `folder` and its `entries` subfolder; nil when done, else the reason.
  static func prepare(_ folder: URL, entries: URL) -> String? {
    do {
      try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
    } catch {
      return reason(error)
    }
    for (name, text) in [(tagName, tag), (".gitignore", "*\n")] {
      let path = folder.appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: path) { continue }
      if let problem = AtomicFile.write(Array(text.utf8), to: path) { return problem }
    }
    guard access(entries.path, W_OK) == 0 else { return String(cString: strerror(errno)) }
    return nil
  }

  private static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return (error as NSError).localizedDescription
  }
}
