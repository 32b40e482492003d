import Parsers
import SchemaModel

/// The PACKAGE_SAME_* rules: every file of a package sets one file option to one value (or
/// none sets it). Every file of a package in disagreement gets a finding at its option, or at
/// the file's start when it does not set it.
enum PackageOptionAgreement {
  static func findings(of rule: some LintRule, option: String, in inputs: [LintInput])
    -> [Diagnostic]
  {
    let protos = inputs.compactMap { input in input.proto.map { (input, $0) } }
      .filter { !($0.1.package ?? "").isEmpty }
    let byPackage = Dictionary(grouping: protos) { $0.1.package ?? "" }
    return byPackage.flatMap { package, members -> [Diagnostic] in
      let values = Set(members.map { value(of: option, in: $0.1) })
      guard values.count > 1 else { return [] }
      let listed = values.filter { !$0.isEmpty }.sorted().joined(separator: ",")
      let message =
        values.contains("")
        ? "files of package \"\(package)\" set \(option) to \"\(listed)\" and some do not set it; "
          + "all must agree"
        : "files of package \"\(package)\" set \(option) to different values \"\(listed)\"; "
          + "all must agree"
      return members.map { input, file in
        rule.finding(
          message, at: file.options.named(option).map { input.location($0.span) },
          path: input.path)
      }
    }
  }

  /// The option's value as text, "" when the file does not set it.
  private static func value(of option: String, in file: ProtoFile) -> String {
    switch file.options.named(option)?.value {
    case .string(let text)?: text
    case .bool(let flag)?: flag ? "true" : "false"
    case .identifier(let name)?: name
    case .integer(let text)?, .float(let text)?: text
    case .aggregate?, .list?, nil: ""
    }
  }
}
