import SchemaModel

/// The rules the readers and parsers report: text syntax, Avro, Protobuf and JSON Schema.
public enum ParserRules {
  /// Every parse rule, in no particular order.
  public static let all: [RuleDescription] = text + avro + protobuf + jsonSchema + asyncAPI

  /// The JSON and YAML reader's rules, shared by every JSON-based format and the config file.
  static let text: [RuleDescription] = [
    .own(
      "PARSE_CONTROL_CHARACTER", nil,
      "a JSON string holds a raw control character; escape it (`\\n`, `\\t`, `\\u0000`)",
      "RFC 8259 forbids unescaped U+0000 to U+001F in strings; Jackson rejects them too"),
    .own(
      "PARSE_DUPLICATE_KEY", nil,
      "an object or mapping names the same key twice; keep one",
      "RFC 8259 leaves duplicate names undefined: readers keep the last, keep the first or "
        + "fail, so the schema's meaning would depend on the tool"),
    .own(
      "PARSE_INVALID_ESCAPE", nil,
      "a JSON string has an unknown escape or a broken `\\u` sequence",
      "RFC 8259 allows only `\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`"),
    .own(
      "PARSE_INVALID_NUMBER", nil,
      "a number is not a JSON number (leading zeros, `NaN`, `.5`, a YAML-only number)",
      "RFC 8259's number grammar; YAML values must have a JSON equivalent to be compared"),
    .own(
      "PARSE_INVALID_UTF8", nil,
      "the file is not valid UTF-8; re-save it as UTF-8",
      "RFC 8259 and the Protobuf language both require UTF-8 text"),
    .own(
      "PARSE_INVALID_YAML", nil,
      "the YAML text does not parse; fix the syntax at the reported position",
      "YAML 1.2 syntax; nothing is guessed from a half-read file"),
    .own(
      "PARSE_NESTING_TOO_DEEP", nil,
      "arrays and objects are nested deeper than the reader's limit",
      "a fixed limit keeps a hostile file from exhausting the stack, like Jackson's "
        + "StreamReadConstraints"),
    .own(
      "PARSE_UNEXPECTED_END", nil,
      "the text ends before the value is complete (or is empty); close the open brackets",
      "RFC 8259: a JSON text is exactly one complete value"),
    .own(
      "PARSE_UNEXPECTED_TOKEN", nil,
      "an unexpected character or token; the message says what was expected",
      "RFC 8259 grammar, no extensions (comments, trailing commas, single quotes)"),
    .own(
      "PARSE_YAML_COMPLEX_KEY", nil,
      "a YAML mapping key is an alias, a sequence or a mapping; use a plain scalar key",
      "JSON object keys are strings, so such a key has no JSON equivalent"),
    .own(
      "PARSE_YAML_TAG", nil,
      "a YAML tag other than the core schema's (`!!str`, `!!int`, ...) is used",
      "custom tags have no JSON equivalent; the YAML 1.2 core schema is read"),
    .own(
      "PARSE_YAML_TOO_MANY_NODES", nil,
      "the YAML text expands to more nodes than the reader's limit (alias bombs)",
      "guards against billion-laughs expansion, as safe YAML loaders do"),
  ]
}
