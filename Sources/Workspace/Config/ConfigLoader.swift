import Foundation
import SchemaModel
import Yams

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
    if let position = AliasKeyGuard.firstAliasKey(in: text) {
      throw ConfigError(.aliasKey, file: displayPath, position: position)
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text, .default, .default, .utf8)
    } catch let error as YamlError {
      throw YAMLErrorMapper.configError(error, file: displayPath)
    } catch {
      throw ConfigError(.invalidYAML(problem: "\(error)"), file: displayPath)
    }
    guard let node else { throw ConfigError(.empty, file: displayPath) }
    var converter = YAMLNodeConverter()
    do {
      return try converter.convert(node)
    } catch {
      switch error {
      case .tooManyNodes:
        throw ConfigError(.tooManyNodes(limit: YAMLNodeConverter.nodeLimit), file: displayPath)
      case .tooDeep(let position):
        throw ConfigError(
          .tooDeep(limit: YAMLNodeConverter.depthLimit), file: displayPath, position: position)
      case .complexKey(let position), .unresolvedAlias(let position):
        throw ConfigError(.complexKey, file: displayPath, position: position)
      }
    }
  }
}

/// Turns Yams' errors into located config errors without the snippet Yams appends.
enum YAMLErrorMapper {
  static func configError(_ error: YamlError, file: String) -> ConfigError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var text = problem
      if let context {
        text += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
      }
      return ConfigError(
        .invalidYAML(problem: text), file: file,
        position: TextPosition(line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return ConfigError(
        .invalidYAML(problem: "duplicate key \(keys)"), file: file,
        position: TextPosition(line: context.mark.line, column: context.mark.column))
    case .reader(let problem, _, _, _):
      return ConfigError(.invalidYAML(problem: problem), file: file)
    default:
      return ConfigError(.invalidYAML(problem: "\(error)"), file: file)
    }
  }
}
