import Parsers
import SchemaModel

/// Buf's PACKAGE_SAME_DIRECTORY: files of one package are spread over several directories.
public struct PackageSameDirectoryRule: LintRule {
  public static let description = RuleDescription.buf(
    "PACKAGE_SAME_DIRECTORY", "files of one package are spread over several directories",
    "generators that map a package to one directory or module cannot build a package split across several"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromMinimal

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    let protos = inputs.compactMap { input in input.proto.map { (input, $0) } }
    let byPackage = Dictionary(grouping: protos.filter { !($0.1.package ?? "").isEmpty }) {
      $0.1.package ?? ""
    }
    return byPackage.flatMap { package, members -> [Diagnostic] in
      let directories = Set(members.map { $0.1.directory }).sorted()
      guard directories.count > 1 else { return [] }
      return members.map { input, file in
        finding(
          "package \"\(package)\" has files in several directories: \(directories.joined(separator: ", "))",
          at: file.packageSpan.map(input.location), path: input.path)
      }
    }
  }
}
