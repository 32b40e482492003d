/// Why a baseline file could not be read or written; the run ends with status 2.
public enum BaselineError: Error, Hashable, Sendable, CustomStringConvertible {
  case fileNotFound(path: String)
  case unreadableFile(path: String, reason: String)
  /// Not a baseline: bad JSON, or a member missing or of the wrong type.
  case invalid(path: String, reason: String)
  /// A `version` this schemacheck does not know.
  case unsupportedVersion(path: String, version: String)
  case unwritableFile(path: String, reason: String)

  public var description: String {
    switch self {
    case .fileNotFound(let path):
      "baseline \(path): no such file (write one with --write-baseline \(path))"
    case .unreadableFile(let path, let reason):
      "baseline \(path): cannot read the file: \(reason)"
    case .invalid(let path, let reason):
      "baseline \(path) is not a schemacheck baseline: \(reason)"
    case .unsupportedVersion(let path, let version):
      "baseline \(path) has version \(version); this schemacheck reads version "
        + "\(Baseline.formatVersion) (write it again with --write-baseline)"
    case .unwritableFile(let path, let reason):
      "cannot write the baseline \(path): \(reason)"
    }
  }
}
