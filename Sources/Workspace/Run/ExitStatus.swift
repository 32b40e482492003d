import SchemaModel

/// The process exit status a command ends with, decided in one place.
public enum ExitStatus: Int32, Hashable, Sendable {
  /// Nothing at the failing severity.
  case success = 0
  /// Findings at the failing severity: a breaking change, an invalid schema element.
  case findings = 1
  /// The tool could not do its job: bad arguments or config, unparseable schema, missing file,
  /// unreadable git revision.
  case toolFailure = 2
}

extension WorkspaceError {
  /// Every workspace error ends the run with status 2.
  public var exitStatus: ExitStatus { .toolFailure }
}

extension ConfigError {
  public var exitStatus: ExitStatus { .toolFailure }
}
