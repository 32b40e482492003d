import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_GO_PACKAGE: files of one package set different values for `go_package` (or only some set it).
public struct PackageSameGoPackageRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_GO_PACKAGE",
    "files of one package set different values for `go_package` (or only some set it)",
    "the generated code of one package must land in one place; differing `go_package` values split it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageOptionAgreement.findings(of: self, option: "go_package", in: inputs)
  }
}
