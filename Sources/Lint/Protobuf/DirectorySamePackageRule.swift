import Parsers
import SchemaModel

/// Buf's DIRECTORY_SAME_PACKAGE: files in one directory declare different packages.
public struct DirectorySamePackageRule: LintRule {
  public static let description = RuleDescription.buf(
    "DIRECTORY_SAME_PACKAGE", "files in one directory declare different packages",
    "a directory is one unit for most code generators (a Go package, a Python module); mixed packages there cannot be generated together"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromMinimal

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    let protos = inputs.compactMap { input in input.proto.map { (input, $0) } }
    let byDirectory = Dictionary(grouping: protos) { $0.1.directory }
    return byDirectory.flatMap { directory, members -> [Diagnostic] in
      let packages = Set(members.map { $0.1.package ?? "" })
      guard packages.count > 1 else { return [] }
      let named = packages.filter { !$0.isEmpty }.sorted().joined(separator: ",")
      let what =
        packages.contains("")
        ? "packages \"\(named)\" and a file without one" : "packages \"\(named)\""
      return members.map { input, file in
        finding(
          "directory \"\(directory)\" holds \(what)",
          at: file.packageSpan.map(input.location), path: input.path)
      }
    }
  }
}
