import SchemaModel
import Testing

@testable import Parsers

/// A JSONTestSuite-style table: `y_` cases must parse, `n_` cases must be refused.
struct JSONConformanceCase: CustomTestStringConvertible, Sendable {
  var name: String
  var input: [UInt8]
  var testDescription: String { name }
  var mustParse: Bool { name.hasPrefix("y_") }

  init(_ name: String, _ input: String) { self.init(name, Array(input.utf8)) }
  init(_ name: String, _ input: [UInt8]) {
    self.name = name
    self.input = input
  }
}

private let conformanceCases: [JSONConformanceCase] = [
  .init("y_array_empty", "[]"),
  .init("y_array_nested_empty", "[[],[[]],{}]"),
  .init("y_array_with_whitespace", " [ 1 , 2 ] "),
  .init("y_object_empty_key", #"{"":0}"#),
  .init("y_object_nested", #"{"a":{"b":{"c":[1,{"d":null}]}}}"#),
  .init("y_object_same_key_in_different_objects", #"[{"a":1},{"a":2}]"#),
  .init("y_number_zero_fraction", "0.0"),
  .init("y_number_negative_exponent", "-1E-2"),
  .init("y_number_capital_E_plus", "1E+2"),
  .init("y_number_huge_exponent", "1e999999"),
  .init("y_number_long_integer", "123456789012345678901234567890"),
  .init("y_number_int64_min", "-9223372036854775808"),
  .init("y_string_escaped_solidus", #""\/""#),
  .init("y_string_all_escapes", #""\"\\\/\b\f\n\r\t""#),
  .init("y_string_uescaped_nul", #""\u0000""#),
  .init("y_string_surrogate_pair", #""\uD834\uDD1E""#),
  .init("y_string_lowercase_hex", #""\ud834\udd1e""#),
  .init("y_string_utf8_four_bytes", "\"𝄞\""),
  .init("y_string_del_unescaped", "\"\u{7F}\""),
  .init("y_string_u2028", "\"\u{2028}\""),
  .init("y_string_max_code_point", [0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22]),
  .init("y_structure_lonely_true", "true"),
  .init("y_structure_lonely_string", #""x""#),
  .init("y_structure_whitespace_all_kinds", " \t\r\n[1]\r\n\t "),
  .init("y_structure_bom", [0xEF, 0xBB, 0xBF, 0x7B, 0x7D]),
  .init("n_array_trailing_comma", "[1,]"),
  .init("n_array_double_comma", "[1,,2]"),
  .init("n_array_missing_comma", "[1 2]"),
  .init("n_array_unclosed", "[1"),
  .init("n_array_extra_close", "[1]]"),
  .init("n_array_colon", "[1:2]"),
  .init("n_object_trailing_comma", #"{"a":1,}"#),
  .init("n_object_unquoted_key", "{a:1}"),
  .init("n_object_single_quoted_key", "{'a':1}"),
  .init("n_object_missing_colon", #"{"a" 1}"#),
  .init("n_object_missing_value", #"{"a":}"#),
  .init("n_object_duplicate_key", #"{"a":1,"a":1}"#),
  .init("n_object_comma_instead_of_colon", #"{"a",1}"#),
  .init("n_number_leading_zero", "012"),
  .init("n_number_plus", "+1"),
  .init("n_number_dot_first", ".1"),
  .init("n_number_dot_last", "1."),
  .init("n_number_hex", "0x10"),
  .init("n_number_nan", "NaN"),
  .init("n_number_infinity", "Infinity"),
  .init("n_number_minus_infinity", "-Infinity"),
  .init("n_number_exponent_empty", "1e"),
  .init("n_number_minus_space", "- 1"),
  .init("n_string_single_quotes", "'a'"),
  .init("n_string_unescaped_tab", "\"\t\""),
  .init("n_string_unescaped_newline", "\"\n\""),
  .init("n_string_bad_escape", #""\a""#),
  .init("n_string_short_unicode_escape", #""\u12""#),
  .init("n_string_lone_high_surrogate", #""\uD800""#),
  .init("n_string_lone_low_surrogate", #""\uDFFF""#),
  .init("n_string_reversed_surrogates", #""\uDC00\uD800""#),
  .init("n_string_unclosed", #""abc"#),
  .init("n_string_overlong_slash", [0x22, 0xC0, 0xAF, 0x22]),
  .init("n_string_encoded_surrogate", [0x22, 0xED, 0xBF, 0xBF, 0x22]),
  .init("n_string_truncated_utf8", [0x22, 0xF0, 0x9F, 0x98, 0x22]),
  .init("n_string_lone_continuation", [0x22, 0xBF, 0x22]),
  .init("n_string_byte_FE", [0x22, 0xFE, 0x22]),
  .init("n_literal_capital_true", "True"),
  .init("n_literal_truncated", "fals"),
  .init("n_literal_undefined", "undefined"),
  .init("n_structure_empty", ""),
  .init("n_structure_only_whitespace", " \n "),
  .init("n_structure_two_values", "1 2"),
  .init("n_structure_comment_line", "[1] // c"),
  .init("n_structure_comment_block", "/* c */ [1]"),
  .init("n_structure_form_feed_whitespace", "\u{0C}[1]"),
  .init("n_structure_nbsp_whitespace", "\u{A0}[1]"),
  .init("n_structure_bom_twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x31]),
  .init("n_structure_nul_after_value", [0x31, 0x00]),
  .init("n_structure_unclosed_object", #"{"a":1"#),
]

@Suite struct JSONReaderConformanceTests {
  @Test(arguments: conformanceCases)
  func acceptsOrRefuses(_ testCase: JSONConformanceCase) {
    let result = Result { () throws(JSONSyntaxError) in try JSONReader.parse(testCase.input) }
    switch result {
    case .success(let value):
      #expect(testCase.mustParse, "parsed to \(value)")
    case .failure(let error):
      #expect(!testCase.mustParse, "refused: \(error)")
    }
  }
}
