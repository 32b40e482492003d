import SchemaModel

/// What identifies a finding in a baseline: its rule, subject, file and element, never its line
/// or column, so that moving or reformatting a schema keeps the finding baselined.
public struct BaselineKey: Hashable, Sendable, Comparable {
  public var ruleID: String
  /// Empty for findings about the run itself (the config file).
  public var subject: String
  /// The finding's file (the new one, else the earlier version's), with forward slashes.
  public var file: String
  /// `Diagnostic.path` when the finding has one; otherwise its message with every run of
  /// digits replaced by `#` (messages name line numbers and revisions like `HEAD~1`).
  public var element: String

  public init(ruleID: String, subject: String, file: String, element: String) {
    self.ruleID = ruleID
    self.subject = subject
    self.file = file
    self.element = element
  }

  /// The key of a finding.
  public init(_ finding: Finding) {
    let diagnostic = finding.diagnostic
    let file = (diagnostic.location ?? diagnostic.previousLocation)?.file ?? ""
    self.init(
      ruleID: diagnostic.ruleID.rawValue, subject: finding.subject ?? "",
      file: ReportPath.normalized(file),
      element: diagnostic.path ?? Self.maskingDigits(diagnostic.message))
  }

  /// Sorted by file, subject, rule id and element: the order of the baseline file.
  public static func < (lhs: BaselineKey, rhs: BaselineKey) -> Bool {
    (lhs.file, lhs.subject, lhs.ruleID, lhs.element)
      < (rhs.file, rhs.subject, rhs.ruleID, rhs.element)
  }

  /// `line 12, column 3 of HEAD~1` becomes `line #, column # of HEAD~#`.
  static func maskingDigits(_ text: String) -> String {
    var out = ""
    var inNumber = false
    for character in text {
      if character.isASCII, character.isNumber {
        if !inNumber { out.append("#") }
        inNumber = true
      } else {
        out.append(character)
        inNumber = false
      }
    }
    return out
  }
}
