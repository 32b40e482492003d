import Parsers
import SchemaModel

/// Buf's FILE_LOWER_SNAKE_CASE: a file name is not lower_snake_case.
public struct FileLowerSnakeCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "FILE_LOWER_SNAKE_CASE", "a file name is not lower_snake_case",
    "file names become generated file and module names; lower_snake_case is portable across file systems and languages"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let base = String(file.path.split(separator: "/").last ?? Substring(file.path))
    let stem: String
    let ext: String
    if let dot = base.lastIndex(of: ".") {
      stem = String(base[..<dot])
      ext = String(base[dot...])
    } else {
      stem = base
      ext = ""
    }
    let expected = BufNaming.lowerSnakeCase(stem)
    guard stem != expected else { return [] }
    return [
      finding(
        "file name \"\(base)\" is not lower_snake_case (for example \"\(expected)\(ext)\")",
        at: nil, path: input.path)
    ]
  }
}
