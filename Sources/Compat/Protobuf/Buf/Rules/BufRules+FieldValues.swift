import Parsers
import SchemaModel

/// Field names, oneofs and field-level options and features.
extension BufRules {
  static let fieldValues: [BufRule] = [
    BufRule(
      "FIELD_SAME_NAME", "Checks that fields have the same names in a given message.",
      v2: "CSR FILE PACKAGE WIRE_JSON", v1: "FILE PACKAGE WIRE_JSON",
      v1beta1: "FILE PACKAGE WIRE_JSON"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        let before = old.extensionFullName ?? old.field.name
        let after = new.extensionFullName ?? new.field.name
        guard before != after else { return nil }
        let kind = new.isExtension ? "Extension" : "Field"
        return context.finding(
          "FIELD_SAME_NAME",
          "\(kind) \"\(new.field.number)\" on message \"\(new.ownerName)\" changed name from \"\(before)\" to \"\(after)\".",
          in: new.file, at: new.field.nameSpan)
      }
    },
    BufRule(
      "FIELD_SAME_JSON_NAME", "Checks that fields have the same value for the json_name option.",
      v2: "CSR FILE PACKAGE WIRE_JSON", v1: "FILE PACKAGE WIRE_JSON",
      v1beta1: "FILE PACKAGE WIRE_JSON"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        guard !new.isExtension, !old.isExtension else { return nil }
        let before = context.previous.jsonName(old)
        let after = context.current.jsonName(new)
        guard before != after else { return nil }
        return context.finding(
          "FIELD_SAME_JSON_NAME",
          "\(describe(new)) changed option \"json_name\" from \"\(before)\" to \"\(after)\".",
          in: new.file, at: new.field.options.named("json_name")?.span ?? new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_ONEOF", "Checks that fields have the same oneofs in a given message.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        guard !new.isExtension else { return nil }
        let change: String
        // Since Buf 1.17 (bufbuild/buf#1978) gaining or losing proto3 `optional` is left to the
        // presence (cardinality) rules, and two synthetic oneofs are not compared by name.
        let synthetic = old.oneofIsSynthetic || new.oneofIsSynthetic
        switch (old.oneofName, new.oneofName) {
        case (nil, nil): return nil
        case (.some, nil):
          guard !synthetic else { return nil }
          change = "moved from inside to outside a oneof"
        case (nil, .some):
          guard !synthetic else { return nil }
          change = "moved from outside to inside a oneof"
        case (.some(let before), .some(let after)):
          guard before != after, !(old.oneofIsSynthetic && new.oneofIsSynthetic) else {
            return nil
          }
          change = "moved from oneof \"\(before)\" to oneof \"\(after)\""
        }
        return context.finding(
          "FIELD_SAME_ONEOF", "\(describe(new)) \(change).", in: new.file, at: new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_JSTYPE", "Checks that fields have the same value for the jstype option.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        let before = old.field.options.named("jstype").map { BufNames.optionText($0.value) }
        let option = new.field.options.named("jstype")
        let after = option.map { BufNames.optionText($0.value) }
        guard (before ?? "JS_NORMAL") != (after ?? "JS_NORMAL") else { return nil }
        return context.finding(
          "FIELD_SAME_JSTYPE",
          "\(describe(new)) changed option \"jstype\" from \"\(before ?? "JS_NORMAL")\" to \"\(after ?? "JS_NORMAL")\".",
          in: new.file, at: option?.span ?? new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_CPP_STRING_TYPE",
      "Checks that fields have the same C++ string type, based on ctype field option or (pb.cpp).string_type feature.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        // Map keys and values have no C++ string type of their own.
        guard !old.inMapEntry, !new.inMapEntry, isStringOrBytes(context.previous.fieldType(old)),
          isStringOrBytes(context.current.fieldType(new))
        else { return nil }
        let before = cppStringType(old)
        let after = cppStringType(new)
        // Buf lets STRING_PIECE become STRING, but not the other way round.
        let normal = { (value: String) in value == "STRING_PIECE" ? "STRING" : value }
        let becomesPiece = after.value == "STRING_PIECE" && before.value != "STRING_PIECE"
        guard normal(before.value) != normal(after.value) || becomesPiece else { return nil }
        return context.finding(
          "FIELD_SAME_CPP_STRING_TYPE",
          "\(describe(new)) changed C++ string type from \"\(before.value)\" to \"\(after.value)\".",
          in: new.file, at: after.span ?? new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_JAVA_UTF8_VALIDATION",
      "Checks that fields have the same Java string UTF8 validation, based on java_string_check_utf8 file option or (pb.java).utf8_validation feature.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        guard context.previous.fieldType(old).kind == "string",
          context.current.fieldType(new).kind == "string"
        else { return nil }
        let before = javaUTF8Validation(old)
        let after = javaUTF8Validation(new)
        guard before.value != after.value else { return nil }
        return context.finding(
          "FIELD_SAME_JAVA_UTF8_VALIDATION",
          "\(describe(new)) changed Java string UTF8 validation from \"\(before.value)\" to \"\(after.value)\".",
          in: new.file, at: after.span ?? new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_UTF8_VALIDATION", "Checks that string fields have the same UTF8 validation mode.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        guard context.previous.fieldType(old).kind == "string",
          context.current.fieldType(new).kind == "string"
        else { return nil }
        let before = BufFeatures.utf8Validation(old)
        let after = BufFeatures.utf8Validation(new)
        guard before != after else { return nil }
        return context.finding(
          "FIELD_SAME_UTF8_VALIDATION",
          "\(describe(new)) changed UTF8 validation from \(before) to \(after).", in: new.file,
          at: featureSpan("utf8_validation", new.field.options) ?? new.field.span)
      }
    },
    BufRule(
      "FIELD_SAME_DEFAULT",
      "Checks that fields have the same default value, if a default is specified.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: nil, v1beta1: nil
    ) { context in
      context.fieldPairs.compactMap { old, new in
        let oldOption = old.field.options.named("default")
        let newOption = new.field.options.named("default")
        guard oldOption != nil || newOption != nil else { return nil }
        guard let before = BufDefaultValue(oldOption, old, context.previous),
          let after = BufDefaultValue(newOption, new, context.current),
          !before.sameValue(as: after)
        else { return nil }
        return context.finding(
          "FIELD_SAME_DEFAULT",
          "\(describe(new)) changed default value from \(before.text) to \(after.text).",
          in: new.file, at: newOption?.span ?? new.field.span)
      }
    },
  ]

  private static func isStringOrBytes(_ type: BufFieldType) -> Bool {
    type.kind == "string" || type.kind == "bytes"
  }

  /// The C++ string type and where it is set: `ctype` as written, else
  /// `features.(pb.cpp).string_type` (editions), else STRING.
  static func cppStringType(_ entry: BufFieldEntry) -> (value: String, span: SourceSpan?) {
    let options = entry.field.options
    if let ctype = options.named("ctype") {
      return (BufNames.optionText(ctype.value), ctype.span)
    }
    guard BufFeatures.isEditions(entry.file.syntax) else { return ("STRING", nil) }
    if let found = BufFeatures.lookupOption("(pb.cpp).string_type", in: [options]) {
      return (found.value, found.option.span)
    }
    return (BufFeatures.lookup("(pb.cpp).string_type", in: entry.scopes) ?? "STRING", nil)
  }

  /// Java's UTF-8 check and the option that decides it: the `(pb.java).utf8_validation`
  /// feature in editions, the `java_string_check_utf8` file option before; otherwise the core
  /// `utf8_validation` (proto3 and editions verify, proto2 does not).
  static func javaUTF8Validation(_ entry: BufFieldEntry) -> (value: String, span: SourceSpan?) {
    if BufFeatures.isEditions(entry.file.syntax) {
      let scopes = [entry.field.options] + entry.scopes
      // protoc's Java generator checks UTF-8 when either feature says VERIFY.
      let found = BufFeatures.lookupOption("(pb.java).utf8_validation", in: scopes)
      let span = found.flatMap { entry.field.options.contains($0.option) ? $0.option.span : nil }
      let verify = found?.value == "VERIFY" || BufFeatures.utf8Validation(entry) == "VERIFY"
      return (verify ? "VERIFY" : "NONE", span)
    }
    if let check = entry.file.options.named("java_string_check_utf8"),
      BufNames.optionText(check.value) == "true"
    {
      return ("VERIFY", check.span)
    }
    return (entry.file.syntax == .proto3 ? "VERIFY" : "NONE", nil)
  }
}
