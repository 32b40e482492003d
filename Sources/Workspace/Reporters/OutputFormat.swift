/// One requested output: a format and where it goes (standard output when `path` is nil).
public struct OutputTarget: Hashable, Sendable {
  public enum Format: String, Hashable, Sendable, CaseIterable {
    case text
    case json
    case junit
    case checkstyle
    case markdown
    case sarif
    case github
    case gitlab
  }

  public var format: Format
  public var path: String?

  public init(format: Format, path: String? = nil) {
    self.format = format
    self.path = path
  }

  /// Parses `--format text,json=build/report.json`: comma-separated formats, each optionally
  /// sent to a file. At most one format may go to standard output.
  public static func parseList(_ spec: String) throws(OutputFormatError) -> [OutputTarget] {
    var targets: [OutputTarget] = []
    for item in spec.split(separator: ",", omittingEmptySubsequences: false) {
      let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = parts[0].trimmingWhitespace().lowercased()
      guard let format = Format(rawValue: name) else {
        throw name.isEmpty ? .empty(spec) : .unknown(name)
      }
      var path: String?
      if parts.count == 2 {
        let value = parts[1].trimmingWhitespace()
        guard !value.isEmpty else { throw .emptyPath(name) }
        path = value
      }
      targets.append(OutputTarget(format: format, path: path))
    }
    if targets.count(where: { $0.path == nil }) > 1 {
      throw .severalOnStandardOutput(spec)
    }
    return targets
  }
}

/// A `--format` value that cannot be used.
public enum OutputFormatError: Error, Hashable, Sendable, CustomStringConvertible {
  case unknown(String)
  case empty(String)
  case emptyPath(String)
  case severalOnStandardOutput(String)

  /// Formats that later releases add; named so the message can say they are not here yet.
  static let planned: Set<String> = []

  public var description: String {
    let known = OutputTarget.Format.allCases.map(\.rawValue).joined(separator: ", ")
    switch self {
    case .unknown(let name) where Self.planned.contains(name):
      return "output format '\(name)' is not available in this version; use one of: \(known)"
    case .unknown(let name):
      return "unknown output format '\(name)'; use one of: \(known)"
    case .empty(let spec):
      return "empty output format in '\(spec)'; use one of: \(known)"
    case .emptyPath(let name):
      return "output format '\(name)=' needs a file path after '='"
    case .severalOnStandardOutput(let spec):
      return "'\(spec)' sends more than one format to standard output; give all but one a file "
        + "(json=report.json)"
    }
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
