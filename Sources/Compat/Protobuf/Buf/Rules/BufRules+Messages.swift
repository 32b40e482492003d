import Parsers
import SchemaModel

/// Messages: deleted fields, oneofs, reserved and extension ranges; message-level values.
extension BufRules {
  /// The largest field number (`max` in a message's `reserved`/`extensions`).
  static let maxFieldNumber = 536_870_911
  /// The largest enum number (`max` in an enum's `reserved`).
  static let maxEnumNumber = 2_147_483_647

  static let messages: [BufRule] = [
    fieldNoDelete("FIELD_NO_DELETE", v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE") { _, _ in nil },
    fieldNoDelete(
      "FIELD_NO_DELETE_UNLESS_NAME_RESERVED", v2: "CSR WIRE_JSON", v1: "WIRE_JSON"
    ) { field, message in
      message.reservedNames.contains { $0.name == field.name }
        ? nil : " without reserving the name \"\(field.name)\""
    },
    fieldNoDelete(
      "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", v2: "CSR WIRE_JSON WIRE", v1: "WIRE_JSON WIRE"
    ) { field, message in
      message.reservedRanges.contains { $0.contains(field.number) }
        ? nil : " without reserving the number \"\(field.number)\""
    },
    BufRule(
      "ONEOF_NO_DELETE", "Checks that oneofs are not deleted from a given message.",
      v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.messagePairs.flatMap { old, new in
        // Synthetic oneofs of proto3 `optional` fields do not count (Buf's own test case
        // breaking_oneof_no_delete drops an `optional` without a finding).
        let present = Set(new.message.oneofs.map(\.name))
        let previous = old.message.oneofs.map(\.name)
        return previous.filter { !present.contains($0) }.map {
          context.finding(
            "ONEOF_NO_DELETE",
            "Previously present oneof \"\($0)\" on message \"\(old.message.name)\" was deleted.",
            in: new.file, at: new.message.span)
        }
      }
    },
    BufRule(
      "RESERVED_MESSAGE_NO_DELETE",
      "Checks that reserved ranges and names are not deleted from a given message.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      context.messagePairs.flatMap { old, new in
        reservedFindings(
          "RESERVED_MESSAGE_NO_DELETE", kind: "message", name: old.message.name,
          previous: (old.message.reservedRanges, old.message.reservedNames),
          current: (new.message.reservedRanges, new.message.reservedNames), max: maxFieldNumber,
          context: context, file: new.file, span: new.message.span)
      }
    },
    BufRule(
      "EXTENSION_MESSAGE_NO_DELETE",
      "Checks that extension ranges are not deleted from a given message.",
      v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.messagePairs.flatMap { old, new in
        old.message.extensionRanges.compactMap { range in
          missingValues(range, in: new.message.extensionRanges, max: maxFieldNumber).map {
            context.finding(
              "EXTENSION_MESSAGE_NO_DELETE",
              "Previously present extension range \"\(BufNames.range(start: range.start, end: range.end, max: maxFieldNumber))\" on message \"\(old.message.name)\" is missing values: \($0) were removed.",
              in: new.file, at: new.message.span)
          }
        }
      }
    },
    BufRule(
      "MESSAGE_SAME_JSON_FORMAT", "Checks that messages have the same JSON format support.",
      v2: "CSR FILE PACKAGE WIRE_JSON", v1: "FILE PACKAGE WIRE_JSON",
      v1beta1: "FILE PACKAGE WIRE_JSON"
    ) { context in
      context.messagePairs.compactMap { old, new in
        guard !new.isMapEntry else { return nil }
        let before = BufFeatures.jsonFormat(syntax: old.file.syntax, scopes: old.scopes)
        let after = BufFeatures.jsonFormat(syntax: new.file.syntax, scopes: new.scopes)
        // Only losing full JSON support breaks; gaining it does not.
        guard before == "ALLOW", after != "ALLOW" else { return nil }
        return context.finding(
          "MESSAGE_SAME_JSON_FORMAT",
          "Message \"\(new.message.name)\" JSON format support changed from \(before) to \(after).",
          in: new.file, at: featureSpan("json_format", new.message.options) ?? new.message.span)
      }
    },
    BufRule(
      "MESSAGE_SAME_REQUIRED_FIELDS",
      "Checks that messages have no added or deleted required fields.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      context.messagePairs.flatMap { old, new in
        let before = requiredFields(old, context.previous)
        let after = requiredFields(new, context.current)
        let tail =
          "Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage."
        var findings: [BufFinding] = []
        for field in before where !after.contains(where: { $0.field.number == field.field.number })
        {
          findings.append(
            context.finding(
              "MESSAGE_SAME_REQUIRED_FIELDS",
              "Message \"\(new.message.name)\" had required field \"\(field.field.number)\" deleted. \(tail)",
              in: new.file, at: new.message.span))
        }
        for field in after where !before.contains(where: { $0.field.number == field.field.number })
        {
          findings.append(
            context.finding(
              "MESSAGE_SAME_REQUIRED_FIELDS",
              "Message \"\(new.message.name)\" had required field \"\(field.field.number)\" added. \(tail)",
              in: new.file, at: field.field.span))
        }
        return findings
      }
    },
    BufRule(
      "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
      "Checks that messages do not change the no_standard_descriptor_accessor option from false or unset to true.",
      v2: "CSR FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      context.messagePairs.compactMap { old, new in
        let name = "no_standard_descriptor_accessor"
        let before = old.message.options.named(name).map { BufNames.optionText($0.value) }
        guard let option = new.message.options.named(name),
          BufNames.optionText(option.value) == "true", before != "true"
        else { return nil }
        return context.finding(
          "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
          "Message option \"\(name)\" changed from \"false\" to \"true\".", in: new.file,
          at: statementSpan(option))
      }
    },
  ]

  /// Fields that are `required` or, in editions, LEGACY_REQUIRED.
  private static func requiredFields(_ entry: BufMessageEntry, _ index: BufImageIndex)
    -> [BufFieldEntry]
  {
    let editions = BufFeatures.isEditions(entry.file.syntax)
    guard editions || entry.message.fields.contains(where: { $0.label == .required }) else {
      return []
    }
    return index.fieldEntries(of: entry).filter { index.cardinality($0) == .required }
  }

  private static func fieldNoDelete(
    _ id: String, v2: String, v1: String,
    suffix: @escaping @Sendable (ProtoField, ProtoMessage) -> String?
  ) -> BufRule {
    let unconditional = id == "FIELD_NO_DELETE"
    let purposeTail =
      unconditional
      ? "" : " unless the \(id.hasSuffix("NAME_RESERVED") ? "name" : "number") is reserved"
    return BufRule(
      id, "Checks that fields are not deleted from a given message\(purposeTail).",
      v2: v2, v1: v1, v1beta1: v1
    ) { context in
      context.messagePairs.flatMap { old, new in
        let numbers = Set(new.message.fields.map(\.number))
        return old.message.fields.filter { !numbers.contains($0.number) }.compactMap {
          field -> BufFinding? in
          let tail: String
          if unconditional {
            tail = ""
          } else {
            guard let text = suffix(field, new.message) else { return nil }
            tail = text
          }
          return context.finding(
            id,
            "Previously present field \"\(field.number)\" with name \"\(field.name)\" on message \"\(old.message.name)\" was deleted\(tail).",
            in: new.file, at: new.message.span)
        }
      }
    }
  }

  /// One finding per deleted reserved name and per reserved range that lost values.
  static func reservedFindings(
    _ id: String, kind: String, name: String,
    previous: ([ProtoRange], [ProtoReservedName]), current: ([ProtoRange], [ProtoReservedName]),
    max: Int, context: BufCheckContext, file: ProtoFile, span: SourceSpan
  ) -> [BufFinding] {
    var findings: [BufFinding] = []
    for range in previous.0 {
      if let missing = missingValues(range, in: current.0, max: max) {
        findings.append(
          context.finding(
            id,
            "Previously present reserved range \"\(BufNames.range(start: range.start, end: range.end, max: max))\" on \(kind) \"\(name)\" is missing values: \(missing) were removed.",
            in: file, at: span))
      }
    }
    let names = Set(current.1.map(\.name))
    for reserved in previous.1 where !names.contains(reserved.name) {
      findings.append(
        context.finding(
          id,
          "Previously present reserved name \"\(reserved.name)\" on \(kind) \"\(name)\" was deleted.",
          in: file, at: span))
    }
    return findings
  }

  /// The parts of `range` no range in `ranges` covers, printed `[a,b], [c]`; nil when covered.
  static func missingValues(_ range: ProtoRange, in ranges: [ProtoRange], max: Int) -> String? {
    var gaps: [(Int, Int)] = []
    var next = range.start
    for other in ranges.sorted(by: { $0.start < $1.start }) where other.end >= next {
      if other.start > range.end { break }
      if other.start > next { gaps.append((next, other.start - 1)) }
      next = Swift.max(next, other.end + 1)
      if next > range.end { break }
    }
    if next <= range.end { gaps.append((next, range.end)) }
    guard !gaps.isEmpty else { return nil }
    return gaps.map { BufNames.range(start: $0.0, end: $0.1, max: max) }.joined(separator: ", ")
  }

  /// The span of a `features.<name>` option written on an element, if any.
  static func featureSpan(_ name: String, _ options: [ProtoOption]) -> SourceSpan? {
    options.named("features." + name).map(statementSpan)
  }
}
