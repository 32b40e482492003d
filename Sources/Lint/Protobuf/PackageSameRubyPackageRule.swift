import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_RUBY_PACKAGE: files of one package set different values for `ruby_package` (or only some set it).
public struct PackageSameRubyPackageRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_RUBY_PACKAGE",
    "files of one package set different values for `ruby_package` (or only some set it)",
    "the generated code of one package must land in one place; differing `ruby_package` values split it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageOptionAgreement.findings(of: self, option: "ruby_package", in: inputs)
  }
}
