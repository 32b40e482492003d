import Parsers
import SchemaModel

/// `multipleOf`, `maximum`, `minimum`, `exclusiveMaximum`, `exclusiveMinimum` (a boolean
/// modifier of `maximum`/`minimum` in draft 4, a number of its own since draft 6).
enum NumericKeyword: Sendable {
  case multipleOf(JSONNumber)
  case bound(JSONNumber, isMaximum: Bool, exclusive: Bool, keyword: String)
}

extension SchemaCompiler {
  func compileNumericKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let value = schema.value["multipleOf"] {
      guard case .number(let number) = value.kind, number.doubleValue > 0 else {
        throw error("'multipleOf' must be a number greater than 0", value, schema)
      }
      keywords.append(.numeric(.multipleOf(number)))
    }
    for (keyword, exclusiveKeyword, isMaximum) in [
      ("maximum", "exclusiveMaximum", true), ("minimum", "exclusiveMinimum", false),
    ] {
      let exclusiveValue = schema.value[exclusiveKeyword]
      if let value = schema.value[keyword] {
        guard case .number(let number) = value.kind else {
          throw error("'\(keyword)' must be a number", value, schema)
        }
        var exclusive = false
        if schema.draft == .draft4, let exclusiveValue {
          guard case .bool(let flag) = exclusiveValue.kind else {
            throw error(
              "'\(exclusiveKeyword)' must be a boolean in draft 4", exclusiveValue, schema)
          }
          exclusive = flag
        }
        keywords.append(
          .numeric(.bound(number, isMaximum: isMaximum, exclusive: exclusive, keyword: keyword)))
      }
      if schema.draft >= .draft6, let exclusiveValue {
        guard case .number(let number) = exclusiveValue.kind else {
          throw error("'\(exclusiveKeyword)' must be a number", exclusiveValue, schema)
        }
        keywords.append(
          .numeric(.bound(number, isMaximum: isMaximum, exclusive: true, keyword: exclusiveKeyword))
        )
      }
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateNumeric(_ keyword: NumericKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue)
    -> Bool
  {
    guard case .number(let number) = instance.kind else { return true }
    switch keyword {
    case .multipleOf(let divisor):
      if Self.isMultiple(number, of: divisor) { return true }
      report(node, keyword: "multipleOf", "\(number.text) is not a multiple of \(divisor.text)")
      return false
    case .bound(let limit, let isMaximum, let exclusive, let name):
      let order = JSONValueComparison.compare(number, limit)
      let valid =
        isMaximum ? (exclusive ? order < 0 : order <= 0) : (exclusive ? order > 0 : order >= 0)
      if valid { return true }
      let relation =
        switch (isMaximum, exclusive) {
        case (true, false): "is greater than the maximum of"
        case (true, true): "is not less than the exclusive maximum of"
        case (false, false): "is less than the minimum of"
        case (false, true): "is not greater than the exclusive minimum of"
        }
      report(node, keyword: name, "\(number.text) \(relation) \(limit.text)")
      return false
    }
  }

  private static func isMultiple(_ number: JSONNumber, of divisor: JSONNumber) -> Bool {
    if let value = number.int64Value, let step = divisor.int64Value, step != 0 {
      return value % step == 0
    }
    let quotient = number.doubleValue / divisor.doubleValue
    guard quotient.isFinite else {
      // Overflow: an integer is still a multiple of a divisor whose inverse is an integer (0.5).
      let inverse = 1 / divisor.doubleValue
      return JSONValueComparison.isInteger(number, literalOnly: false) && inverse.isFinite
        && inverse.rounded() == inverse
    }
    // Decimal divisors such as 0.01 are not exact in binary; allow a relative error.
    return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
  }
}
