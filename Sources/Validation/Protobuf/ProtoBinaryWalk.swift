import SchemaModel

/// One pass over a binary payload: reads every field as protoc and upb read it and collects
/// what they would reject (errors) or keep as unknown fields (warnings). Nothing is allocated
/// and no text is built unless something is found.
struct ProtoBinaryWalk {
  let plan: ProtoBinaryPlan
  let bytes: ArraySlice<UInt8>
  let maximumFindings: Int
  private(set) var findings: [PayloadError] = []

  init(plan: ProtoBinaryPlan, bytes: ArraySlice<UInt8>, maximumFindings: Int) {
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
    let message = plan.messages[id]
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
        guard let fieldIndex = message.fieldIndex(number: tag.fieldNumber) else {
          reportUnknownField(tag, tagIndex: tagIndex, messageID: id, contentStart: contentStart)
          try reader.skipValue(
            of: tag, tagOffset: reader.offset(of: tagIndex),
            depthLeft: Self.depthLimit - depth)
          continue
        }
        let field = message.fields[fieldIndex]
        let read = try readValue(
          field, tag: tag, tagIndex: tagIndex, reader: &reader, messageID: id,
          contentStart: contentStart, depth: depth)
        guard read else { return false }
        if let bit = field.requiredBit, bit < 64 { seenRequired |= 1 &<< UInt64(bit) }
      } catch {
        reportWire(error, messageID: id, contentStart: contentStart)
        return false
      }
    }
    if !message.requiredFields.isEmpty {
      checkRequired(message, seen: seenRequired, messageID: id, contentStart: contentStart)
    }
    return true
  }

  /// Reads one value of a declared field. Returns false when a group inside stopped on a
  /// structural error it reported.
  @inline(__always)
  private mutating func readValue(
    _ field: ProtoBinaryPlan.Field, tag: ProtoWireTag, tagIndex: Int,
    reader: inout ProtoWireReader, messageID: Int, contentStart: Int, depth: Int
  ) throws(ProtoWireError) -> Bool {
    let kind = field.kind
    if tag.wireType == kind.wireType {
      switch kind {
      case .varint:
        _ = try reader.readVarint()
      case .enumeration(let closedEnum):
        let valueIndex = reader.position
        let value = try reader.readVarint()
        if let closedEnum {
          checkEnum(
            value, closedEnum: closedEnum, field: field, tagIndex: tagIndex,
            valueIndex: valueIndex, packed: false, messageID: messageID,
            contentStart: contentStart)
        }
      case .fixed32:
        try reader.skipFixed(4, what: "\(field.typeDescription) value")
      case .fixed64:
        try reader.skipFixed(8, what: "\(field.typeDescription) value")
      case .string(let validatesUTF8):
        let range = try reader.readLengthDelimited()
        if validatesUTF8, let bad = ProtoBinaryUTF8.firstInvalidIndex(in: bytes, range: range) {
          reportInvalidUTF8(
            field, badIndex: bad, tagIndex: tagIndex, messageID: messageID,
            contentStart: contentStart)
        }
      case .bytes:
        _ = try reader.readLengthDelimited()
      case .message(let child):
        let range = try reader.readLengthDelimited()
        guard depth < Self.depthLimit else {
          reportWire(
            ProtoWireError(.tooDeep(limit: Self.depthLimit), at: reader.offset(of: tagIndex)),
            messageID: messageID, contentStart: contentStart, field: field, tagIndex: tagIndex)
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
    if field.isRepeated && kind.isPackable && tag.wireType == .len {
      let range = try reader.readLengthDelimited()
      readPacked(
        field, range: range, tagIndex: tagIndex, messageID: messageID,
        contentStart: contentStart)
      return true
    }
    reportWireTypeMismatch(
      field, actual: tag.wireType, tagIndex: tagIndex, messageID: messageID,
      contentStart: contentStart)
    try reader.skipValue(
      of: tag, tagOffset: reader.offset(of: tagIndex), depthLeft: Self.depthLimit - depth)
    return true
  }

  /// Reads a packed run; an error inside it is reported and reading goes on after the run,
  /// whose length is known.
  private mutating func readPacked(
    _ field: ProtoBinaryPlan.Field, range: Range<Int>, tagIndex: Int, messageID: Int,
    contentStart: Int
  ) {
    do throws(ProtoWireError) {
      switch field.kind {
      case .fixed32, .fixed64:
        let width = field.kind.wireType == .i32 ? 4 : 8
        guard range.count % width == 0 else {
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
              value, closedEnum: closedEnum, field: field, tagIndex: tagIndex,
              valueIndex: valueIndex, packed: true, messageID: messageID,
              contentStart: contentStart)
          }
        }
      default:
        var packed = ProtoWireReader(bytes, range: range)
        while !packed.isAtEnd { _ = try packed.readVarint() }
      }
    } catch {
      reportWire(
        error, messageID: messageID, contentStart: contentStart, field: field,
        tagIndex: tagIndex)
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
    field: ProtoBinaryPlan.Field? = nil, tagIndex: Int? = nil
  ) {
    let message = plan.messages[messageID]
    let pointer: String
    let schemaLocation: String
    if let field {
      pointer = locator.fieldPointer(
        contentStart: contentStart, field: field,
        tagIndex: tagIndex ?? bytes.startIndex + error.offset, elementIndex: nil)
      schemaLocation = "\(message.fullName).\(field.name)"
    } else {
      pointer = locator.messagePointer(contentStart: contentStart)
      schemaLocation = message.fullName
    }
    add(
      PayloadError(
        ruleID: error.ruleID, instanceLocation: pointer, schemaLocation: schemaLocation,
        byteOffset: error.offset, message: "\(error.message) (in \(message.fullName))"))
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
    _ field: ProtoBinaryPlan.Field, actual: ProtoWireType, tagIndex: Int, messageID: Int,
    contentStart: Int
  ) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[messageID]
    let expected = field.kind.wireType.displayName
    let packedNote = field.isRepeated && field.kind.isPackable ? " or LEN (packed)" : ""
    add(
      PayloadError(
        ruleID: "PAYLOAD_WIRE_TYPE_MISMATCH",
        instanceLocation: locator.fieldPointer(
          contentStart: contentStart, field: field, tagIndex: tagIndex, elementIndex: nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(tagIndex),
        message: "field \(field.number) '\(field.name)' is a \(field.typeDescription) "
          + "(wire type \(expected)\(packedNote)) but the data has wire type "
          + "\(actual.displayName) at byte \(offset(tagIndex)); parsers drop the value into "
          + "unknown fields"))
  }

  private mutating func reportInvalidUTF8(
    _ field: ProtoBinaryPlan.Field, badIndex: Int, tagIndex: Int, messageID: Int,
    contentStart: Int
  ) {
    guard findings.count < maximumFindings else { return }
    let message = plan.messages[messageID]
    add(
      PayloadError(
        ruleID: "PAYLOAD_INVALID_UTF8",
        instanceLocation: locator.fieldPointer(
          contentStart: contentStart, field: field, tagIndex: tagIndex, elementIndex: nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(badIndex),
        message: "field \(field.number) '\(field.name)' is a string but its bytes are not "
          + "valid UTF-8 at byte \(offset(badIndex))"))
  }

  private mutating func checkEnum(
    _ value: UInt64, closedEnum: Int, field: ProtoBinaryPlan.Field, tagIndex: Int,
    valueIndex: Int, packed: Bool, messageID: Int, contentStart: Int
  ) {
    let number = Int32(truncatingIfNeeded: value)
    let enumeration = plan.closedEnums[closedEnum]
    guard !enumeration.declares(number), findings.count < maximumFindings else { return }
    let message = plan.messages[messageID]
    add(
      PayloadError(
        ruleID: "PAYLOAD_UNKNOWN_SYMBOL", severity: .warning,
        instanceLocation: locator.fieldPointer(
          contentStart: contentStart, field: field, tagIndex: tagIndex,
          elementIndex: packed ? valueIndex : nil),
        schemaLocation: "\(message.fullName).\(field.name)", byteOffset: offset(valueIndex),
        message: "field \(field.number) '\(field.name)' has \(number) at byte "
          + "\(offset(valueIndex)), which is not a value of the closed enum "
          + "\(enumeration.fullName); parsers keep it as an unknown field"))
  }

  private mutating func checkRequired(
    _ message: ProtoBinaryPlan.Message, seen: UInt64, messageID: Int, contentStart: Int
  ) {
    for (bit, position) in message.requiredFields.enumerated() {
      if bit < 64 && seen & (1 &<< UInt64(bit)) != 0 { continue }
      if bit >= 64 { continue }
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
