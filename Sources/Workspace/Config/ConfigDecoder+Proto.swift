import Compat
import Foundation
import SchemaModel

extension ConfigDecoder {
  /// `proto: { roots, breaking, except, ignore, ignore-only }`.
  func proto(_ entry: ConfigEntry) throws(ConfigError) -> ProtoConfig {
    let context = "in 'proto'"
    var proto = ProtoConfig()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.proto, context: context)
      switch item.key {
      case "roots":
        proto.roots = try stringList(item, context: context)
        if checkFiles { try checkRoots(proto.roots, at: item) }
      case "breaking":
        proto.breaking = try bufNames(item, context: context)
      case "except":
        proto.except = try bufNames(item, context: context)
      case "ignore": proto.ignore = try stringList(item, context: context).map(PathText.normalized)
      case "ignore-only": proto.ignoreOnly = try ignoreOnly(item)
      default: break
      }
    }
    return proto
  }

  private func ignoreOnly(_ entry: ConfigEntry) throws(ConfigError) -> [ProtoIgnoreOnly] {
    let context = "in 'proto.ignore-only'"
    var result: [ProtoIgnoreOnly] = []
    for item in try mapping(entry, context: "in 'proto'") {
      let rule = try bufName(item.key, at: item.keyPosition, context: context)
      let paths = try stringList(item, context: context).map(PathText.normalized)
      result.append(ProtoIgnoreOnly(rule: rule, paths: paths))
    }
    return result
  }

  private func bufNames(_ entry: ConfigEntry, context: String) throws(ConfigError) -> [String] {
    let names = try stringList(entry, context: context)
    let positions: [TextPosition]
    if case .sequence(let items) = entry.value.value {
      positions = items.map(\.position)
    } else {
      positions = [entry.value.position]
    }
    var result: [String] = []
    for (name, position) in zip(names, positions) {
      result.append(try bufName(name, at: position, context: "\(context) '\(entry.key)'"))
    }
    return result
  }

  /// A Buf category or a known Buf breaking rule id, upper-cased (Buf's `use`, `except` and
  /// `ignore_only` accept both).
  private func bufName(_ name: String, at position: TextPosition, context: String)
    throws(ConfigError) -> String
  {
    let upper = name.uppercased()
    let categories = BufCategory.allCases.map(\.rawValue)
    if categories.contains(upper) || BufRules.rule(upper)?.exists(in: .v2) == true {
      return upper
    }
    let rules = BufRules.all.filter { $0.exists(in: .v2) }.map(\.id)
    throw error(
      .unknownBufRule(
        name, context: context,
        suggestion: EditDistance.suggestion(for: upper, among: categories + rules)),
      at: position)
  }

  private func checkRoots(_ roots: [String], at entry: ConfigEntry) throws(ConfigError) {
    for root in roots {
      var isDirectory: ObjCBool = false
      let url = PathText.url(root, relativeTo: directory)
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        throw error(.protoRootNotFound(root), at: entry.value.position)
      }
    }
  }
}
