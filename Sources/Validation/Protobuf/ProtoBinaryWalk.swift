import SchemaModel

/// One pass over a binary payload: reads every field as protoc and upb read it and collects
/// what they would reject (errors) or keep as unknown fields (warnings). Nothing is allocated
/// and no text is built unless something is found. It lives inside the caller's
/// `withUnsafeBufferPointer`; offsets are indices into `bytes`.
struct ProtoBinaryWalk {
  let plan: ProtoBinaryPlan
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumFindings: Int
  private(set) var findings: [PayloadError] = []

  init(plan: ProtoBinaryPlan, bytes: UnsafeBufferPointer<UInt8>, maximumFindings: Int) {
    self.plan = plan
    self.bytes = bytes
    self.maximumFindings = maximumFindings
  }

  static let depthLimit = ProtoWireReader.recursionLimit

  /// Validates message `id` held in `range` (a length-delimited value or the whole payload).
  /// A structural error inside is reported, and the caller goes on after the range.
  mutating func walkEmbedded(_ id: Int, range: Range<Int>, depth: Int) {
    var reader = ProtoWireReader(bytes, range: range)
    _ = walkFields(id, reader: &reader, group: nil, depth: depth)
  }

  /// Reads the fields of message `id` up to the end of `reader` or, for a group, up to the
  /// end-group tag of `group`. Returns false when a structural error (already reported) left
  /// the reader at an unknown position: the enclosing groups give up up to the nearest
  /// length-delimited value.
  private mutating func walkFields(
    _ id: Int, reader: inout ProtoWireReader, group: (number: Int, tagIndex: Int)?, depth: Int
  ) -> Bool {
    let contentStart = reader.position
    let message = plan.hotMessages[id]
    var seenRequired: UInt64 = 0
    while true {
      if reader.isAtEnd {
        if let group {
          reportWire(
            ProtoWireError(
              .unterminatedGroup(fieldNumber: group.number), at: reader.offset(of: group.tagIndex)),
            messageID: id, contentStart: contentStart)
          return false
        }
        break
      }
      let tagIndex = reader.position
      let tag: ProtoWireTag
      do throws(ProtoWireError) {
        tag = try reader.readTag()
      } catch {
        reportWire(error, messageID: id, contentStart: contentStart)
        return false
      }
      if tag.wireType == .endGroup {
        if let group, tag.fieldNumber == group.number { break }
        reportWire(
          ProtoWireError(
            .unmatchedEndGroup(fieldNumber: tag.fieldNumber, openGroup: group?.number),
            at: reader.offset(of: tagIndex)),
          messageID: id, contentStart: contentStart)
        return false
      }
      do throws(ProtoWireError) {
        guard let fieldIndex = plan.fieldIndex(message, messageID: id, number: tag.fieldNumber)
        else {
          reportUnknownField(tag, tagIndex: tagIndex, messageID: id, contentStart: contentStart)
          try reader.skipValue(
            of: tag, tagOffset: reader.offset(of: tagIndex),
            depthLeft: Self.depthLimit - depth)
          continue
        }
        let field = plan.hotFields[message.fieldStart + fieldIndex]
        do throws(ProtoWireError) {
          let read = try readValue(
            field,
            at: FieldSite(messageID: id, fieldIndex: fieldIndex, contentStart: contentStart),
            tag: tag, tagIndex: tagIndex, reader: &reader, depth: depth)
          guard read else { return false }
        } catch {
          // The value of a declared field is cut off or malformed: name the field.
          reportWire(
            error, messageID: id, contentStart: contentStart, field: (fieldIndex, tagIndex))
          return false
        }
        if field.requiredBit >= 0 && field.requiredBit < 64 {
          seenRequired |= 1 &<< UInt64(field.requiredBit)
        }
      } catch {
        reportWire(error, messageID: id, contentStart: contentStart)
        return false
      }
    }
    if message.hasRequiredFields {
      checkRequired(seen: seenRequired, messageID: id, contentStart: contentStart)
    }
    return true
  }

  /// Where a field's value is: its message, its index in the message's fields, and the
  /// start of the message's content (from which findings build their pointers).
  struct FieldSite {
    var messageID: Int
    var fieldIndex: Int
    var contentStart: Int
  }

