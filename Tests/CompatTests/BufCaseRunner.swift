import Compat
import Foundation
import Parsers
import SchemaModel

/// Builds the two modules of one Buf breaking case and runs the selection of `current/buf.yaml`.
enum BufCaseRunner {
  struct CaseError: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ folder: URL) throws -> [BufCaseRow] {
    let previousDir = folder.appendingPathComponent("previous")
    let currentDir = folder.appendingPathComponent("current")
    let config = readYAML(currentDir.appendingPathComponent("buf.yaml"))
    let previous = try module(previousDir)
    let current = try module(currentDir)
    var rows: [BufCaseRow] = []
    let breaking = config?["breaking"]
    let main = selection(config, breaking)
    rows += try BufBreakingChecker.check(previous: previous, current: current, selection: main)
      .map { BufCaseRow($0, policy: false) }
    for policy in config?["policies"]?.list ?? [] {
      guard let name = policy["policy"]?.scalar else { continue }
      let policyConfig = readYAML(currentDir.appendingPathComponent(name))
      let policySelection = selection(policyConfig, policyConfig?["breaking"])
      rows += try BufBreakingChecker.check(
        previous: previous, current: current, selection: policySelection
      ).map { BufCaseRow($0, policy: true) }
    }
    return rows.sorted { lhs, rhs in
      let left = (lhs.path ?? "", lhs.span ?? [], lhs.rule, lhs.message ?? "")
      let right = (rhs.path ?? "", rhs.span ?? [], rhs.rule, rhs.message ?? "")
      if left.0 != right.0 { return left.0 < right.0 }
      let leftStart = Array(left.1.prefix(2))
      let rightStart = Array(right.1.prefix(2))
      if leftStart != rightStart { return leftStart.lexicographicallyPrecedes(rightStart) }
      if left.2 != right.2 { return left.2 < right.2 }
      return left.3 < right.3
    }
  }

  static func selection(_ config: BufYAMLNode?, _ breaking: BufYAMLNode?) -> BufRuleSelection {
    let version = config?["version"]?.scalar.flatMap(BufConfigVersion.init(rawValue:)) ?? .v2
    var ignoreOnly: [String: [String]] = [:]
    for (key, value) in breaking?["ignore_only"]?.map ?? [] { ignoreOnly[key] = value.strings }
    return BufRuleSelection(
      version: version, use: breaking?["use"]?.strings ?? [],
      except: breaking?["except"]?.strings ?? [], ignore: breaking?["ignore"]?.strings ?? [],
      ignoreOnly: ignoreOnly,
      ignoreUnstablePackages: breaking?["ignore_unstable_packages"]?.scalar == "true",
      disableBuiltin: breaking?["disable_builtin"]?.scalar == "true")
  }

  static func readYAML(_ url: URL) -> BufYAMLNode? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return BufYAMLNode.read(String(decoding: data, as: UTF8.self))
  }

  /// Every `.proto` under the module's roots (`build.roots` in v1beta1, else the folder), all
  /// of them targets, linked with imports resolved inside the module and to the well-known
  /// types.
  static func module(_ dir: URL) throws -> ProtoImage {
    let config = readYAML(dir.appendingPathComponent("buf.yaml"))
    let roots = config?["build"]?["roots"]?.strings ?? []
    var targets: [ProtoFile] = []
    var sources: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    for root in roots.isEmpty ? [dir] : roots.map({ dir.appendingPathComponent($0) }) {
      for path in protoPaths(root) {
        guard
          let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
        else { throw CaseError(description: "cannot read \(path)") }
        let parsed = ProtoParser.parse([UInt8](data), path: path, displayPath: path)
        targets.append(parsed.file)
        sources[path] = String(decoding: data, as: UTF8.self)
        diagnostics += parsed.diagnostics.filter { $0.severity == .error }
      }
    }
    let image = ProtoLinker.link(targets: targets, loader: InMemoryProtoImportLoader(sources))
    diagnostics += image.diagnostics.filter { $0.severity == .error }
    if let first = diagnostics.first {
      throw CaseError(description: "\(first.location.map { "\($0)" } ?? ""): \(first.message)")
    }
    return image
  }

  static func protoPaths(_ root: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      if path.hasSuffix(".proto") { paths.append(path) }
    }
    return paths.sorted()
  }
}
