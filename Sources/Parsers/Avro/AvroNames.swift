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

  /// How a name fares against the spec's rule and against Java's default validator.
  enum Validity: Int, Comparable, Sendable {
    /// `[A-Za-z_][A-Za-z0-9_]*`, the spec's rule.
    case valid
    /// Not the spec's rule, but accepted by Java's default `NameValidator.UTF_VALIDATOR`
    /// (Unicode letters and digits), so Confluent Schema Registry accepts it too.
    case javaOnly
    case invalid

    static func < (lhs: Validity, rhs: Validity) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// One name part: record, enum and fixed names, field names, enum symbols.
  static func validity(ofName name: Substring) -> Validity {
    guard let first = name.unicodeScalars.first else { return .invalid }
    let rest = name.unicodeScalars.dropFirst()
    if isASCIINameStart(first), rest.allSatisfy({ isASCIINameStart($0) || isASCIIDigit($0) }) {
      return .valid
    }
    if isUnicodeNameStart(first), rest.allSatisfy({ isUnicodeNameStart($0) || isDecimalDigit($0) })
    {
      return .javaOnly
    }
    return .invalid
  }

  static func validity(ofName name: String) -> Validity { validity(ofName: name[...]) }

  /// A namespace: the empty string (the null namespace) or dot-separated name parts.
  static func validity(ofNamespace namespace: String) -> Validity {
    namespace.isEmpty ? .valid : validity(ofFullName: namespace)
  }

  /// A full name or a reference: name parts joined by dots.
  static func validity(ofFullName fullName: String) -> Validity {
    fullName.split(separator: ".", omittingEmptySubsequences: false)
      .map { validity(ofName: $0) }.max() ?? .invalid
  }

  /// Resolves an alias or a reference written in a definition of namespace `namespace`: a name
  /// with a dot is a full name, a bare name takes the namespace.
  static func qualify(_ written: String, in namespace: String) -> QualifiedName {
    written.contains(".")
      ? QualifiedName(fullName: written) : QualifiedName(namespace: namespace, name: written)
  }

  private static func isASCIINameStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// Java's `Character.isLetter(c) || c == '_'`.
  private static func isUnicodeNameStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      true
    default:
      scalar == "_"
    }
  }

  /// Java's `Character.isDigit(c)`.
  private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .decimalNumber
  }
}
