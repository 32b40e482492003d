/// A possibly namespaced type name (`com.acme.orders.OrderPlaced`).
public struct QualifiedName: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// Empty for the null namespace.
  public var namespace: String
  public var name: String

  public init(namespace: String = "", name: String) {
    self.namespace = namespace
    self.name = name
  }

  /// Splits a full name at its last dot.
  public init(fullName: String) {
    if let dot = fullName.lastIndex(of: ".") {
      namespace = String(fullName[..<dot])
      name = String(fullName[fullName.index(after: dot)...])
    } else {
      namespace = ""
      name = fullName
    }
  }

  public var fullName: String { namespace.isEmpty ? name : "\(namespace).\(name)" }
  public var description: String { fullName }

  public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
    lhs.fullName < rhs.fullName
  }
}
