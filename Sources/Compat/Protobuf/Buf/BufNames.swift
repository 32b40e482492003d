import Parsers
import SchemaModel

/// Names protoc derives (map entries, JSON names) and Buf's ways of printing things.
enum BufNames {
  static func stripDot(_ name: String) -> String {
    name.hasPrefix(".") ? String(name.dropFirst()) : name
  }

  /// protoc's map entry name: `my_field` → `MyFieldEntry`.
  static func mapEntryName(_ fieldName: String) -> String {
    var result = ""
    var upperNext = true
    for character in fieldName {
      if character == "_" {
        upperNext = true
      } else if upperNext {
        result += character.uppercased()
        upperNext = false
      } else {
        result.append(character)
      }
    }
    return result + "Entry"
  }

  /// The message protoc synthesises for a map field: `key = 1`, `value = 2`, both located at
  /// the map field (protoc records no source of their own).
  static func mapEntryMessage(
    for field: ProtoField, key: ProtoScalar, value: ProtoFieldType, in message: ProtoMessage
  ) -> ProtoMessage {
    let name = mapEntryName(field.name)
    let keyField = ProtoField(
      name: "key", number: 1, label: .optional, type: .scalar(key), span: field.typeSpan,
      nameSpan: field.nameSpan, numberSpan: field.numberSpan, typeSpan: field.typeSpan)
    var valueField = ProtoField(
      name: "value", number: 2, label: .optional, type: value, span: field.typeSpan,
      nameSpan: field.nameSpan, numberSpan: field.numberSpan, typeSpan: field.typeSpan)
    valueField.resolvedType = field.resolvedType
    return ProtoMessage(
      name: name, fullName: message.fullName + "." + name, span: field.span,
      nameSpan: field.nameSpan, fields: [keyField, valueField])
  }

  /// `[4,5]`, `[301]`, `[1000,max]` as Buf prints ranges.
  static func range(start: Int, end: Int, max: Int) -> String {
    if start == end { return "[\(start)]" }
    return "[\(start),\(end == max ? "max" : String(end))]"
  }

  /// An option value as Buf prints it inside quotes.
  static func optionText(_ value: ProtoOptionValue) -> String {
    switch value {
    case .identifier(let text), .string(let text), .integer(let text), .float(let text):
      text
    case .bool(let flag): flag ? "true" : "false"
    case .aggregate, .list: ""
    }
  }
}
