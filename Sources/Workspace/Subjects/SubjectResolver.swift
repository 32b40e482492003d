import Foundation
import SchemaModel

/// Turns a config into its subjects: the listed ones, then those `discover:` finds.
public enum SubjectResolver {
  /// Every subject, sorted by name. A discovered file is named from its schema's full name (its
  /// file name without extension when it has none); files that are a listed subject's schema or
  /// match its `versions:` pattern are not discovered again.
  public static func subjects(of config: Config) throws(WorkspaceError) -> [Subject] {
    try subjects(of: config, asyncAPI: AsyncAPISources.load(config)).subjects
  }

  /// The config's subjects merged with those of its AsyncAPI documents (see `merging`), and
  /// notes about messages that give no subject.
  public static func subjects(of config: Config, asyncAPI: AsyncAPISources)
    throws(WorkspaceError) -> (subjects: [Subject], notes: [Diagnostic])
  {
    merging(asyncAPI, into: try configSubjects(of: config), config: config)
  }

  /// The listed and discovered subjects.
  static func configSubjects(of config: Config) throws(WorkspaceError) -> [Subject] {
    var subjects = config.subjects.map { entry in
      var subject = Subject(
        name: entry.name, schemaPath: PathText.normalized(entry.schema),
        file: config.url(for: entry.schema),
        compatibility: entry.compatibility ?? config.defaults.compatibility,
        versionsPattern: entry.versions, message: entry.message, examples: entry.examples,
        counterexamples: entry.counterexamples)
      subject.avroEncoding = entry.avroEncoding
      subject.allowUnknownFields = entry.allowUnknownFields
      subject.framing = entry.framing
      return subject
    }
    var claimedFiles = Set(subjects.map(\.file.path))
    let versionPatterns = config.subjects.compactMap { $0.versions.map(GlobPattern.init) }
    var namePositions: [String: String] = [:]
    for subject in subjects { namePositions[subject.name] = subject.schemaPath }
    for rule in config.discover {
      for path in GlobExpander.files(matching: GlobPattern(rule.glob), under: config.directory) {
        let file = config.url(for: path)
        guard !claimedFiles.contains(file.path),
          !versionPatterns.contains(where: { $0.matches(path) })
        else { continue }
        claimedFiles.insert(file.path)
        let bytes = try SchemaFileReader.read(file, displayPath: path)
        let name = subjectName(SchemaParsing.parse(bytes, path: path), path: path)
        if let other = namePositions[name] {
          throw .config(
            ConfigError(
              .duplicateDiscoveredSubject(name, paths: [other, path]),
              file: config.displayPath, position: rule.position))
        }
        namePositions[name] = path
        subjects.append(
          Subject(
            name: name, schemaPath: path, file: file,
            compatibility: rule.compatibility ?? config.defaults.compatibility))
      }
    }
    return subjects.sorted { $0.name < $1.name }
  }

  static func subjectName(_ document: SchemaDocument, path: String) -> String {
    if let name = document.root?.qualifiedName?.fullName, !name.isEmpty { return name }
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else {
      return fileName
    }
    return String(fileName[..<dot])
  }
}
