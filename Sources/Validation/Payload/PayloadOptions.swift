/// Choices that apply to payload validation in every format.
public struct PayloadOptions: Hashable, Sendable {
  /// `--allow-unknown-fields`: a payload field the schema does not declare is a warning, not an
  /// error (plain-JSON Avro, Protobuf JSON).
  public var allowUnknownFields: Bool

  public init(allowUnknownFields: Bool = false) {
    self.allowUnknownFields = allowUnknownFields
  }
}
