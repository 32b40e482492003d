import Foundation

/// What a run needs to know for its `.proto` subjects: where imports are found and which of
/// Buf's breaking rules apply besides the subjects' Confluent modes.
public struct ProtoRunSettings: Hashable, Sendable {
  /// Import roots (absolute folders), searched in order.
  public var roots: [URL]
  /// `proto.breaking` with `except`, `ignore`, `ignore-only`; nil when Buf's rules are not used
  /// unless `--mode` names a category.
  public var breaking: ProtoBreakingSelection?
  /// `except`, `ignore` and `ignore-only` for `--mode FILE|...` when `breaking` is nil.
  public var filters: ProtoBreakingSelection

  public init(
    roots: [URL], breaking: ProtoBreakingSelection? = nil,
    filters: ProtoBreakingSelection = ProtoBreakingSelection(use: [])
  ) {
    self.roots = roots.map(\.standardizedFileURL)
    self.breaking = breaking
    self.filters = filters
  }

  /// The settings of `proto:` in the config.
  public init(config: Config) {
    let filters = ProtoBreakingSelection(
      use: [], except: config.proto.except, ignore: config.proto.ignore,
      ignoreOnly: config.proto.ignoreOnly)
    var breaking: ProtoBreakingSelection?
    if !config.proto.breaking.isEmpty {
      breaking = filters
      breaking?.use = config.proto.breaking
    }
    self.init(roots: config.protoRootURLs, breaking: breaking, filters: filters)
  }

  /// The Buf selection for a run: `--mode CATEGORY` replaces `proto.breaking`; a Confluent
  /// `--mode` turns Buf's rules off.
  func selection(for modeOverride: GateMode?) -> ProtoBreakingSelection? {
    switch modeOverride {
    case .buf(let category):
      var selection = breaking ?? filters
      selection.use = [category.rawValue]
      return selection
    case .confluent: return nil
    case nil: return breaking
    }
  }
}

/// Which subjects take the Protobuf path.
enum ProtoSubjectFiles {
  static func isProto(_ path: String) -> Bool { path.lowercased().hasSuffix(".proto") }
}