  /// Reads one value of a declared field. Returns false when a group inside stopped on a
  /// structural error it reported.
  @inline(__always)
  private mutating func readValue(
    _ field: ProtoBinaryPlan.HotField, at site: FieldSite, tag: ProtoWireTag, tagIndex: Int,
    reader: inout ProtoWireReader, depth: Int
  ) throws(ProtoWireError) -> Bool {
    let kind = field.kind
    if tag.wireType == field.wireType {
      switch kind {
      case .varint:
        _ = try reader.readVarint()
      case .enumeration(let closedEnum):
        let valueIndex = reader.position
        let value = try reader.readVarint()
        if let closedEnum {
          checkEnum(
            value, closedEnum: closedEnum, site: site, tagIndex: tagIndex,
            valueIndex: valueIndex, packed: false)
        }
      case .fixed32:
        try reader.skipFixed(4, what: "fixed32 value")
      case .fixed64:
        try reader.skipFixed(8, what: "fixed64 value")
      case .string(let validatesUTF8):
        let range = try reader.readLengthDelimited()
        if validatesUTF8, let bad = PayloadUTF8.firstInvalidIndex(in: bytes, range: range) {
          reportInvalidUTF8(site: site, badIndex: bad, tagIndex: tagIndex)
        }
      case .bytes:
        _ = try reader.readLengthDelimited()
      case .message(let child):
        let range = try reader.readLengthDelimited()
        guard depth < Self.depthLimit else {
          reportWire(
            ProtoWireError(.tooDeep(limit: Self.depthLimit), at: reader.offset(of: tagIndex)),
            messageID: site.messageID, contentStart: site.contentStart,
            field: (site.fieldIndex, tagIndex))
          return true
        }
        walkEmbedded(child, range: range, depth: depth + 1)
      case .group(let child):
        guard depth < Self.depthLimit else {
          throw ProtoWireError(.tooDeep(limit: Self.depthLimit), at: reader.offset(of: tagIndex))
        }
        return walkFields(
          child, reader: &reader, group: (tag.fieldNumber, tagIndex), depth: depth + 1)
      case .unresolved:
        try reader.skipValue(
          of: tag, tagOffset: reader.offset(of: tagIndex), depthLeft: Self.depthLimit - depth)
      }
      return true
    }
    if case .unresolved = kind {
      try reader.skipValue(
        of: tag, tagOffset: reader.offset(of: tagIndex), depthLeft: Self.depthLimit - depth)
      return true
    }
    // Parsers accept both encodings of a repeated scalar, whatever the declaration says.
    if field.acceptsPacked && tag.wireType == .len {
      let range = try reader.readLengthDelimited()
      readPacked(kind, range: range, site: site, tagIndex: tagIndex)
      return true
    }
    reportWireTypeMismatch(site: site, actual: tag.wireType, tagIndex: tagIndex)
    try reader.skipValue(
      of: tag, tagOffset: reader.offset(of: tagIndex), depthLeft: Self.depthLimit - depth)
    return true
  }

  /// Reads a packed run; an error inside it is reported and reading goes on after the run,
  /// whose length is known.
  private mutating func readPacked(
    _ kind: ProtoBinaryPlan.ValueKind, range: Range<Int>, site: FieldSite, tagIndex: Int
  ) {
    do throws(ProtoWireError) {
      switch kind {
      case .fixed32, .fixed64:
        let width = kind.wireType == .i32 ? 4 : 8
        guard range.count % width == 0 else {
          let field = plan.messages[site.messageID].fields[site.fieldIndex]
          throw ProtoWireError(
            .packedLengthNotMultiple(
              what: "packed \(field.typeDescription) values", length: range.count, width: width),
            at: offset(range.lowerBound))
        }
      case .enumeration(let closedEnum):
        var packed = ProtoWireReader(bytes, range: range)
        while !packed.isAtEnd {
          let valueIndex = packed.position
          let value = try packed.readVarint()
          if let closedEnum {
            checkEnum(
              value, closedEnum: closedEnum, site: site, tagIndex: tagIndex,
              valueIndex: valueIndex, packed: true)
          }
        }
      default:
        var packed = ProtoWireReader(bytes, range: range)
        while !packed.isAtEnd { _ = try packed.readVarint() }
      }
    } catch {
      reportWire(
        error, messageID: site.messageID, contentStart: site.contentStart,
        field: (site.fieldIndex, tagIndex), elementIndex: bytes.startIndex + error.offset)
    }
  }

  // MARK: - Findings (built only when something is found)

  private mutating func add(_ finding: PayloadError) {
    if findings.count < maximumFindings { findings.append(finding) }
  }

  private var locator: ProtoBinaryLocator { ProtoBinaryLocator(plan: plan, bytes: bytes) }

  private func offset(_ index: Int) -> Int { index - bytes.startIndex }

