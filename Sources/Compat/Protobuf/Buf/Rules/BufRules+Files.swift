import Parsers
import SchemaModel

/// File-level values: package, syntax and the code-generation file options.
extension BufRules {
  static let files: [BufRule] =
    [
      BufRule(
        "FILE_SAME_PACKAGE", "Checks that files have the same package.",
        v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
        v1beta1: "FILE"
      ) { context in
        context.filePairs.compactMap { old, new in
          let before = old.package ?? ""
          let after = new.package ?? ""
          guard before != after else { return nil }
          return context.finding(
            "FILE_SAME_PACKAGE", "File package changed from \"\(before)\" to \"\(after)\".",
            in: new, at: new.packageSpan)
        }
      },
      BufRule(
        "FILE_SAME_SYNTAX", "Checks that files have the same syntax.",
        v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
      ) { context in
        context.filePairs.compactMap { old, new in
          let before = syntaxName(old.syntax)
          let after = syntaxName(new.syntax)
          guard before != after else { return nil }
          return context.finding(
            "FILE_SAME_SYNTAX", "File syntax changed from \"\(before)\" to \"\(after)\".",
            in: new, at: new.syntaxSpan)
        }
      },
    ]
    + fileOptionRules.map { option, fallback in
      let id = "FILE_SAME_" + option.uppercased()
      return BufRule(
        id, "Checks that files have the same value for the \(option) option.",
        v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
      ) { context in
        context.filePairs.compactMap { old, new in
          let before = old.options.named(option).map { BufNames.optionText($0.value) } ?? fallback
          let written = new.options.named(option)
          let after = written.map { BufNames.optionText($0.value) } ?? fallback
          guard before != after else { return nil }
          return context.finding(
            id, "File option \"\(option)\" changed from \"\(before)\" to \"\(after)\".",
            in: new, at: written.map(statementSpan))
        }
      }
    }

  /// The file options Buf compares, with protoc's default values.
  static let fileOptionRules: [(String, String)] = [
    ("cc_enable_arenas", "true"), ("cc_generic_services", "false"), ("csharp_namespace", ""),
    ("go_package", ""), ("java_generic_services", "false"), ("java_multiple_files", "false"),
    ("java_outer_classname", ""), ("java_package", ""), ("objc_class_prefix", ""),
    ("optimize_for", "SPEED"), ("php_class_prefix", ""), ("php_metadata_namespace", ""),
    ("php_namespace", ""), ("py_generic_services", "false"), ("ruby_package", ""),
    ("swift_prefix", ""),
  ]

  static func syntaxName(_ syntax: ProtoSyntax) -> String {
    switch syntax {
    case .proto2: "proto2"
    case .proto3: "proto3"
    case .edition: "editions"
    }
  }

  /// An `option x = y;` statement as Buf locates it (the parser's span includes the `;`).
  static func statementSpan(_ option: ProtoOption) -> SourceSpan { option.span }
}
