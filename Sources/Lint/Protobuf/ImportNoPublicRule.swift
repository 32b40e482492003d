import Parsers
import SchemaModel

/// Buf's IMPORT_NO_PUBLIC: an import is `public`.
public struct ImportNoPublicRule: LintRule {
  public static let description = RuleDescription.buf(
    "IMPORT_NO_PUBLIC", "an import is `public`",
    "public imports make a file re-export another file's types, which few languages besides C++ support well and which hides real dependencies"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.imports.filter { $0.modifier == .public }.map {
      finding(
        "import \"\($0.path)\" must not be public", at: input.location($0.span), path: input.path)
    }
  }
}
