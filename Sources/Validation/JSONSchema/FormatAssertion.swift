import Parsers

/// The seam between `format` as an assertion (`--assert-format`) and the format checks.
enum FormatAssertion {
  /// True: the format checks are wired in (the conformance test runs `optional/format`).
  static let isAvailable = true

  /// Whether `value` conforms to `format`; nil when the format is unknown to the draft (an
  /// annotation only, as the spec requires).
  static func check(_ value: String, format: String, draft: JSONSchemaDraft) -> Bool? {
    JSONSchemaFormats.isValid(value, format: format, draft: draft)
  }
}
