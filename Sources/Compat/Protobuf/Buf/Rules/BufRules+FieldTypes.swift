import Parsers
import SchemaModel

/// Field types and cardinalities: exact (FILE/PACKAGE) and wire / wire+JSON compatible.
extension BufRules {
  static let fieldTypes: [BufRule] = [
    BufRule(
      "FIELD_SAME_TYPE", "Checks that fields have the same types in a given message.",
      v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      context.fieldPairs.compactMap { old, new in
        let before = context.previous.fieldType(old)
        let after = context.current.fieldType(new)
        guard let text = typeChange(before, after) else { return nil }
        return context.finding(
          "FIELD_SAME_TYPE", "\(describe(new)) changed type from \(text).", in: new.file,
          at: new.field.typeSpan)
      }
    },
    wireType("FIELD_WIRE_COMPATIBLE_TYPE", json: false, v2: "WIRE", v1: "WIRE"),
    wireType("FIELD_WIRE_JSON_COMPATIBLE_TYPE", json: true, v2: "CSR WIRE_JSON", v1: "WIRE_JSON"),
    cardinality(
      "FIELD_SAME_CARDINALITY",
      "Checks that fields have the same cardinalities in a given message.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE WIRE_JSON WIRE",
      skipMapEntries: true
    ) { _, _ in false },
    cardinality(
      "FIELD_WIRE_COMPATIBLE_CARDINALITY",
      "Checks that fields have wire-compatible cardinalities in a given message.",
      v2: "WIRE", v1: "WIRE", v1beta1: "WIRE", skipMapEntries: true
    ) { before, after in
      sameGroup(
        before, after, groups: [[.optionalExplicit, .optionalImplicit], [.repeated, .map]])
    },
    cardinality(
      "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
      "Checks that fields have wire and JSON compatible cardinalities in a given message.",
      v2: "CSR WIRE_JSON", v1: "WIRE_JSON", v1beta1: "WIRE_JSON", skipMapEntries: true
    ) { before, after in
      sameGroup(before, after, groups: [[.optionalExplicit, .optionalImplicit]])
    },
  ]

  /// `Field "1" with name "one" on message "Two"` / `Extension "10" with name "a.ext" on
  /// message "a.Foo"`.
  static func describe(_ entry: BufFieldEntry) -> String {
    if let full = entry.extensionFullName {
      return
        "Extension \"\(entry.field.number)\" with name \"\(full)\" on message \"\(entry.ownerName)\""
    }
    return
      "Field \"\(entry.field.number)\" with name \"\(entry.field.name)\" on message \"\(entry.ownerName)\""
  }

  /// `"int32" to "int64"` or `"a.Ten" to "a.Nine"`; nil when the types are the same.
  static func typeChange(_ before: BufFieldType, _ after: BufFieldType) -> String? {
    if before.kind != after.kind { return "\"\(before.display)\" to \"\(after.display)\"" }
    if before.typeName != after.typeName {
      return "\"\(before.typeName ?? "")\" to \"\(after.typeName ?? "")\""
    }
    return nil
  }

  private static func sameGroup(
    _ before: BufCardinality, _ after: BufCardinality, groups: [[BufCardinality]]
  ) -> Bool {
    groups.contains { $0.contains(before) && $0.contains(after) }
  }

  private static func cardinality(
    _ id: String, _ purpose: String, v2: String, v1: String, v1beta1: String,
    skipMapEntries: Bool,
    compatible: @escaping @Sendable (BufCardinality, BufCardinality) -> Bool
  ) -> BufRule {
    BufRule(id, purpose, v2: v2, v1: v1, v1beta1: v1beta1) { context in
      context.fieldPairs.compactMap { old, new in
        if skipMapEntries, old.inMapEntry || new.inMapEntry { return nil }
        let before = context.previous.cardinality(old)
        let after = context.current.cardinality(new)
        guard before != after, !compatible(before, after) else { return nil }
        return context.finding(
          id,
          "\(describe(new)) changed cardinality from \"\(before.rawValue)\" to \"\(after.rawValue)\".",
          in: new.file, at: new.field.span)
      }
    }
  }

  /// Wire groups from Buf's `breaking_util.go` (proto3 "Updating a message type").
  private static let wireGroups: [String: Int] = [
    "int32": 1, "int64": 1, "uint32": 1, "uint64": 1, "bool": 1, "sint32": 2, "sint64": 2,
    "fixed32": 3, "sfixed32": 3, "fixed64": 4, "sfixed64": 4, "double": 5, "float": 6,
    "string": 7, "bytes": 8, "group": 9, "message": 10, "enum": 11,
  ]
  /// Wire and JSON groups: JSON encodes 64-bit integers as strings and bools as literals.
  private static let wireJSONGroups: [String: Int] = [
    "int32": 1, "uint32": 1, "int64": 2, "uint64": 2, "bool": 3, "sint32": 4, "sint64": 5,
    "fixed32": 6, "sfixed32": 6, "fixed64": 7, "sfixed64": 7, "double": 8, "float": 9,
    "string": 10, "bytes": 11, "group": 12, "message": 13, "enum": 14,
  ]

  private static func wireType(_ id: String, json: Bool, v2: String, v1: String) -> BufRule {
    let purpose =
      json
      ? "Checks that fields have wire and JSON compatible types in a given message."
      : "Checks that fields have wire-compatible types in a given message."
    return BufRule(id, purpose, v2: v2, v1: v1, v1beta1: nil) { context in
      context.fieldPairs.compactMap { old, new in
        let before = context.previous.fieldType(old)
        let after = context.current.fieldType(new)
        let groups = json ? wireJSONGroups : wireGroups
        let location = new.field.typeSpan
        if groups[before.kind] != groups[after.kind] {
          if !json, before.kind == "string", after.kind == "bytes" { return nil }
          var extra =
            "See https://developers.google.com/protocol-buffers/docs/proto3#updating for wire compatibility rules"
          if json {
            extra +=
              " and https://developers.google.com/protocol-buffers/docs/proto3#json for JSON compatibility rules."
          } else if before.kind == "bytes", after.kind == "string" {
            extra +=
              ". Note that while string and bytes are compatible if the data is valid UTF-8, there is no way to enforce that a bytes field is UTF-8, so these fields may be incompatible."
          } else {
            extra += "."
          }
          return context.finding(
            id,
            "\(describe(new)) changed type from \"\(before.display)\" to \"\(after.display)\". \(extra)",
            in: new.file, at: location)
        }
        guard before.typeName != after.typeName, let text = typeChange(before, after) else {
          return nil
        }
        if after.kind == "enum",
          enumsWireCompatible(before.typeName, after.typeName, context: context)
        {
          return nil
        }
        return context.finding(
          id, "\(describe(new)) changed type from \(text).", in: new.file, at: location)
      }
    }
  }

  /// An enum may be swapped for another of the same short name whose values include all of
  /// the previous enum's.
  private static func enumsWireCompatible(
    _ before: String?, _ after: String?, context: BufCheckContext
  ) -> Bool {
    guard let before, let after,
      before.split(separator: ".").last == after.split(separator: ".").last,
      let old = context.previous.allEnums[before], let new = context.current.allEnums[after]
    else { return false }
    let newValues = Set(new.values.map { "\($0.name)=\($0.number)" })
    return old.values.allSatisfy { newValues.contains("\($0.name)=\($0.number)") }
  }
}
