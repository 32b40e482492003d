import Foundation

/// An Avro container file read a piece at a time, for `AvroContainerStream`: a file of any size
/// is never held whole. A read error ends the bytes and is kept for the caller to throw.
public final class ContainerSource: @unchecked Sendable {
  private let handle: FileHandle
  private let displayPath: String
  /// Set once, by the first failing read; read after the stream is done.
  private(set) var failure: WorkspaceError?

  init(_ file: URL, displayPath: String) throws(WorkspaceError) {
    handle = try SchemaFileReader.open(file, displayPath: displayPath)
    self.displayPath = displayPath
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
    if (attributes?[.size] as? NSNumber)?.intValue == 0 {
      try? handle.close()
      throw .emptyFile(path: displayPath)
    }
  }

  /// Up to `count` more bytes; none at the end of the file or after a read error.
  func read(_ count: Int) -> [UInt8] {
    guard failure == nil else { return [] }
    do {
      return try handle.read(upToCount: count).map { [UInt8]($0) } ?? []
    } catch {
      failure = .unreadableFile(path: displayPath, reason: SchemaFileReader.reason(error))
      return []
    }
  }

  func close() { try? handle.close() }
}
