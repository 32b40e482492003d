import Foundation
import Lint

extension LintRun {
  /// `schemacheck lint PATH...`: folders give the contracts under them (as `init` finds them).
  /// Without a config every file is linted with the default rules. With one, its `lint:`
  /// settings apply; a file that belongs to a subject (its schema, an earlier version or a
  /// fixture, as a pre-commit hook passes every changed file) lints that subject's schema, and
  /// a file of no subject is linted when it is a contract.
  public static func selection(
    _ paths: [String], config: Config?, currentDirectory: URL
  ) throws(WorkspaceError) -> LintRun {
    let named = expand(paths, currentDirectory: currentDirectory)
    guard let config else {
      return commandLine(named.map(\.path), currentDirectory: currentDirectory)
    }
    var run = try subjects(of: config, currentDirectory: currentDirectory)
    // Schemas written inside AsyncAPI documents have no file of their own to lint.
    let subjects = try SubjectResolver.subjects(of: config).filter { $0.embeddedSchema == nil }
    let base = config.directory.standardizedFileURL.path
    var wanted: Set<String> = []
    var loose: [(path: String, file: URL)] = []
    for (path, file, fromFolder) in named {
      let full = file.standardizedFileURL.path
      let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : nil
      let owners = relative.map { relative in subjects.filter { $0.owns(relative) } } ?? []
      if owners.isEmpty {
        if !fromFolder || isContract(file, path: path) { loose.append((path, file)) }
        continue
      }
      wanted.formUnion(owners.map(\.schemaPath))
    }
    let prefix = run.displayPrefix
    run.files =
      run.files.filter { wanted.contains(String($0.path.dropFirst(prefix.count))) }
      + loose.filter { candidate in
        !run.files.contains { $0.file.standardizedFileURL == candidate.file.standardizedFileURL }
      }
    return run
  }

  /// Each path, or the files under it when it is a folder, with whether it came from a folder.
  private static func expand(_ paths: [String], currentDirectory: URL) -> [(
    path: String, file: URL, fromFolder: Bool
  )] {
    paths.flatMap { path -> [(path: String, file: URL, fromFolder: Bool)] in
      let url = PathText.url(path, relativeTo: currentDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return [(path, url, false)] }
      let folder = path.hasSuffix("/") ? path : path + "/"
      return GlobExpander.files(matching: GlobPattern("**/*"), under: url).compactMap { inner in
        let shown = PathText.normalized(folder + inner)
        let file = url.appendingPathComponent(inner)
        return isContract(file, path: shown) ? (shown, file, true) : nil
      }
    }
  }

  /// A schema file `init` would take for a contract (JSON and YAML only with `$schema`).
  private static func isContract(_ file: URL, path: String) -> Bool {
    guard let bytes = try? SchemaFileReader.read(file, displayPath: path),
      let format = SchemaParsing.format(path: path, bytes: bytes)
    else { return false }
    return ConfigScaffold.isContract(path, format: format, bytes: bytes)
  }
}
