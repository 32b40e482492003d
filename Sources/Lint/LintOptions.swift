/// Choices that shape what some rules accept.
public struct LintOptions: Hashable, Sendable {
  /// The case field names must have.
  public var fieldNameCase: NameCase
  /// The case of JSON Schema property names when it differs from `fieldNameCase` (JSON is
  /// often camelCase where Avro is snake_case).
  public var jsonSchemaFieldNameCase: NameCase?
  /// The suffix of enum values numbered 0 (Buf's `enum_zero_value_suffix`).
  public var enumZeroValueSuffix: String
  /// The suffix of service names (Buf's `service_suffix`).
  public var serviceSuffix: String
  /// Whether an rpc may use one message as its request and response
  /// (Buf's `rpc_allow_same_request_response`).
  public var rpcAllowSameRequestResponse: Bool
  /// Whether rpcs may share `google.protobuf.Empty` as their request
  /// (Buf's `rpc_allow_google_protobuf_empty_requests`).
  public var rpcAllowGoogleProtobufEmptyRequests: Bool
  /// Whether rpcs may share `google.protobuf.Empty` as their response
  /// (Buf's `rpc_allow_google_protobuf_empty_responses`).
  public var rpcAllowGoogleProtobufEmptyResponses: Bool

  public init(
    fieldNameCase: NameCase = .snake, enumZeroValueSuffix: String = "_UNSPECIFIED",
    serviceSuffix: String = "Service", rpcAllowSameRequestResponse: Bool = false,
    rpcAllowGoogleProtobufEmptyRequests: Bool = false,
    rpcAllowGoogleProtobufEmptyResponses: Bool = false
  ) {
    self.fieldNameCase = fieldNameCase
    self.enumZeroValueSuffix = enumZeroValueSuffix
    self.serviceSuffix = serviceSuffix
    self.rpcAllowSameRequestResponse = rpcAllowSameRequestResponse
    self.rpcAllowGoogleProtobufEmptyRequests = rpcAllowGoogleProtobufEmptyRequests
    self.rpcAllowGoogleProtobufEmptyResponses = rpcAllowGoogleProtobufEmptyResponses
  }
}
