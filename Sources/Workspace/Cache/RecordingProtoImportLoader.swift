import Foundation
import Parsers

/// Loads imports through another loader and remembers every answer, so that a cache key can
/// cover exactly the files a `.proto` file was linked with (and the imports that were missing).
final class RecordingProtoImportLoader<Base: ProtoImportLoader>: ProtoImportLoader,
  @unchecked Sendable
{
  private let base: Base
  private let lock = NSLock()
  private var loads: [(String, ProtoImportLoad)] = []

  init(_ base: Base) {
    self.base = base
  }

  func load(importPath: String) -> ProtoImportLoad {
    let result = base.load(importPath: importPath)
    lock.withLock { loads.append((importPath, result)) }
    return result
  }

  /// Every answer, in import-path order, as key fields.
  func addLoads(to builder: inout CacheKeyBuilder) {
    let recorded = lock.withLock { loads }.sorted { $0.0 < $1.0 }
    for (path, result) in recorded {
      builder.add("import", path)
      switch result {
      case .found(let bytes, let displayPath):
        builder.add("found", displayPath)
        builder.add("bytes", bytes: bytes)
      case .notFound: builder.add("missing", "")
      case .failed(let reason): builder.add("failed", reason)
      }
    }
  }
}
