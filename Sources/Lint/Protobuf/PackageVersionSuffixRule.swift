import Parsers
import SchemaModel

/// Buf's PACKAGE_VERSION_SUFFIX: a package does not end with a version (`v1`, `v1beta1`, `v1alpha1`, `v1p1beta1`, `v1test`).
public struct PackageVersionSuffixRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_VERSION_SUFFIX",
    "a package does not end with a version (`v1`, `v1beta1`, `v1alpha1`, `v1p1beta1`, `v1test`)",
    "a version in the package lets a breaking redesign live next to the old API instead of replacing it in place"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto, let package = file.package, !package.isEmpty,
      BufPackageVersion.stability(ofPackage: package) == nil
    else { return [] }
    return [
      finding(
        "package \"\(package)\" should end with a version, such as \"\(package).v1\"",
        at: file.packageSpan.map(input.location), path: input.path)
    ]
  }
}
