import SchemaModel

/// A linked set of `.proto` files: the files a check is about plus every file they import
/// (transitively), with type names resolved. Buf calls this an image.
public struct ProtoImage: Hashable, Sendable {
  /// Every file, in a deterministic order (import order, then path).
  public var files: [ProtoFile]
  /// Import paths of the files the check is about (not just imported); Buf's
  /// `--exclude-imports` compares only these.
  public var targetPaths: Set<String>
  /// Link problems (unresolved type, missing import, import cycle, ...) and parse problems.
  public var diagnostics: [Diagnostic]

  public init(files: [ProtoFile], targetPaths: Set<String>, diagnostics: [Diagnostic] = []) {
    self.files = files
    self.targetPaths = targetPaths
    self.diagnostics = diagnostics
  }

  /// The files the check is about, in order.
  public var targetFiles: [ProtoFile] { files.filter { targetPaths.contains($0.path) } }
}
