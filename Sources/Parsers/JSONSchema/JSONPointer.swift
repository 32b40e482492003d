import SchemaModel

/// JSON Pointer (RFC 6901) as used in `$ref` fragments: `~0`/`~1` escapes, percent-decoding.
public enum JSONPointer {
  /// Escapes one reference token (`~` to `~0`, `/` to `~1`).
  public static func escape(_ token: String) -> String {
    guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
    return token.replacing("~", with: "~0").replacing("/", with: "~1")
  }

  /// The tokens of a pointer (`/a~1b/0` gives `["a/b", "0"]`); nil when it does not start with `/`.
  public static func tokens(_ pointer: String) -> [String]? {
    if pointer.isEmpty { return [] }
    guard pointer.hasPrefix("/") else { return nil }
    return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).replacing("~1", with: "/").replacing("~0", with: "~")
    }
  }

  /// The value the tokens lead to in `root`, or nil when a step is missing.
  public static func value(at tokens: [String], in root: JSONValue) -> JSONValue? {
    var current = root
    for token in tokens {
      switch current.kind {
      case .object(let members):
        guard let member = members.first(where: { $0.key == token }) else { return nil }
        current = member.value
      case .array(let elements):
        guard let index = Int(token), index >= 0, index < elements.count,
          token == String(index)
        else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }

  /// Decodes `%XX` escapes in a URI fragment (invalid escapes are kept as written).
  public static func percentDecoded(_ text: String) -> String {
    guard text.contains("%") else { return text }
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
