import Lint
import SchemaModel

/// The `lint:` section: which lint rules run, where, and how severe.
public struct LintConfig: Hashable, Sendable {
  /// Rule ids or set names (`DEFAULT`, `ALL`, Buf's `MINIMAL`, `BASIC`, `STANDARD`,
  /// `COMMENTS`, `UNARY_RPC`); empty means `DEFAULT`.
  public var use: [String] = []
  /// `except`, `ignore`, `ignore-only` and `severity`, as in `compat:`.
  public var rules = FindingRules()
  /// The case field names must have.
  public var fieldNameCase: NameCase = .snake
  /// Buf's `enum_zero_value_suffix`.
  public var enumZeroValueSuffix = "_UNSPECIFIED"
  /// Buf's `service_suffix`.
  public var serviceSuffix = "Service"
  /// Buf's `rpc_allow_same_request_response`.
  public var rpcAllowSameRequestResponse = false
  /// Buf's `rpc_allow_google_protobuf_empty_requests`.
  public var rpcAllowGoogleProtobufEmptyRequests = false
  /// Buf's `rpc_allow_google_protobuf_empty_responses`.
  public var rpcAllowGoogleProtobufEmptyResponses = false
  /// The case of JSON Schema property names, when `field-name-case` gives one per format.
  public var jsonSchemaFieldNameCase: NameCase?

  /// The options the rules read.
  public var options: LintOptions {
    var options = LintOptions(
      fieldNameCase: fieldNameCase, enumZeroValueSuffix: enumZeroValueSuffix,
      serviceSuffix: serviceSuffix, rpcAllowSameRequestResponse: rpcAllowSameRequestResponse,
      rpcAllowGoogleProtobufEmptyRequests: rpcAllowGoogleProtobufEmptyRequests,
      rpcAllowGoogleProtobufEmptyResponses: rpcAllowGoogleProtobufEmptyResponses)
    options.jsonSchemaFieldNameCase = jsonSchemaFieldNameCase
    return options
  }

  public init() {}

  /// The rules that run: the sets and ids of `use`, less `except`.
  public var selectedRules: [any LintRule] {
    let names = use.isEmpty ? [LintRuleSet.default.rawValue] : use
    let sets = Set(names.map(LintRuleSet.init(rawValue:))).intersection(LintRuleSet.known)
    return LintRules.selected(sets: sets, ids: Set(names)).filter { rule in
      !rules.except.contains(type(of: rule).description.id)
    }
  }
}
