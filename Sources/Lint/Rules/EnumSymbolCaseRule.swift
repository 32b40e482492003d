import SchemaModel

/// Avro enum symbols in UPPER_SNAKE_CASE, the convention of Avro's examples and of Protobuf
/// (which Buf enforces with ENUM_VALUE_UPPER_SNAKE_CASE). JSON Schema `enum` values are data
/// (`"web"`, `"gold"`), not identifiers, so they are left alone.
public struct EnumSymbolCaseRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_ENUM_SYMBOL_CASE", .avro, "an Avro enum symbol is not UPPER_SNAKE_CASE",
    "symbols become constants in generated code; UPPER_SNAKE_CASE is the convention of Avro's "
      + "examples and of Protobuf enums",
    severity: .warning)

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    let document = input.document
    guard document.format == .avro else { return [] }
    return document.namedTypes.flatMap { node -> [Diagnostic] in
      guard case .enumeration(let enumeration) = node.kind else { return [] }
      return enumeration.symbols.filter { !NameCase.upperSnake.matches($0.name) }.map { symbol in
        finding(
          "symbol '\(symbol.name)' of enum \(enumeration.name.fullName) is not "
            + NameCase.upperSnake.displayName,
          at: symbol.location ?? node.location, in: document)
      }
    }
  }
}
