import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_SWIFT_PREFIX: files of one package set different values for `swift_prefix` (or only some set it).
public struct PackageSameSwiftPrefixRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_SWIFT_PREFIX",
    "files of one package set different values for `swift_prefix` (or only some set it)",
    "the generated code of one package must land in one place; differing `swift_prefix` values split it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageOptionAgreement.findings(of: self, option: "swift_prefix", in: inputs)
  }
}
