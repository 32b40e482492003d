/// Why the tool itself could not do its job: a missing or unreadable file, a bad git revision.
///
/// Everything wrong with the user's schemas is a `Diagnostic` instead; these errors end the run
/// with exit status 2.
public enum WorkspaceError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The area an error belongs to, for callers that group or count them.
  public enum Category: String, Hashable, Sendable {
    case file
    case git
    case usage
  }

  case fileNotFound(path: String)
  case isDirectory(path: String)
  case emptyFile(path: String)
  case fileTooLarge(path: String, limit: Int)
  case unreadableFile(path: String, reason: String)
  case directoryNotFound(path: String)
  /// A file compared with `--against DIR` must lie below the folder paths are relative to.
  case outsideBaseDirectory(path: String, base: String)
  case gitNotFound
  case notAGitRepository(path: String)
  case unknownRevision(String)
  case revisionLooksLikeOption(String)
  case unreadableGitObject(String, reason: String)
  case gitFailed(command: String, message: String)
  case unknownSubject(String, known: [String])
  /// `--mode FILE|PACKAGE|WIRE_JSON|WIRE` given for a subject that is not Protobuf.
  case bufModeNeedsProtobuf(mode: String, subject: String)
  /// The config file is wrong; its own error says where.
  case config(ConfigError)
  /// `init` would overwrite a config that exists.
  case configExists(path: String)
  /// A file could not be written.
  case unwritableFile(path: String, reason: String)
  /// The catalog would overwrite a file it did not write.
  case catalogWouldOverwrite(path: String)

  public var category: Category {
    switch self {
    case .fileNotFound, .isDirectory, .emptyFile, .fileTooLarge, .unreadableFile,
      .directoryNotFound, .unwritableFile, .catalogWouldOverwrite:
      .file
    case .gitNotFound, .notAGitRepository, .unknownRevision, .unreadableGitObject, .gitFailed:
      .git
    case .revisionLooksLikeOption, .unknownSubject, .config, .outsideBaseDirectory,
      .bufModeNeedsProtobuf, .configExists:
      .usage
    }
  }

  public var description: String {
    switch self {
    case .fileNotFound(let path):
      "\(path): no such file"
    case .isDirectory(let path):
      "\(path): is a directory, not a schema file"
    case .emptyFile(let path):
      "\(path): the file is empty"
    case .fileTooLarge(let path, let limit):
      "\(path): the file is larger than the limit of \(ByteCountText.describe(limit))"
    case .unreadableFile(let path, let reason):
      "\(path): cannot read the file: \(reason)"
    case .directoryNotFound(let path):
      "\(path): no such directory"
    case .outsideBaseDirectory(let path, let base):
      "\(path) is not inside \(base), so it has no relative path to look up under --against DIR"
    case .gitNotFound:
      "git was not found on PATH; it is needed to read earlier versions from git"
    case .notAGitRepository(let path):
      "\(path) is not inside a git repository; pass --against DIR or set 'versions:' in the config"
    case .unknownRevision(let revision):
      "unknown git revision '\(revision)'"
    case .revisionLooksLikeOption(let revision):
      "refusing git revision '\(revision)': a revision cannot start with '-'"
    case .unreadableGitObject(let object, let reason):
      "cannot read '\(object)' from git: \(reason)"
    case .gitFailed(let command, let message):
      "git \(command) failed: \(message)"
    case .unknownSubject(let name, let known):
      known.isEmpty
        ? "unknown subject '\(name)'"
        : "unknown subject '\(name)'; known subjects: \(known.joined(separator: ", "))"
    case .bufModeNeedsProtobuf(let mode, let subject):
      "--mode \(mode) is one of Buf's categories, which apply to Protobuf subjects only; "
        + "subject '\(subject)' is not a .proto file (use a Confluent mode such as BACKWARD)"
    case .config(let error):
      error.description
    case .configExists(let path):
      "\(path) exists already; init never overwrites a config (edit it, or move it away first)"
    case .unwritableFile(let path, let reason):
      "cannot write \(path): \(reason)"
    case .catalogWouldOverwrite(let path):
      "\(path) exists and was not written by schemacheck catalog; move it away or choose "
        + "another --out (the catalog never replaces files it did not write)"
    }
  }
}

/// Byte counts as a person reads them in messages (`64 MiB`).
enum ByteCountText {
  static func describe(_ bytes: Int) -> String {
    let mebibyte = 1 << 20
    let kibibyte = 1 << 10
    if bytes >= mebibyte, bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
    if bytes >= kibibyte, bytes % kibibyte == 0 { return "\(bytes / kibibyte) KiB" }
    return "\(bytes) bytes"
  }
}
