/// Deprecated ids: still accepted, they run their replacements (or nothing).
extension BufRules {
  static let deprecated: [BufRule] = [
    BufRule(
      "FIELD_SAME_CTYPE", "Checks that fields have the same value for the ctype option.",
      v2: nil, v1: "", v1beta1: "", replacedBy: ["FIELD_SAME_CPP_STRING_TYPE"]
    ) { _ in [] },
    BufRule(
      "FIELD_SAME_LABEL", "Checks that fields have the same labels in a given message.",
      v2: nil, v1: "", v1beta1: "",
      replacedBy: [
        "FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY",
        "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
      ]
    ) { _ in [] },
    BufRule(
      "FILE_SAME_JAVA_STRING_CHECK_UTF8",
      "Checks that files have the same value for the java_string_check_utf8 option.",
      v2: nil, v1: "", v1beta1: "", replacedBy: ["FIELD_SAME_JAVA_UTF8_VALIDATION"]
    ) { _ in [] },
    BufRule(
      "FILE_SAME_PHP_GENERIC_SERVICES",
      "Checks that files have the same value for the php_generic_services option.",
      v2: nil, v1: "", v1beta1: "", replacedBy: []
    ) { _ in [] },
    BufRule(
      "MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT",
      "Checks that messages have the same value for the message_set_wire_format option.",
      v2: "", v1: "", v1beta1: "", replacedBy: []
    ) { _ in [] },
  ]
}
