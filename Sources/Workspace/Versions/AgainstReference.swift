import Foundation

/// What `--against` names: a git revision or another folder with the same layout.
public enum AgainstReference: Hashable, Sendable {
  /// A git revision (`main`, `origin/main`, `HEAD~1`, a tag or commit).
  case revision(String)
  /// Another checkout or an unpacked release; `displayPath` is how the user wrote it.
  case directory(URL, displayPath: String)

  /// Reads `--against`: `git:REV` is always a revision, an existing folder is a directory, and
  /// anything else is a revision (checked later against the repository).
  public static func parse(_ text: String, currentDirectory: URL) -> AgainstReference {
    if text.hasPrefix("git:") { return .revision(String(text.dropFirst(4))) }
    let url = PathText.url(text, relativeTo: currentDirectory)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return .directory(
        URL(fileURLWithPath: url.path, isDirectory: true).standardizedFileURL, displayPath: text)
    }
    return .revision(text)
  }
}
