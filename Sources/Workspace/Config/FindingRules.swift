import SchemaModel

/// The `compat:` section: which compatibility findings are reported, where, and how severe, in
/// the shape of Buf's and Spectral's rule settings.
public struct FindingRules: Hashable, Sendable {
  /// Rules never reported (also `severity: {RULE: off}`).
  public var except: Set<RuleID>
  /// Paths (files, folders or globs, relative to the config's folder) whose findings are
  /// dropped.
  public var ignore: [String]
  /// Per rule, the paths where it is not reported.
  public var ignoreOnly: [RuleID: [String]]
  /// Per rule, the severity its findings get instead of the default.
  public var severity: [RuleID: Severity]

  public init(
    except: Set<RuleID> = [], ignore: [String] = [], ignoreOnly: [RuleID: [String]] = [:],
    severity: [RuleID: Severity] = [:]
  ) {
    self.except = except
    self.ignore = ignore
    self.ignoreOnly = ignoreOnly
    self.severity = severity
  }

  public var isEmpty: Bool {
    except.isEmpty && ignore.isEmpty && ignoreOnly.isEmpty && severity.isEmpty
  }

  /// The finding as configured: nil when it is not reported, else with its configured
  /// severity. `path` is its file relative to the config's folder (nil when it has none).
  public func apply(to diagnostic: Diagnostic, path: String?) -> Diagnostic? {
    if except.contains(diagnostic.ruleID) { return nil }
    if let path {
      if ignore.contains(where: { Self.covers($0, path) }) { return nil }
      if let paths = ignoreOnly[diagnostic.ruleID], paths.contains(where: { Self.covers($0, path) })
      {
        return nil
      }
    }
    guard let level = severity[diagnostic.ruleID] else { return diagnostic }
    var adjusted = diagnostic
    adjusted.severity = level
    return adjusted
  }

  /// A path entry covers the file itself, everything under a folder, or what a glob matches.
  static func covers(_ entry: String, _ path: String) -> Bool {
    let entry = PathText.normalized(entry)
    return path == entry || path.hasPrefix(entry + "/") || GlobPattern(entry).matches(path)
  }
}
