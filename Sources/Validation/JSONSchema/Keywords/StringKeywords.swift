import Parsers
import SchemaModel

/// `maxLength`, `minLength` (in Unicode code points), `pattern`; `format` is an annotation.
enum StringKeyword: Sendable {
  case length(Int, isMaximum: Bool)
  case pattern(PatternMatcher)
  /// `format` as an assertion (only compiled when asked for).
  case format(String, draft: JSONSchemaDraft)
}

extension SchemaCompiler {
  func compileStringKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let limit = try count("maxLength", in: schema) {
      keywords.append(.string(.length(limit, isMaximum: true)))
    }
    if let limit = try count("minLength", in: schema) {
      keywords.append(.string(.length(limit, isMaximum: false)))
    }
    if let value = schema.value["pattern"] {
      keywords.append(.string(.pattern(try patternMatcher(value, keyword: "pattern", in: schema))))
    }
    return keywords
  }

  /// `format` as an assertion: only when asked for (the option, or a meta-schema declaring the
  /// 2020-12 format-assertion vocabulary); otherwise an annotation, which compiles to nothing.
  func compileFormatKeyword(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    guard options.assertFormat || formatAssertionVocabulary, let value = schema.value["format"]
    else { return [] }
    guard let format = value.stringValue else {
      throw error("'format' must be a string", value, schema)
    }
    return [.string(.format(format, draft: schema.draft))]
  }

  /// A compiled regular expression from a keyword's string value.
  func patternMatcher(
    _ value: JSONValue, keyword: String, in schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> PatternMatcher {
    guard let pattern = value.stringValue else {
      throw error("'\(keyword)' must be a string", value, schema)
    }
    do {
      return try PatternMatcher(pattern: pattern, stepBudget: options.regexStepBudget)
    } catch {
      throw self.error("'\(keyword)' is not a valid regular expression: \(pattern)", value, schema)
    }
  }
}

extension SchemaEvaluator {
  func evaluateString(_ keyword: StringKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue)
    -> Bool
  {
    guard case .string(let string) = instance.kind else { return true }
    switch keyword {
    case .length(let limit, let isMaximum):
      // A string has at most one code point per UTF-8 byte and at least one per four, which
      // often settles the limit without decoding.
      let bytes = string.utf8.count
      if isMaximum ? bytes <= limit : (bytes + 3) / 4 >= limit { return true }
      let length = string.unicodeScalars.count
      if isMaximum ? length <= limit : length >= limit { return true }
      report(
        node, keyword: isMaximum ? "maxLength" : "minLength",
        "\(JSONValueComparison.describe(instance)) has \(JSONValueComparison.counted(length, "character")), "
          + (isMaximum ? "more than the maximum of \(limit)" : "fewer than the minimum of \(limit)")
      )
      return false
    case .pattern(let matcher):
      switch match(matcher, string) {
      case .match:
        return true
      case .noMatch:
        report(
          node, keyword: "pattern",
          "\(JSONValueComparison.describe(instance)) does not match the pattern \(matcher.pattern)")
      case .budgetExceeded:
        report(
          node, keyword: "pattern", patternBudgetExceeded: true,
          "matching \(JSONValueComparison.describe(instance)) against \(matcher.pattern) took more "
            + "than \(matcher.stepBudget) steps, so the result is unknown; simplify the pattern "
            + "(avoid nested quantifiers such as (a+)+)")
      }
      return false
    case .format(let format, let draft):
      guard FormatAssertion.check(string, format: format, draft: draft) == false else {
        return true
      }
      report(
        node, keyword: "format",
        "\(JSONValueComparison.describe(instance)) is not a valid \(format)")
      return false
    }
  }
}
