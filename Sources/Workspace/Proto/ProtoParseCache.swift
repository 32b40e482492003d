import Foundation
import Parsers
import SchemaModel

/// Parsed `.proto` files shared by the subjects of one run, so that a common import
/// (`google/protobuf/timestamp.proto`) is read and parsed once per source, not once per subject.
final class ProtoParseCache: @unchecked Sendable {
  struct Entry: Sendable {
    var file: ProtoFile
    var diagnostics: [Diagnostic]
  }

  private let lock = NSLock()
  private var entries: [String: Result<Entry?, WorkspaceError>] = [:]

  /// The parsed file at `importPath` from `reader`, or nil when the reader does not have it.
  func file(_ importPath: String, from reader: any ProtoSourceReader) throws(WorkspaceError)
    -> Entry?
  {
    let key = reader.cacheKey + "\u{0}" + importPath
    lock.lock()
    let known = entries[key]
    lock.unlock()
    if let known { return try known.get() }
    let result = Result { () throws(WorkspaceError) -> Entry? in
      guard let source = try reader.read(importPath: importPath) else { return nil }
      return Self.parse(source.bytes, importPath: importPath, displayPath: source.displayPath)
    }
    lock.lock()
    entries[key] = result
    lock.unlock()
    return try result.get()
  }

  static func parse(_ bytes: [UInt8], importPath: String, displayPath: String) -> Entry {
    let parsed = ProtoParser.parse(bytes, path: importPath, displayPath: displayPath)
    return Entry(file: parsed.file, diagnostics: parsed.diagnostics)
  }
}
