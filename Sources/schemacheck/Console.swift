import Foundation
import Workspace

/// Standard output, standard error and terminal facts; the library never prints.
enum Console {
  /// `--config` resolved against the current folder, else `schemacheck.yaml` found there or in
  /// a parent; nil when there is none.
  static func configURL(_ option: String?, currentDirectory: URL) -> URL? {
    if let option {
      return URL(fileURLWithPath: option, relativeTo: currentDirectory).standardizedFileURL
    }
    return ConfigLocator.locate(startingAt: currentDirectory)
  }

  /// Writes `message` to stderr; control characters from file names or schema text are made
  /// visible, so they cannot drive the terminal.
  static func error(_ message: String) {
    let visible = TerminalText.sanitized(message, keepingNewlines: true)
    let text = visible.hasSuffix("\n") ? visible : visible + "\n"
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty.
  static var standardOutputWantsColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) == 1
  }

  static var currentDirectory: URL {
    URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
  }

  /// Prints a tool failure as `error: message` and returns exit status 2.
  static func fail(_ error: some CustomStringConvertible) -> ExitStatus {
    Console.error("error: \(error.description)")
    return .toolFailure
  }
}
