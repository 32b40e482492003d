import Foundation

/// Finds `schemacheck.yaml` in a folder or the nearest parent that has one.
public enum ConfigLocator {
  /// The config file in `directory` or its nearest ancestor, or nil when there is none.
  public static func locate(startingAt directory: URL) -> URL? {
    var folder = directory.standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(ConfigLoader.fileName)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      let parent = folder.deletingLastPathComponent().standardizedFileURL
      if parent.path == folder.path || folder.path == "/" { return nil }
      folder = parent
    }
  }
}
