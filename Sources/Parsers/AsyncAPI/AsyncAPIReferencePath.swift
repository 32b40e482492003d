/// Turns the file part of a `$ref` into a path relative to the project folder, refusing what
/// must never be read: remote URLs (no network), absolute paths and paths that climb out of the
/// project folder.
enum AsyncAPIReferencePath {
  enum Resolution: Hashable {
    case path(String)
    case refused(String)
  }

  /// The file `reference` names, seen from `documentPath` (both relative to the project folder).
  static func resolve(_ reference: String, from documentPath: String) -> Resolution {
    let lowered = reference.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("//") {
      return .refused("remote references are never fetched; copy the file into the project")
    }
    if lowered.contains("://") || lowered.hasPrefix("file:") || lowered.hasPrefix("urn:") {
      return .refused("only relative local paths are read")
    }
    if reference.hasPrefix("/") || reference.hasPrefix("\\") || reference.hasPrefix("~")
      || isDrivePath(reference)
    {
      return .refused("absolute paths are not read; write the path relative to the document")
    }
    var parts = documentPath.split(separator: "/").map(String.init)
    parts.removeLast()
    for part in reference.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty, parts.last != ".." else {
          return .refused("the path leaves the project folder")
        }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    guard !parts.isEmpty else { return .refused("the path names no file") }
    return .path(parts.joined(separator: "/"))
  }

  private static func isDrivePath(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.prefix(2))
    return scalars.count == 2 && scalars[1] == ":" && scalars[0].properties.isAlphabetic
  }
}
