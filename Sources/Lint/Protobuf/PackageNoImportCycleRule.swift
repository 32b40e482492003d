import Parsers
import SchemaModel

/// Buf's PACKAGE_NO_IMPORT_CYCLE: packages import each other in a cycle.
public struct PackageNoImportCycleRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_NO_IMPORT_CYCLE", "packages import each other in a cycle",
    "languages that map a package to a module (Go, for one) cannot compile packages that import each other"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromMinimal

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    PackageImportCycles(inputs).findings.map {
      finding(
        "package import cycle: \($0.cycle.joined(separator: " -> "))", at: $0.location,
        path: $0.location.file)
    }
  }
}
