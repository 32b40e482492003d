import SchemaModel

/// Reads an AsyncAPI document or a file it references: JSON by extension (`.json`, `.avsc`),
/// YAML otherwise, both with line and column kept.
enum AsyncAPITextReader {
  struct Failure: Error {
    var ruleID: RuleID
    var message: String
    var position: TextPosition
  }

  static func read(_ bytes: [UInt8], path: String) -> Result<JSONValue, Failure> {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".json") || lowered.hasSuffix(".avsc") {
      do {
        return .success(try JSONReader.parse(bytes))
      } catch {
        return .failure(
          Failure(ruleID: error.ruleID, message: error.message, position: error.position))
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        Failure(
          ruleID: "PARSE_INVALID_UTF8", message: "the file is not valid UTF-8",
          position: TextPosition(line: 1, column: 1)))
    }
    do {
      return .success(try YAMLReader.parse(text))
    } catch {
      return .failure(
        Failure(
          ruleID: error.ruleID, message: error.message,
          position: error.position ?? TextPosition(line: 1, column: 1)))
    }
  }
}
