import Foundation
import Parsers
import SchemaModel

/// Loads `schemacheck.yaml`: YAML through Yams, then every key checked with a located message.
public enum ConfigLoader {
  public static let fileName = "schemacheck.yaml"
  /// Configs are small; anything near this is a mistake or an attack.
  public static let sizeLimit = 8 << 20

  /// Loads and checks the config file at `file`; `displayPath` names it in messages.
  public static func load(from file: URL, displayPath: String? = nil) throws(ConfigError)
    -> Config
  {
    let shownPath = displayPath ?? file.path
    let bytes: [UInt8]
    do {
      bytes = try SchemaFileReader.read(file, displayPath: shownPath, limit: sizeLimit)
    } catch {
      throw ConfigError(readFailure(error), file: shownPath)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ConfigError(.notUTF8, file: shownPath)
    }
    return try parse(
      text, displayPath: shownPath, directory: file.deletingLastPathComponent().standardizedFileURL
    )
  }

  private static func readFailure(_ error: WorkspaceError) -> ConfigError.Kind {
    switch error {
    case .emptyFile: .empty
    case .fileNotFound: .unreadable(reason: "no such file")
    case .isDirectory: .unreadable(reason: "it is a directory")
    case .fileTooLarge(_, let limit):
      .unreadable(reason: "it is larger than the limit of \(ByteCountText.describe(limit))")
    case .unreadableFile(_, let reason): .unreadable(reason: reason)
    default: .unreadable(reason: error.description)
    }
  }

  /// Checks config text; paths are resolved against `directory` and schema files must exist
  /// there when `checkFiles` is true.
  public static func parse(
    _ text: String, displayPath: String, directory: URL, checkFiles: Bool = true
  ) throws(ConfigError) -> Config {
    let root = try compose(text, displayPath: displayPath)
    let decoder = ConfigDecoder(file: displayPath, directory: directory, checkFiles: checkFiles)
    return try decoder.decode(root)
  }

  static func compose(_ text: String, displayPath: String) throws(ConfigError) -> ConfigNode {
    var builder = ConfigNodeBuilder()
    do {
      return try YAMLReader.compose(text, builder: &builder)
    } catch {
      throw configError(error, file: displayPath)
    }
  }

  /// The config's own wording for a YAML failure (the reader's, located in the config file).
  static func configError(_ error: YAMLReadError, file: String) -> ConfigError {
    let kind: ConfigError.Kind =
      switch error.kind {
      case .syntax(let problem): .invalidYAML(problem: problem)
      case .empty: .empty
      case .duplicateKey(let key): .invalidYAML(problem: "duplicate key '\(key)'")
      case .tooManyNodes(let limit): .tooManyNodes(limit: limit)
      case .tooDeep(let limit): .tooDeep(limit: limit)
      case .aliasKey: .aliasKey
      case .complexKey: .complexKey
      case .unsupportedTag, .notJSONNumber: .invalidYAML(problem: error.message)
      }
    return ConfigError(kind, file: file, position: error.position)
  }
}
