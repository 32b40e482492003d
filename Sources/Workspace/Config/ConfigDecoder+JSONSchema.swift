import Foundation
import Parsers
import SchemaModel

extension ConfigDecoder {
  /// `json-schema: { refs: { PREFIX: DIR }, draft: 2020-12 }`.
  func jsonSchema(_ entry: ConfigEntry) throws(ConfigError) -> JSONSchemaConfig {
    let context = "in 'json-schema'"
    var result = JSONSchemaConfig()
    for item in try mapping(entry, context: "at the top level") {
      try checkKey(item, known: ConfigKeys.jsonSchema, context: context)
      switch item.key {
      case "refs":
        for mapping in try mapping(item, context: context) {
          guard mapping.key.contains(":") else {
            throw error(.refMapNotAURI(mapping.key), at: mapping.keyPosition)
          }
          let folder = try nonEmptyString(mapping, context: "in 'json-schema.refs'")
          if checkFiles {
            var isDirectory: ObjCBool = false
            let url = PathText.url(folder, relativeTo: directory)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
              isDirectory.boolValue
            else {
              throw error(.refMapFolderNotFound(folder), at: mapping.value.position)
            }
          }
          result.refs.append(JSONSchemaRefMapping(prefix: mapping.key, folder: folder))
        }
      case "draft":
        let text = try string(item, context: context)
        guard let draft = JSONSchemaDraft(configName: text) else {
          let names = JSONSchemaDraft.allCases.map(\.rawValue)
          throw error(
            .unknownDraft(text, suggestion: EditDistance.suggestion(for: text, among: names)),
            at: item.value.position)
        }
        result.draft = draft
      default: break
      }
    }
    return result
  }
}

extension JSONSchemaDraft {
  /// A draft as a config or `--draft` names it: `4`, `draft-07`, `2020-12`, or a `$schema` URI.
  public init?(configName: String) {
    var name = configName.lowercased()
    if let fromURI = JSONSchemaDraft(metaSchemaURI: configName) {
      self = fromURI
      return
    }
    if name.hasPrefix("draft-") || name.hasPrefix("draft") {
      name = String(name.drop { $0.isLetter || $0 == "-" })
    }
    if name.hasPrefix("0") { name = String(name.dropFirst()) }
    guard let draft = JSONSchemaDraft(rawValue: name) else { return nil }
    self = draft
  }
}
