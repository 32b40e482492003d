import Parsers
import SchemaModel

/// Buf's PACKAGE_LOWER_SNAKE_CASE: a package component is not lower_snake_case.
public struct PackageLowerSnakeCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_LOWER_SNAKE_CASE", "a package component is not lower_snake_case",
    "packages become namespaces, modules and directories in generated code; lower-case components work in all of them"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto, let package = file.package, !package.isEmpty else { return [] }
    let expected = package.split(separator: ".", omittingEmptySubsequences: false)
      .map { BufNaming.lowerSnakeCase(String($0)) }.joined(separator: ".")
    guard package != expected else { return [] }
    return [
      finding(
        "package \"\(package)\" is not lower_snake.case (for example \"\(expected)\")",
        at: file.packageSpan.map(input.location), path: input.path)
    ]
  }
}
