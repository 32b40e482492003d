import Compat
import Foundation

/// `schemacheck compat FILE... --against DIR|REV [--mode MODE]` without a config: each file is
/// a subject named by its path, compared with the same relative path under DIR or at REV.
public enum CompatRun {
  /// `files` are relative to `currentDirectory` (or absolute); mode defaults to BACKWARD.
  public static func run(
    files: [String], against: AgainstReference, mode: CompatibilityMode?,
    currentDirectory: URL
  ) async throws(WorkspaceError) -> RunOutcome {
    var seen: Set<String> = []
    var subjects: [Subject] = []
    for path in files.map(PathText.normalized) where seen.insert(path).inserted {
      subjects.append(
        Subject(
          name: path, schemaPath: path, file: PathText.url(path, relativeTo: currentDirectory)))
    }
    let run = CheckRun(
      subjects: subjects, baseDirectory: currentDirectory, against: against,
      modeOverride: mode ?? CheckRun.defaultMode)
    return try await run.run()
  }
}
