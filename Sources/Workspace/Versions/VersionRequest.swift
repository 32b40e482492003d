import Foundation

/// Everything needed to find the earlier versions of one schema file.
public struct VersionRequest: Sendable {
  /// The new version's file in the working tree.
  public var file: URL
  /// The file's path relative to `baseDirectory` as the user wrote it (labels use it).
  public var displayPath: String
  /// The new version's contents.
  public var newBytes: [UInt8]
  /// The folder that `versionsPattern` and relative paths are resolved against.
  public var baseDirectory: URL
  /// The config's `versions:` glob, relative to `baseDirectory`.
  public var versionsPattern: String?
  public var against: AgainstReference?
  /// True to return every earlier version; false for the latest one only.
  public var transitive: Bool
  /// Prepended to paths relative to `baseDirectory` in labels, so they read from the current
  /// directory (`Fixtures/` when the config is `Fixtures/schemacheck.yaml`).
  public var displayPrefix: String

  public init(
    file: URL, displayPath: String, newBytes: [UInt8], baseDirectory: URL,
    versionsPattern: String? = nil, against: AgainstReference? = nil, transitive: Bool,
    displayPrefix: String = ""
  ) {
    self.displayPrefix = displayPrefix
    self.file = file
    self.displayPath = displayPath
    self.newBytes = newBytes
    self.baseDirectory = baseDirectory
    self.versionsPattern = versionsPattern
    self.against = against
    self.transitive = transitive
  }
}
