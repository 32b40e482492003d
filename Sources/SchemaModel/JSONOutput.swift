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
    String(decoding: renderedBytes(), as: UTF8.self)
  }

  /// `rendered()` as UTF-8 bytes; built as bytes, which is several times faster than
  /// appending to a `String` piece by piece.
  public func renderedBytes() -> [UInt8] {
    var out: [UInt8] = []
    write(to: &out, indent: 0)
    out.append(0x0A)
    return out
  }

  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): out.append(contentsOf: String(value).utf8)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .string(let text): JSONText.appendQuoted(text, to: &out)
    case .array(let elements):
      guard !elements.isEmpty else {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, element) in elements.enumerated() {
        out.append(contentsOf: repeatElement(0x20, count: indent + 2))
        element.write(to: &out, indent: indent + 2)
        out.append(contentsOf: (index == elements.count - 1 ? "\n" : ",\n").utf8)
      }
      out.append(contentsOf: repeatElement(0x20, count: indent))
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(contentsOf: "{\n".utf8)
      for (index, member) in members.enumerated() {
        out.append(contentsOf: repeatElement(0x20, count: indent + 2))
        JSONText.appendQuoted(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        member.value.write(to: &out, indent: indent + 2)
        out.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
      }
      out.append(contentsOf: repeatElement(0x20, count: indent))
      out.append(UInt8(ascii: "}"))
    }
  }
}