  private mutating func reportWire(
    _ error: ProtoWireError, messageID: Int, contentStart: Int,
    field site: (fieldIndex: Int, tagIndex: Int)? = nil, elementIndex: Int? = nil
  ) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[messageID]
    let pointer: String
    let schemaLocation: String
    let text: String
    if let site {
      let field = message.fields[site.fieldIndex]
      pointer = locator.fieldPointer(
        contentStart: contentStart, field: field, tagIndex: site.tagIndex,
        elementIndex: elementIndex)
      schemaLocation = "\(message.fullName).\(field.name)"
      text = "field \(field.number) '\(field.name)' (\(field.typeDescription)): \(error.message)"
    } else {
      pointer = locator.messagePointer(contentStart: contentStart)
      schemaLocation = message.fullName
      text = "\(error.message) (in \(message.fullName))"
    }
    add(
      PayloadError(
        ruleID: error.ruleID, instanceLocation: pointer, schemaLocation: schemaLocation,
        byteOffset: error.offset, message: text))
  }

  private mutating func reportUnknownField(
    _ tag: ProtoWireTag, tagIndex: Int, messageID: Int, contentStart: Int
  ) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[messageID]
    add(
      PayloadError(
        ruleID: "PAYLOAD_UNKNOWN_FIELD", severity: .warning,
        instanceLocation: locator.messagePointer(contentStart: contentStart),
        schemaLocation: message.fullName, byteOffset: offset(tagIndex),
        message: "field \(tag.fieldNumber) (wire type \(tag.wireType.displayName)) at byte "
          + "\(offset(tagIndex)) is not declared in \(message.fullName); parsers keep it as an "
          + "unknown field"))
  }

  private mutating func reportWireTypeMismatch(
    site: FieldSite, actual: ProtoWireType, tagIndex: Int
  ) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[site.messageID]
    let field = message.fields[site.fieldIndex]
    let expected = field.kind.wireType.displayName
    let packedNote = field.isRepeated && field.kind.isPackable ? " or LEN (packed)" : ""
    add(
      PayloadError(
        ruleID: "PAYLOAD_WIRE_TYPE_MISMATCH",
        instanceLocation: locator.fieldPointer(
          contentStart: site.contentStart, field: field, tagIndex: tagIndex, elementIndex: nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(tagIndex),
        message: "field \(field.number) '\(field.name)' is a \(field.typeDescription) "
          + "(wire type \(expected)\(packedNote)) but the data has wire type "
          + "\(actual.displayName) at byte \(offset(tagIndex)); parsers drop the value into "
          + "unknown fields"))
  }

  private mutating func reportInvalidUTF8(site: FieldSite, badIndex: Int, tagIndex: Int) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[site.messageID]
    let field = message.fields[site.fieldIndex]
    add(
      PayloadError(
        ruleID: "PAYLOAD_INVALID_UTF8",
        instanceLocation: locator.fieldPointer(
          contentStart: site.contentStart, field: field, tagIndex: tagIndex, elementIndex: nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(badIndex),
        message: "field \(field.number) '\(field.name)' is a string but its bytes are not "
          + "valid UTF-8 at byte \(offset(badIndex))"))
  }

  private mutating func checkEnum(
    _ value: UInt64, closedEnum: Int, site: FieldSite, tagIndex: Int, valueIndex: Int,
    packed: Bool
  ) {
    let number = Int32(truncatingIfNeeded: value)
    guard !plan.closedEnums[closedEnum].declares(number), findings.count < maximumFindings
    else { return }
    let enumeration = plan.closedEnums[closedEnum]
    let message = plan.messages[site.messageID]
    let field = message.fields[site.fieldIndex]
    add(
      PayloadError(
        ruleID: "PAYLOAD_UNKNOWN_SYMBOL", severity: .warning,
        instanceLocation: locator.fieldPointer(
          contentStart: site.contentStart, field: field, tagIndex: tagIndex,
          elementIndex: packed ? valueIndex : nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(valueIndex),
        message: "field \(field.number) '\(field.name)' has \(number) at byte "
          + "\(offset(valueIndex)), which is not a value of the closed enum "
          + "\(enumeration.fullName); parsers keep it as an unknown field"))
  }

  private mutating func checkRequired(seen: UInt64, messageID: Int, contentStart: Int) {
    let message = plan.messages[messageID]
    for (bit, position) in message.requiredFields.enumerated() where bit < 64 {
      if seen & (1 &<< UInt64(bit)) != 0 { continue }
      let field = message.fields[position]
      let pointer = locator.messagePointer(contentStart: contentStart)
      add(
        PayloadError(
          ruleID: "PAYLOAD_MISSING_FIELD",
          instanceLocation: PayloadPointer.appending(field.pointerToken, to: pointer),
          schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(contentStart),
          message: "required field \(field.number) '\(field.name)' of \(message.fullName) is "
            + "missing from the message that starts at byte \(offset(contentStart))"))
    }
  }
}
