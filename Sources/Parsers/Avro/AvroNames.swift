import SchemaModel

/// Avro's rules for names, namespaces and full names (spec "Names").
enum AvroNames {
  /// The eight primitive type names; they have no namespace and cannot be redefined.
  static let primitives: [String: PrimitiveType] = Dictionary(
    uniqueKeysWithValues: PrimitiveType.allCases.map { ($0.rawValue, $0) })

  /// Complex type keywords: a bare string naming one of them is almost always a schema written
  /// without its attributes.
  static let complexTypeKeywords: Set<String> = [
    "record", "error", "enum", "array", "map", "fixed",
  ]

  /// True for `[A-Za-z_][A-Za-z0-9_]*`: record, enum and fixed names, field names, enum symbols.
  static func isValidName(_ name: Substring) -> Bool {
    guard let first = name.utf8.first, isNameStart(first) else { return false }
    return name.utf8.dropFirst().allSatisfy { isNameStart($0) || isDigit($0) }
  }

  static func isValidName(_ name: String) -> Bool { isValidName(name[...]) }

  /// True for the empty string (the null namespace) and for dot-separated valid names.
  static func isValidNamespace(_ namespace: String) -> Bool {
    namespace.isEmpty
      || namespace.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(
        isValidName)
  }

  /// True for a name written as a reference or full name: valid names joined by dots.
  static func isValidFullName(_ fullName: String) -> Bool {
    !fullName.isEmpty
      && fullName.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isValidName)
  }

  /// Resolves an alias or a reference written in a definition of namespace `namespace`: a name
  /// with a dot is a full name, a bare name takes the namespace.
  static func qualify(_ written: String, in namespace: String) -> QualifiedName {
    written.contains(".")
      ? QualifiedName(fullName: written) : QualifiedName(namespace: namespace, name: written)
  }

  private static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
