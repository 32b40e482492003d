/// Limits of the language and of the parser.
enum ProtoLimits {
  /// The deepest nesting of messages or aggregate option values the parser follows; deeper
  /// input is reported (PROTO_NESTING_TOO_DEEP) and skipped without recursion.
  static let maximumNesting = 100
  /// The largest field number (2^29 - 1).
  static let maximumFieldNumber = 536_870_911
  /// Field numbers protoc keeps for the implementation.
  static let implementationReserved = 19_000...19_999
}
