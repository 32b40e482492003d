import Foundation

/// Reads a schema (or other input) file whole, with the checks every command needs.
public enum SchemaFileReader {
  /// The largest schema file schemacheck reads.
  public static let schemaSizeLimit = 64 << 20

  /// Reads `file`; `displayPath` is how messages name it. An empty file is an error unless
  /// `allowEmpty` (a binary payload: the empty Protobuf message is zero bytes).
  public static func read(
    _ file: URL, displayPath: String, limit: Int = schemaSizeLimit, allowEmpty: Bool = false
  ) throws(WorkspaceError) -> [UInt8] {
    let handle = try open(file, displayPath: displayPath)
    defer { try? handle.close() }
    // A regular file's size refuses a huge file without reading 64 MiB of it first.
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limit {
      throw .fileTooLarge(path: displayPath, limit: limit)
    }
    let data: Data?
    do {
      // One byte past the limit tells "exactly at the limit" from "over it" without reading
      // a huge file whole.
      data = try handle.read(upToCount: limit + 1)
    } catch {
      throw .unreadableFile(path: displayPath, reason: reason(error))
    }
    let bytes = data.map { [UInt8]($0) } ?? []
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
