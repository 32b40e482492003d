import SchemaModel

/// The `proto:` section: where imports are found and, optionally, Buf's breaking rules.
///
/// A Protobuf subject's `compatibility:` (a Confluent mode) always applies; `breaking:` adds
/// Buf's rules (checked against the latest earlier version) on top. `--mode FILE|PACKAGE|
/// WIRE_JSON|WIRE` replaces both with Buf's category alone.
public struct ProtoConfig: Hashable, Sendable {
  /// Import roots as written, relative to the config's folder (`protoc -I`, Buf module roots);
  /// empty means the config's folder itself.
  public var roots: [String]
  /// Buf categories (`FILE`, `PACKAGE`, `WIRE_JSON`, `WIRE`) or rule ids; empty means Buf's rules
  /// are not used unless `--mode` names a category.
  public var breaking: [String]
  /// Rule ids left out of `breaking` (Buf's `except`).
  public var except: [String]
  /// Paths (files or folders, relative to the config's folder) whose findings are dropped.
  public var ignore: [String]
  /// Per rule id, the paths where that rule's findings are dropped (Buf's `ignore_only`).
  public var ignoreOnly: [ProtoIgnoreOnly]

  public init(
    roots: [String] = [], breaking: [String] = [], except: [String] = [], ignore: [String] = [],
    ignoreOnly: [ProtoIgnoreOnly] = []
  ) {
    self.roots = roots
    self.breaking = breaking
    self.except = except
    self.ignore = ignore
    self.ignoreOnly = ignoreOnly
  }
}

/// One entry of `ignore-only:`: a rule id and the paths where it is not reported.
public struct ProtoIgnoreOnly: Hashable, Sendable {
  public var rule: String
  public var paths: [String]

  public init(rule: String, paths: [String]) {
    self.rule = rule
    self.paths = paths
  }
}
