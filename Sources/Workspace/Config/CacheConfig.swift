import Foundation

/// The `cache:` setting of `schemacheck.yaml` (see `check --cache`).
public struct CacheConfig: Hashable, Sendable {
  /// True when `check` uses the cache without being asked on the command line.
  public var enabled = false
  /// The cache folder relative to the config's folder; nil for `.schemacheck-cache`.
  public var directory: String?

  public init(enabled: Bool = false, directory: String? = nil) {
    self.enabled = enabled
    self.directory = directory
  }
}

extension Config {
  /// The cache a `check` uses: `--cache-dir` (relative to the current folder) wins, then
  /// `--cache` or the config's `cache:`; nil when neither asks for one.
  public func checkCache(enabledByOption: Bool, directoryOption: String?, currentDirectory: URL)
    -> CheckCacheSettings?
  {
    if let directoryOption {
      return CheckCacheSettings(
        directory: PathText.url(directoryOption, relativeTo: currentDirectory),
        displayPath: directoryOption)
    }
    guard enabledByOption || cache.enabled else { return nil }
    let relative = cache.directory ?? CheckCacheSettings.defaultFolderName
    let prefix = PathText.displayPrefix(of: directory, from: currentDirectory)
    return CheckCacheSettings(
      directory: url(for: relative), displayPath: PathText.normalized(prefix + relative))
  }
}
