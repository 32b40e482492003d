import Parsers
import SchemaModel

extension ProtoJSONWalker {
  /// A well-known type's special JSON form (the proto3 JSON mapping's table of them).
  mutating func checkWellKnown(
    _ value: JSONValue, _ type: ProtoWellKnownType, site: ProtoJSONSite
  ) {
    if let scalar = type.wrappedScalar {
      // A wrapper is its bare value; null leaves it unset.
      if !value.isNull { checkScalar(value, scalar, site: site) }
      return
    }
    switch type {
    case .timestamp:
      guard let text = string(value, expected: "an RFC 3339 timestamp string", site: site) else {
        return
      }
      switch ProtoJSONTimeText.readTimestamp(text) {
      case .valid: break
      case .invalid(let reason): report(.invalidTimestamp(text, reason: reason), at: site)
      case .outOfRange: report(.timestampOutOfRange(text), at: site)
      }
    case .duration:
      guard let text = string(value, expected: "a duration string like \"1.5s\"", site: site) else {
        return
      }
      switch ProtoJSONTimeText.readDuration(text) {
      case .valid: break
      case .invalid(let reason): report(.invalidDuration(text, reason: reason), at: site)
      case .outOfRange: report(.durationOutOfRange(text), at: site)
      }
    case .fieldMask:
      guard let text = string(value, expected: "a field mask string", site: site) else { return }
      // Paths are lowerCamelCase: protoc takes only letters, digits and '.', Python refuses '_'.
      for path in text.split(separator: ",", omittingEmptySubsequences: false)
      where !path.utf8.allSatisfy(Self.isFieldMaskCharacter) {
        report(.invalidFieldMaskPath(String(path)), at: site)
      }
    case .struct:
      guard case .object(let members) = value.kind else {
        report(.typeMismatch(expected: "an object (Struct)", found: value.typeName), at: site)
        return
      }
      checkDynamicMembers(members, site: site)
    case .listValue:
      guard case .array(let elements) = value.kind else {
        report(.typeMismatch(expected: "an array (ListValue)", found: value.typeName), at: site)
        return
      }
      checkDynamicElements(elements, site: site)
    case .value:
      checkDynamicValue(value, site: site)
    case .any:
      checkAny(value, site: site)
    default:
      preconditionFailure("bug: wrappers are handled above")
    }
  }

  private static func isFieldMaskCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
      true
    default: false
    }
  }

  private mutating func string(_ value: JSONValue, expected: String, site: ProtoJSONSite)
    -> String?
  {
    if case .string(let text) = value.kind { return text }
    report(.typeMismatch(expected: expected, found: value.typeName), at: site)
    return nil
  }

  /// `google.protobuf.Value` (its own level already entered): any JSON, with numbers that fit
  /// a double. An object is a Struct and an array a ListValue, one level deeper each.
  private mutating func checkDynamicValue(_ value: JSONValue, site: ProtoJSONSite) {
    switch value.kind {
    case .null, .bool, .string:
      break
    case .number(let number):
      // protoc's lexer refuses numbers beyond a double anywhere.
      if !number.doubleValue.isFinite { report(.nonFiniteValue(number.text), at: site) }
    case .array(let elements):
      frame(at: site) { walker in walker.checkDynamicElements(elements, site: site) }
    case .object(let members):
      frame(at: site) { walker in walker.checkDynamicMembers(members, site: site) }
    }
  }

  /// A Struct's members, each a Value one level deeper.
  private mutating func checkDynamicMembers(_ members: [JSONMember], site: ProtoJSONSite) {
    for member in members {
      enter(.key(member.key))
      frame(at: site) { walker in walker.checkDynamicValue(member.value, site: site) }
      leave()
    }
  }

  /// A ListValue's elements, each a Value one level deeper.
  private mutating func checkDynamicElements(_ elements: [JSONValue], site: ProtoJSONSite) {
    for (position, element) in elements.enumerated() {
      enter(.index(position))
      frame(at: site) { walker in walker.checkDynamicValue(element, site: site) }
      leave()
    }
  }

  /// `google.protobuf.Any`: `{}`, or `{"@type": "<prefix>/<full name>", ...fields}`, or for a
  /// well-known type `{"@type": ..., "value": <its JSON>}`. The message is looked up by the
  /// URL's last path segment among the loaded files, as Python's `json_format` does.
  private mutating func checkAny(_ value: JSONValue, site: ProtoJSONSite) {
    guard case .object(let members) = value.kind else {
      report(.typeMismatch(expected: "an object (Any)", found: value.typeName), at: site)
      return
    }
    if members.isEmpty { return }
    guard let typeMember = members.first(where: { $0.key == "@type" }) else {
      report(.anyTypeMissing, at: site)
      return
    }
    guard case .string(let url) = typeMember.value.kind else {
      enter(.key("@type"))
      report(.anyTypeNotString(found: typeMember.value.typeName), at: site)
      leave()
      return
    }
    // protoc requires a URL; Python also takes a bare name ("acme.Line").
    guard let slash = url.lastIndex(of: "/") else {
      enter(.key("@type"))
      report(.anyTypeNotURL(url), at: site)
      leave()
      return
    }
    let typeName = String(url[url.index(after: slash)...])
    if let wellKnown = ProtoWellKnownType(messageName: typeName) {
      checkWrappedInAny(members, as: wellKnown, site: site)
    } else if let message = index.message(named: typeName), !typeName.hasPrefix(".") {
      // Python reads the fields into the Any's message without counting another level.
      checkFields(members, of: message, skippingTypeKey: true)
    } else if typeName == ProtoWellKnownType.emptyMessage {
      // Python's default pool always has Empty, even when no loaded file imports it.
      let empty = ProtoMessageDescriptor(
        fullName: typeName, filePath: "google/protobuf/empty.proto", syntax: .proto3, fields: [])
      checkFields(members, of: empty, skippingTypeKey: true)
    } else {
      enter(.key("@type"))
      report(.anyTypeUnknown(url), at: site)
      leave()
    }
  }

  /// An Any holding a well-known type: its JSON is in `value`; no other key is allowed.
  private mutating func checkWrappedInAny(
    _ members: [JSONMember], as type: ProtoWellKnownType, site: ProtoJSONSite
  ) {
    var wrapped: JSONValue?
    for member in members where member.key != "@type" {
      if member.key == "value" {
        wrapped = member.value
      } else {
        enter(.key(member.key))
        report(
          .unknownField(
            name: member.key, message: "an Any holding \(type.rawValue)", suggestion: nil),
          at: ProtoJSONSite(owner: ProtoWellKnownType.any.rawValue), severity: unknownSeverity)
        leave()
      }
    }
    guard let wrapped else {
      report(.anyValueMissing(type: type.rawValue), at: site)
      return
    }
    enter(.key("value"))
    frame(at: ProtoJSONSite(owner: type.rawValue)) { walker in
      walker.checkWellKnown(wrapped, type, site: ProtoJSONSite(owner: type.rawValue))
    }
    leave()
  }
}
