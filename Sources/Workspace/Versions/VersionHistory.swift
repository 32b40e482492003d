import Foundation

/// Finds a schema file's earlier versions, oldest first, by the rules: a `versions:`
/// folder pattern, else `--against REV`, else `--against DIR`, else the file's git history.
public enum VersionHistory {
  /// `cache` lets the subjects of one run share repository and revision look-ups.
  public static func earlierVersions(_ request: VersionRequest, cache: GitCache = GitCache())
    throws(WorkspaceError) -> [EarlierVersion]
  {
    let all: [EarlierVersion]
    if let pattern = request.versionsPattern {
      all = try FolderVersionSource.versions(request, pattern: pattern)
    } else {
      switch request.against {
      case .revision(let revision):
        all = try GitVersionSource.versions(request, revision: revision, cache: cache)
      case .directory(let directory, let displayPath):
        all = try DirectoryVersionSource.versions(
          request, directory: directory, directoryDisplay: displayPath)
      case nil:
        all = try GitVersionSource.versions(request, revision: nil, cache: cache)
      }
    }
    return request.transitive ? all : Array(all.suffix(1))
  }
}

/// `versions: schemas/orders/v*.avsc`: the matching files in natural version order.
enum FolderVersionSource {
  static func versions(_ request: VersionRequest, pattern: String) throws(WorkspaceError)
    -> [EarlierVersion]
  {
    let newFile = request.file.standardizedFileURL.path
    var versions: [EarlierVersion] = []
    for path in GlobExpander.files(matching: GlobPattern(pattern), under: request.baseDirectory) {
      let url = PathText.url(path, relativeTo: request.baseDirectory)
      // The schema file itself is the new version even when the pattern matches it.
      if url.path == newFile { continue }
      let label = request.displayPrefix + path
      let bytes = try SchemaFileReader.read(url, displayPath: label)
      versions.append(EarlierVersion(label: label, bytes: bytes))
    }
    return versions.distinctContents(excluding: request.newBytes)
  }
}

/// `--against DIR`: the file at the same relative path under DIR.
enum DirectoryVersionSource {
  static func versions(
    _ request: VersionRequest, directory: URL, directoryDisplay: String
  ) throws(WorkspaceError) -> [EarlierVersion] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .directoryNotFound(path: directoryDisplay) }
    let relative = try relativePath(request)
    let url = PathText.url(relative, relativeTo: directory)
    // A file that did not exist in the other tree simply has no earlier version.
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let label = PathText.normalized(directoryDisplay + "/" + relative)
    let bytes = try SchemaFileReader.read(url, displayPath: label)
    return [EarlierVersion(label: label, bytes: bytes)].distinctContents(
      excluding: request.newBytes)
  }

  /// The file's path below the base folder; a file outside it has no place under DIR.
  private static func relativePath(_ request: VersionRequest) throws(WorkspaceError) -> String {
    let file = request.file.standardizedFileURL.path
    let base = request.baseDirectory.standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    guard file.hasPrefix(prefix) else {
      throw .outsideBaseDirectory(path: request.displayPath, base: base)
    }
    return String(file.dropFirst(prefix.count))
  }
}
