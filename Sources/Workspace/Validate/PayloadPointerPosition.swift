import Foundation
import SchemaModel

/// Where in a payload's text a JSON Pointer leads, so that a finding points at the value that is
/// wrong rather than at the payload's first character.
enum PayloadPointerPosition {
  /// The position of the deepest value on the pointer's path (the parent when the last token
  /// names a missing member).
  static func position(of pointer: String, in value: JSONValue) -> TextPosition {
    guard pointer.hasPrefix("/") else { return value.position }
    var current = value
    for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let token = unescape(rawToken)
      switch current.kind {
      case .object(let members):
        // The last member of a name is the one a reader keeps.
        guard let member = members.last(where: { $0.key == token }) else {
          return current.position
        }
        current = member.value
      case .array(let items):
        guard let index = Int(token), items.indices.contains(index) else {
          return current.position
        }
        current = items[index]
      default:
        return current.position
      }
    }
    return current.position
  }

  private static func unescape(_ token: Substring) -> String {
    guard token.contains("~") else { return String(token) }
    return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
  }
}
