import SchemaModel

/// A JSON value to write, with object keys in the order given: the catalog's shape is fixed by
/// the code that builds it, never by hashing, so the bytes are the same on every run.
indirect enum CatalogJSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([CatalogJSONValue])
  case object([Member])

  struct Member: Hashable, Sendable {
    let key: String
    let value: CatalogJSONValue
  }

  /// A string, or null when absent.
  static func optional(_ text: String?) -> CatalogJSONValue { text.map { .string($0) } ?? .null }

  static func strings(_ texts: [String]) -> CatalogJSONValue { .array(texts.map { .string($0) }) }

  /// Pretty-printed with two spaces, `"key": value`, and a final newline.
  var text: String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let number): out += String(number)
    case .string(let text): out += Self.quoted(text)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += Self.spaces(indent + 1)
        element.write(to: &out, indent: indent + 1)
        out += index == elements.count - 1 ? "\n" : ",\n"
      }
      out += Self.spaces(indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, member) in members.enumerated() {
        out += Self.spaces(indent + 1) + Self.quoted(member.key) + ": "
        member.value.write(to: &out, indent: indent + 1)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += Self.spaces(indent) + "}"
    }
  }

  /// `JSONText.quoted`, with a fast path for the common text that needs no escape.
  static func quoted(_ text: String) -> String {
    let plain = text.utf8.allSatisfy {
      $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\")
    }
    return plain ? "\"" + text + "\"" : JSONText.quoted(text)
  }

  private static func spaces(_ level: Int) -> String { String(repeating: "  ", count: level) }
}

/// Builds an object's members in order: `object { $0["id"] = .string(id) }` reads like the
/// document it writes.
struct CatalogJSONObject {
  private(set) var members: [CatalogJSONValue.Member] = []

  subscript(key: String) -> CatalogJSONValue? {
    get { members.first { $0.key == key }?.value }
    set {
      guard let newValue else { return }
      members.append(CatalogJSONValue.Member(key: key, value: newValue))
    }
  }

  static func object(_ build: (inout CatalogJSONObject) -> Void) -> CatalogJSONValue {
    var object = CatalogJSONObject()
    build(&object)
    return .object(object.members)
  }
}
