import Parsers
import SchemaModel

/// Runs Buf's breaking rules on two images, as `buf breaking --against previous
/// --exclude-imports` does.
public enum BufBreakingChecker {
  /// The findings of the selected rules, in Buf's order.
  public static func check(
    previous: ProtoImage, current: ProtoImage, selection: BufRuleSelection
  ) throws(BufSelectionError) -> [BufFinding] {
    let rules = try selection.rules()
    var contexts: [[String]: BufCheckContext] = [:]
    var findings: [BufFinding] = []
    for rule in rules {
      let ignored = (selection.ignore + ignoreOnly(rule, selection)).sorted()
      let context: BufCheckContext
      if let cached = contexts[ignored] {
        context = cached
      } else {
        let old = filtered(previous, ignoring: ignored, selection: selection)
        let new = filtered(current, ignoring: ignored, selection: selection)
        context = BufCheckContext(previous: old, current: new)
        contexts[ignored] = context
      }
      findings += rule.check(previous, current, context)
    }
    return findings.sorted(by: BufFinding.bufOrder)
  }

  private static func ignoreOnly(_ rule: BufRule, _ selection: BufRuleSelection) -> [String] {
    selection.ignoreOnly.flatMap { key, paths -> [String] in
      let ids = (try? selection.expand(key)) ?? []
      return ids.contains(rule.id) ? paths : []
    }
  }

  /// Buf drops ignored files (and unstable packages) from both sides before comparing.
  static func filtered(
    _ image: ProtoImage, ignoring paths: [String], selection: BufRuleSelection
  ) -> ProtoImage {
    var result = image
    result.targetPaths = image.targetPaths.filter { path in
      if paths.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return false }
      if selection.ignoreUnstablePackages,
        let file = image.files.first(where: { $0.path == path }),
        isUnstable(file.package ?? "")
      {
        return false
      }
      return true
    }
    return result
  }

  /// True when the last package component is an unstable version: `v1alpha1`, `v1beta`,
  /// `v2test`, `v1p1beta1` (what `ignore_unstable_packages` skips).
  public static func isUnstable(_ package: String) -> Bool {
    guard let last = package.split(separator: ".").last, last.first == "v" else { return false }
    var rest = Substring(last.dropFirst())
    func digits() -> Bool {
      let count = rest.prefix(while: \.isNumber).count
      rest = rest.dropFirst(count)
      return count > 0
    }
    guard digits() else { return false }
    if rest.hasPrefix("test") { return true }
    if rest.hasPrefix("p") {
      rest = rest.dropFirst()
      guard digits() else { return false }
    }
    for word in ["alpha", "beta"] where rest.hasPrefix(word) {
      rest = rest.dropFirst(word.count)
      _ = digits()
      return rest.isEmpty
    }
    return false
  }
}
