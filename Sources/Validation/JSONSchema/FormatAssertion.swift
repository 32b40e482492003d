import Parsers

/// The seam between `format` as an assertion and the format checks.
///
/// The checks (`JSONSchemaFormats.isValid(_:format:draft:)`) come with the formats work; until
/// they are merged, nothing is asserted and `format` stays an annotation even when asked.
enum FormatAssertion {
  /// True once the format checks are wired in (the conformance test runs `optional/format` then).
  static let isAvailable = false

  /// Whether `value` conforms to `format`; nil when the format is unknown (an annotation only).
  static func check(_ value: String, format: String, draft: JSONSchemaDraft) -> Bool? {
    nil
  }
}
