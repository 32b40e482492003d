import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_PHP_NAMESPACE: files of one package set different values for `php_namespace` (or only some set it).
public struct PackageSamePhpNamespaceRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_PHP_NAMESPACE",
    "files of one package set different values for `php_namespace` (or only some set it)",
    "the generated code of one package must land in one place; differing `php_namespace` values split it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageOptionAgreement.findings(of: self, option: "php_namespace", in: inputs)
  }
}
