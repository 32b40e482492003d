import Compat
import Foundation

/// `schemacheck compat FILE... --against DIR|REV [--mode MODE]` without a config: each file is
/// a subject named by its path, compared with the same relative path under DIR or at REV.
public enum CompatRun {
  /// `files` are relative to `currentDirectory` (or absolute); mode defaults to BACKWARD.
  /// `protoPaths` are the import roots of `.proto` files (`--proto-path`, default: the current
  /// directory).
  public static func run(
    files: [String], against: AgainstReference, mode: GateMode?, protoPaths: [String] = [],
    currentDirectory: URL
  ) async throws(WorkspaceError) -> RunOutcome {
    var seen: Set<String> = []
    var subjects: [Subject] = []
    for path in files.map(PathText.normalized) where seen.insert(path).inserted {
      subjects.append(
        Subject(
          name: path, schemaPath: path, file: PathText.url(path, relativeTo: currentDirectory)))
    }
    let roots = try ProtoPathOption.roots(protoPaths, currentDirectory: currentDirectory)
    let run = CheckRun(
      subjects: subjects, baseDirectory: currentDirectory, against: against,
      modeOverride: mode ?? .confluent(CheckRun.defaultMode),
      proto: ProtoRunSettings(roots: roots.map(\.url)))
    return try await run.run()
  }
}
