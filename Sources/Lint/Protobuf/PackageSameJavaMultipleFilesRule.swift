import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_JAVA_MULTIPLE_FILES: files of one package set different values for `java_multiple_files` (or only some set it).
public struct PackageSameJavaMultipleFilesRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
    "files of one package set different values for `java_multiple_files` (or only some set it)",
    "the generated code of one package must land in one place; differing `java_multiple_files` values split it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageOptionAgreement.findings(of: self, option: "java_multiple_files", in: inputs)
  }
}
