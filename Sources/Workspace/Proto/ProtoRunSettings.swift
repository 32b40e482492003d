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

  /// The settings of `proto:` in the config. Ignore paths are written relative to the config's
  /// folder; Buf matches import paths, so each is also given relative to the root it is under.
  public init(config: Config) {
    let roots = config.protoRootURLs
    let importPaths = { (paths: [String]) -> [String] in
      paths.flatMap { path -> [String] in
        let url = config.url(for: path)
        guard let relative = ProtoImportPath.of(url, roots: roots), relative != path else {
          return [path]
        }
        return [path, relative]
      }
    }
    let filters = ProtoBreakingSelection(
      use: [], except: config.proto.except, ignore: importPaths(config.proto.ignore),
      ignoreOnly: config.proto.ignoreOnly.map {
        ProtoIgnoreOnly(rule: $0.rule, paths: importPaths($0.paths))
      })
    var breaking: ProtoBreakingSelection?
    if !config.proto.breaking.isEmpty {
      breaking = filters
      breaking?.use = config.proto.breaking
    }
    self.init(roots: roots, breaking: breaking, filters: filters)
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
