import SchemaModel

/// A syntax error inside one statement; the statement loop reports it and skips ahead.
struct ProtoSyntaxError: Error {
  var message: String
  var position: TextPosition
  var ruleID: RuleID = "PROTO_SYNTAX_ERROR"
}
