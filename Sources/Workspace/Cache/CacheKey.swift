import Foundation
import SchemaModel

/// The name of one cache entry: a SHA-256 over everything its value depends on.
struct CacheKey: Hashable, Sendable {
  /// 64 lowercase hexadecimal digits; also the entry's file name.
  var hex: String

  /// True for a name `hex` can be: what the cache folder holds and may prune.
  static func isKeyText(_ text: Substring) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }
}

/// Collects the inputs of a key. Each field is its label, a zero byte, its length and its bytes,
/// so that two different lists of fields never give the same stream.
struct CacheKeyBuilder: Sendable {
  private var stream: [UInt8] = []

  init(_ purpose: String) {
    add("purpose", purpose)
    add("tool", ToolInfo.version)
    add("build", Self.buildIdentity)
  }

  mutating func add(_ label: String, _ text: String) {
    add(label, bytes: Array(text.utf8))
  }

  mutating func add(_ label: String, bytes: [UInt8]) {
    stream += label.utf8
    stream.append(0)
    var length = UInt64(bytes.count)
    for _ in 0..<8 {
      stream.append(UInt8(truncatingIfNeeded: length))
      length >>= 8
    }
    stream += bytes
  }

  var key: CacheKey { CacheKey(hex: SHA256.hexDigest(stream)) }

  /// The running executable's size and modification time: `ToolInfo.version` does not change
  /// with every build, and a rebuilt checker must not trust its predecessor's verdicts.
  static let buildIdentity: String = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    else { return "unknown" }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size) \(modified)"
  }()
}
