/// The raw contents of one earlier version of a schema file, before parsing.
public struct EarlierVersion: Hashable, Sendable {
  /// How a person recognises it: `schemas/v2.avsc`, `HEAD~1:schemas/x.avsc`, `3f2a9c1:x.avsc`.
  public var label: String
  public var bytes: [UInt8]
  /// The commit it was read from, when it came from git (Protobuf imports are read there too).
  public var gitCommit: String?

  public init(label: String, bytes: [UInt8], gitCommit: String? = nil) {
    self.label = label
    self.bytes = bytes
    self.gitCommit = gitCommit
  }
}

extension Array where Element == EarlierVersion {
  /// Keeps the oldest occurrence of each content and drops contents equal to `newBytes`, as
  /// the registry neither stores a schema twice nor registers one it already has.
  func distinctContents(excluding newBytes: [UInt8]) -> [EarlierVersion] {
    var seen: Set<Contents> = [Contents(bytes: newBytes)]
    return filter { seen.insert(Contents(bytes: $0.bytes)).inserted }
  }
}

/// File contents hashed as one block of memory: `[UInt8]`'s own hashing feeds the hasher a
/// byte at a time, which showed on thousands of version files.
private struct Contents: Hashable {
  var bytes: [UInt8]

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
