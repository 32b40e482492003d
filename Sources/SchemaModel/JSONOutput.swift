/// A JSON document built for output (reports, the catalog), with keys in the order given,
/// rendered deterministically: the same value always gives the same bytes.
public indirect enum JSONOutput: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number literal kept as text (from a schema default, say).
  case number(String)
  case string(String)
  case array([JSONOutput])
  case object([Member])

  public struct Member: Hashable, Sendable {
    public var key: String
    public var value: JSONOutput

    public init(_ key: String, _ value: JSONOutput) {
      self.key = key
      self.value = value
    }
  }

  /// `nil` becomes JSON null.
  public static func optional(_ text: String?) -> JSONOutput {
    text.map(JSONOutput.string) ?? .null
  }

  /// Two-space indented text with a final newline.
  public func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    out += "\n"
    return out
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .number(let text): out += text
    case .string(let text): out += JSONText.quoted(text)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        element.write(to: &out, indent: indent + 2)
        out += index == elements.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, member) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        out += JSONText.quoted(member.key)
        out += ": "
        member.value.write(to: &out, indent: indent + 2)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }
}
