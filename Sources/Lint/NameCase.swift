/// The naming conventions the case rules check.
public enum NameCase: String, Hashable, Sendable, CaseIterable {
  /// `OrderPlaced`
  case pascal
  /// `order_placed`
  case snake
  /// `orderPlaced`
  case camel
  /// `ORDER_PLACED`
  case upperSnake = "upper-snake"

  /// True when `name` follows the convention (ASCII letters and digits, `_` where it allows).
  public func matches(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, name.unicodeScalars.allSatisfy(\.isASCII) else {
      return false
    }
    let isLower = { (c: Unicode.Scalar) in ("a"..."z").contains(c) }
    let isUpper = { (c: Unicode.Scalar) in ("A"..."Z").contains(c) }
    let isDigit = { (c: Unicode.Scalar) in ("0"..."9").contains(c) }
    let scalars = name.unicodeScalars
    switch self {
    case .pascal:
      return isUpper(first) && scalars.allSatisfy { isLower($0) || isUpper($0) || isDigit($0) }
    case .camel:
      return isLower(first) && scalars.allSatisfy { isLower($0) || isUpper($0) || isDigit($0) }
    case .snake:
      return isLower(first) && scalars.allSatisfy { isLower($0) || isDigit($0) || $0 == "_" }
        && !name.hasSuffix("_") && !name.contains("__")
    case .upperSnake:
      return isUpper(first) && scalars.allSatisfy { isUpper($0) || isDigit($0) || $0 == "_" }
        && !name.hasSuffix("_") && !name.contains("__")
    }
  }

  /// How messages name the convention: `PascalCase`, `snake_case`.
  public var displayName: String {
    switch self {
    case .pascal: "PascalCase"
    case .snake: "snake_case"
    case .camel: "camelCase"
    case .upperSnake: "UPPER_SNAKE_CASE"
    }
  }
}
