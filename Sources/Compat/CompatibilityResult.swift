import SchemaModel

/// The verdict of checking one new version against its earlier versions under one mode.
public struct CompatibilityResult: Sendable {
  public var mode: CompatibilityMode
  public var isCompatible: Bool
  /// Error findings (compatibility breaks), located in the new file with `previousLocation` in
  /// the old one.
  public var findings: [Diagnostic]
  /// Labels of the earlier versions actually compared, in the order checked (newest first).
  public var checkedAgainst: [String]

  public init(
    mode: CompatibilityMode, isCompatible: Bool, findings: [Diagnostic], checkedAgainst: [String]
  ) {
    self.mode = mode
    self.isCompatible = isCompatible
    self.findings = findings
    self.checkedAgainst = checkedAgainst
  }
}
