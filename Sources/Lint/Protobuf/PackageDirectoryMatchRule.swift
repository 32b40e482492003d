import Parsers
import SchemaModel

/// Buf's PACKAGE_DIRECTORY_MATCH: a file's directory (relative to its import root) does not spell its package with `/` for `.`.
public struct PackageDirectoryMatchRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_DIRECTORY_MATCH",
    "a file's directory (relative to its import root) does not spell its package with `/` for `.`",
    "imports name files by path; when the path follows the package, a type's file can be found from its name and tools can lay out generated code predictably"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromMinimal

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto, let package = file.package, !package.isEmpty else { return [] }
    let expected = package.replacingOccurrences(of: ".", with: "/")
    guard file.directory != expected else { return [] }
    return [
      finding(
        "files of package \"\(package)\" belong in directory \"\(expected)\" under the import "
          + "root, not \"\(file.directory)\"",
        at: file.packageSpan.map(input.location), path: input.path)
    ]
  }
}
