import Parsers
import SchemaModel

/// Enums and enum values.
extension BufRules {
  static let enums: [BufRule] = [
    BufRule(
      "ENUM_SAME_TYPE", "Checks that enums have the same type (open vs closed).",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.enumPairs.compactMap { old, new in
        let before = BufFeatures.enumType(old)
        let after = BufFeatures.enumType(new)
        guard before != after else { return nil }
        return context.finding(
          "ENUM_SAME_TYPE",
          "Enum \"\(new.value.name)\" changed from \(before.lowercased()) to \(after.lowercased()).",
          in: new.file, at: featureSpan("enum_type", new.value.options) ?? new.value.span)
      }
    },
    BufRule(
      "ENUM_SAME_JSON_FORMAT", "Checks that enums have the same JSON format support.",
      v2: "CSR FILE PACKAGE WIRE_JSON", v1: "FILE PACKAGE WIRE_JSON",
      v1beta1: "FILE PACKAGE WIRE_JSON"
    ) { context in
      context.enumPairs.compactMap { old, new in
        let before = BufFeatures.jsonFormat(syntax: old.file.syntax, scopes: old.scopes)
        let after = BufFeatures.jsonFormat(syntax: new.file.syntax, scopes: new.scopes)
        // Only losing full JSON support breaks; gaining it does not.
        guard before == "ALLOW", after != "ALLOW" else { return nil }
        return context.finding(
          "ENUM_SAME_JSON_FORMAT",
          "Enum \"\(new.value.name)\" JSON format support changed from \(before) to \(after).",
          in: new.file, at: featureSpan("json_format", new.value.options) ?? new.value.span)
      }
    },
    enumValueNoDelete("ENUM_VALUE_NO_DELETE", v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE") {
      _, _, _ in nil
    },
    enumValueNoDelete(
      "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", v2: "CSR WIRE_JSON", v1: "WIRE_JSON"
    ) { number, previous, current in
      let names = previous.values.filter { $0.number == number }.map(\.name)
      let reserved = Set(current.reservedNames.map(\.name))
      let missing = names.filter { !reserved.contains($0) }
      guard !missing.isEmpty else { return nil }
      let quoted = missing.map { "\"\($0)\"" }.joined(separator: ", ")
      return " without reserving the name\(missing.count > 1 ? "s" : "") \(quoted)"
    },
    enumValueNoDelete(
      "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", v2: "CSR WIRE_JSON WIRE",
      v1: "WIRE_JSON WIRE"
    ) { number, _, current in
      current.reservedRanges.contains { $0.contains(number) }
        ? nil : " without reserving the number \"\(number)\""
    },
    BufRule(
      "ENUM_VALUE_SAME_NAME", "Checks that enum values have the same name.",
      v2: "CSR FILE PACKAGE WIRE_JSON", v1: "FILE PACKAGE WIRE_JSON",
      v1beta1: "FILE PACKAGE WIRE_JSON"
    ) { context in
      context.enumPairs.flatMap { old, new in
        new.value.values.compactMap { value in
          let before = old.value.values.filter { $0.number == value.number }.map(\.name)
          guard !before.isEmpty else { return nil }
          let after = new.value.values.filter { $0.number == value.number }.map(\.name)
          // Adding an alias is fine; a previous name that is gone is a rename.
          guard !Set(before).isSubset(of: after) else { return nil }
          let quoted = { (names: [String]) in
            names.map { "\"\($0)\"" }.joined(separator: ", ")
          }
          let noun = before.count > 1 || after.count > 1 ? "names" : "name"
          return context.finding(
            "ENUM_VALUE_SAME_NAME",
            "Enum value \"\(value.number)\" on enum \"\(new.value.name)\" changed \(noun) from \(quoted(before)) to \(quoted(after)).",
            in: new.file, at: value.numberSpan)
        }
      }
    },
    BufRule(
      "RESERVED_ENUM_NO_DELETE",
      "Checks that reserved ranges and names are not deleted from a given enum.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      context.enumPairs.flatMap { old, new in
        reservedFindings(
          "RESERVED_ENUM_NO_DELETE", kind: "enum", name: old.value.name,
          previous: (old.value.reservedRanges, old.value.reservedNames),
          current: (new.value.reservedRanges, new.value.reservedNames), max: maxEnumNumber,
          context: context, file: new.file, span: new.value.span)
      }
    },
  ]

  private static func enumValueNoDelete(
    _ id: String, v2: String, v1: String,
    suffix: @escaping @Sendable (Int, ProtoEnum, ProtoEnum) -> String?
  ) -> BufRule {
    let unconditional = id == "ENUM_VALUE_NO_DELETE"
    let purposeTail =
      unconditional
      ? "" : " unless the \(id.hasSuffix("NAME_RESERVED") ? "name" : "number") is reserved"
    return BufRule(
      id, "Checks that enum values are not deleted from a given enum\(purposeTail).",
      v2: v2, v1: v1, v1beta1: v1
    ) { context in
      context.enumPairs.flatMap { old, new in
        let numbers = Set(new.value.values.map(\.number))
        var seen: Set<Int> = []
        return old.value.values.compactMap { value -> BufFinding? in
          guard !numbers.contains(value.number), seen.insert(value.number).inserted else {
            return nil
          }
          let tail: String
          if unconditional {
            tail = ""
          } else {
            guard let text = suffix(value.number, old.value, new.value) else { return nil }
            tail = text
          }
          return context.finding(
            id,
            "Previously present enum value \"\(value.number)\" on enum \"\(old.value.name)\" was deleted\(tail).",
            in: new.file, at: new.value.span)
        }
      }
    }
  }
}
