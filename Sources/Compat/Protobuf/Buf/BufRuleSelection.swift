/// Which Buf breaking rules run and on which files: the `breaking` section of a buf.yaml.
public struct BufRuleSelection: Hashable, Sendable {
  public var version: BufConfigVersion
  /// Rule ids and/or category names; empty means the default (`FILE`).
  public var use: [String]
  /// Rule ids and/or category names removed from `use`.
  public var except: [String]
  /// Module-relative files or directories no rule looks at.
  public var ignore: [String]
  /// Per rule id (or category): module-relative files or directories it does not look at.
  public var ignoreOnly: [String: [String]]
  /// Skip files whose package ends in an unstable version (`v1alpha1`, `v1beta2`, `v1test`).
  public var ignoreUnstablePackages: Bool
  /// `disable_builtin: true` (v2): no built-in rule runs.
  public var disableBuiltin: Bool

  public init(
    version: BufConfigVersion = .v2, use: [String] = [], except: [String] = [],
    ignore: [String] = [], ignoreOnly: [String: [String]] = [:],
    ignoreUnstablePackages: Bool = false, disableBuiltin: Bool = false
  ) {
    self.version = version
    self.use = use
    self.except = except
    self.ignore = ignore
    self.ignoreOnly = ignoreOnly
    self.ignoreUnstablePackages = ignoreUnstablePackages
    self.disableBuiltin = disableBuiltin
  }

  /// One category, as `--mode FILE|PACKAGE|WIRE_JSON|WIRE` selects it.
  public static func mode(_ category: BufCategory, version: BufConfigVersion = .v2) -> Self {
    BufRuleSelection(version: version, use: [category.rawValue])
  }

  /// The rules that run, deprecated ids replaced, sorted by id.
  public func rules() throws(BufSelectionError) -> [BufRule] {
    if disableBuiltin { return [] }
    var selected: Set<String> = []
    for name in use.isEmpty ? [BufCategory.file.rawValue] : use {
      selected.formUnion(try expand(name))
    }
    for name in except { selected.subtract(try expand(name)) }
    return selected.sorted().compactMap { BufRules.rule($0) }
  }

  /// Deprecated ids named in `use` or `except`, with what runs instead; Buf warns about each
  /// on stderr (and still runs the replacements).
  public var deprecatedNames: [(id: String, replacedBy: [String])] {
    (use + except).compactMap { name in
      guard let rule = BufRules.rule(name), let replacements = rule.replacedBy else { return nil }
      return (name, replacements)
    }
  }

  /// The non-deprecated rule ids a name stands for in this config version.
  func expand(_ name: String) throws(BufSelectionError) -> Set<String> {
    if let category = BufCategory(rawValue: name),
      category != .csr || version == .v2
    {
      return Set(
        BufRules.all.filter {
          $0.categories[version]?.contains(category) == true && !$0.isDeprecated
        }
        .map(\.id))
    }
    guard let rule = BufRules.rule(name), rule.exists(in: version) else {
      throw .unknownRule(name, version)
    }
    return Set(rule.replacedBy ?? [rule.id])
  }
}

/// A rule selection that names something Buf does not know.
public enum BufSelectionError: Error, Hashable, Sendable, CustomStringConvertible {
  case unknownRule(String, BufConfigVersion)

  public var description: String {
    switch self {
    case .unknownRule(let name, let version):
      "unknown breaking rule or category \"\(name)\" for buf.yaml version \(version.rawValue)"
    }
  }
}
