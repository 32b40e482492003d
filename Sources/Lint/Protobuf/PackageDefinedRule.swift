import Parsers
import SchemaModel

/// Buf's PACKAGE_DEFINED: a file declares no package.
public struct PackageDefinedRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_DEFINED", "a file declares no package",
    "without a package every type lives in one global namespace, where names from different teams collide"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromMinimal

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto, (file.package ?? "").isEmpty else { return [] }
    return [finding("the file declares no package", at: nil, path: input.path)]
  }
}
