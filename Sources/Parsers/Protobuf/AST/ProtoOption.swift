import SchemaModel

/// One option: `option java_package = "x";`, `[deprecated = true]`,
/// `option (acme.rules).max_len = 10;`, `option features.field_presence = EXPLICIT;`.
public struct ProtoOption: Hashable, Sendable {
  /// The name as written, without spaces: `java_package`, `(acme.rules).max_len`,
  /// `features.(pb.cpp).string_type`.
  public var name: String
  public var value: ProtoOptionValue
  /// The whole option: from `option`/the name to the value's end (without `;`).
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var valueSpan: SourceSpan

  public init(
    name: String, value: ProtoOptionValue, span: SourceSpan, nameSpan: SourceSpan,
    valueSpan: SourceSpan
  ) {
    self.name = name
    self.value = value
    self.span = span
    self.nameSpan = nameSpan
    self.valueSpan = valueSpan
  }
}

/// An option's value as written.
public indirect enum ProtoOptionValue: Hashable, Sendable {
  /// An identifier: `SPEED`, `EXPLICIT`, also `inf`/`nan` as identifiers.
  case identifier(String)
  /// A string after escapes and adjacent-literal concatenation, as raw bytes would be too lossy
  /// for messages; invalid UTF-8 escapes are kept as U+FFFD.
  case string(String)
  /// An integer literal (decimal, hex or octal), with its sign; text kept exactly.
  case integer(String)
  /// A floating-point literal, with its sign, or `inf`/`-inf`/`nan`.
  case float(String)
  case bool(Bool)
  /// A message literal `{ a: 1 b: "x" c { d: 2 } e: [1, 2] }`, members in order.
  case aggregate([ProtoAggregateField])
  /// A list inside an aggregate: `[1, 2]`.
  case list([ProtoOptionValue])
}

public struct ProtoAggregateField: Hashable, Sendable {
  /// The field name, or `[ext.name]` for an extension.
  public var name: String
  public var value: ProtoOptionValue

  public init(name: String, value: ProtoOptionValue) {
    self.name = name
    self.value = value
  }
}

extension Array where Element == ProtoOption {
  /// The last option with this exact name (protoc rejects repeats of a non-repeated option).
  public func named(_ name: String) -> ProtoOption? {
    last { $0.name == name }
  }
}
