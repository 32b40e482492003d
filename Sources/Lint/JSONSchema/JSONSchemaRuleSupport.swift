import Parsers
import SchemaModel

extension LintInput {
  /// The JSON Schema file with its keyword tree, or nil for other formats and unreadable files.
  var readableJSONSchema: JSONSchemaFile? {
    guard document.format == .jsonSchema, let file = jsonSchema, file.schema != nil else {
      return nil
    }
    return file
  }

  /// The location of `position` in this file.
  func location(_ position: TextPosition) -> SourceLocation {
    SourceLocation(file: path, position: position)
  }
}

extension JSONSchemaDraft {
  /// The draft as messages name it (`draft 7`, `draft 2020-12`).
  var displayName: String { "draft \(rawValue)" }
}

extension JSONValue {
  /// The type names of `type`, whether written as one string or an array of strings.
  var typeNames: [String] {
    if let name = stringValue { return [name] }
    return (elements ?? []).compactMap(\.stringValue)
  }
}
