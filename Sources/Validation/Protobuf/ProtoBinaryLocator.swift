import Parsers
import SchemaModel

/// Builds the JSON Pointer of a finding after the fact, by reading the payload again from the
/// root down to the message that holds it, so that the walk itself keeps no path. Tokens are
/// JSON names, element indices of repeated fields (packed runs count each element) and map
/// keys as the JSON mapping writes them.
struct ProtoBinaryLocator {
  let plan: ProtoBinaryPlan
  let bytes: UnsafeBufferPointer<UInt8>

  /// The pointer to the message whose content starts at `contentStart`.
  func messagePointer(contentStart: Int) -> String { locate(contentStart).pointer }

  /// The pointer to one value of `field` in the message whose content starts at
  /// `contentStart`: the value whose tag is at `tagIndex`, or, in a packed run, the element
  /// that starts at `elementIndex`.
  func fieldPointer(
    contentStart: Int, field: ProtoBinaryPlan.Field, tagIndex: Int, elementIndex: Int?
  ) -> String {
    let located = locate(contentStart)
    // The key and value of a map entry are named by the key token already.
    if plan.messages[located.messageID].isMapEntry { return located.pointer }
    let pointer = PayloadPointer.appending(field.pointerToken, to: located.pointer)
    guard field.isRepeated else { return pointer }
    let position = elementPosition(
      of: field, in: located.messageID, range: contentStart..<located.end, tagIndex: tagIndex,
      elementIndex: elementIndex)
    return PayloadPointer.appending(position, to: pointer)
  }

  private struct Located {
    var pointer: String
    var messageID: Int
    /// The end of the innermost length-delimited range that holds the message.
    var end: Int
  }

  private func locate(_ target: Int) -> Located {
    var located = Located(pointer: "", messageID: plan.root, end: bytes.endIndex)
    var start = bytes.startIndex
    for _ in 0...ProtoWireReader.recursionLimit + 1 where start != target {
      guard let step = step(into: located, from: start, toward: target) else { break }
      located = step.located
      start = step.start
    }
    return located
  }

  /// Finds, among the fields of the located message, the message value that holds `target`.
  private func step(into located: Located, from start: Int, toward target: Int)
    -> (located: Located, start: Int)?
  {
    let message = plan.messages[located.messageID]
    var reader = ProtoWireReader(bytes, range: start..<located.end)
    var counts: [Int: Int] = [:]
    while !reader.isAtEnd {
      guard let tag = try? reader.readTag(), tag.wireType != .endGroup else { return nil }
      let index = message.fieldIndex(number: tag.fieldNumber)
      let field = index.map { message.fields[$0] }
      let occurrence = counts[tag.fieldNumber, default: 0]
      counts[tag.fieldNumber] = occurrence + 1
      if let field, tag.wireType == field.kind.wireType {
        switch field.kind {
        case .message(let child):
          guard let range = try? reader.readLengthDelimited() else { return nil }
          if range.lowerBound <= target && target <= range.upperBound {
            let token =
              message.isMapEntry
              ? "" : token(for: field, occurrence: occurrence, entry: range, child: child)
            return (
              Located(
                pointer: located.pointer + token, messageID: child, end: range.upperBound),
              range.lowerBound
            )
          }
          continue
        case .group(let child):
          let contentStart = reader.position
          let skipped: Void? = try? reader.skipGroup(
            fieldNumber: tag.fieldNumber, tagOffset: 0,
            depthLeft: ProtoWireReader.recursionLimit)
          if contentStart <= target && (skipped == nil || target < reader.position) {
            let token =
              message.isMapEntry
              ? "" : token(for: field, occurrence: occurrence, entry: nil, child: child)
            return (
              Located(pointer: located.pointer + token, messageID: child, end: located.end),
              contentStart
            )
          }
          guard skipped != nil else { return nil }
          continue
        default:
          break
        }
      }
      guard
        (try? reader.skipValue(of: tag, tagOffset: 0, depthLeft: ProtoWireReader.recursionLimit))
          != nil
      else { return nil }
    }
    return nil
  }

  private func token(
    for field: ProtoBinaryPlan.Field, occurrence: Int, entry: Range<Int>?, child: Int
  ) -> String {
    let message = PayloadPointer.appending(field.pointerToken, to: "")
    if field.isMap, let entry { return PayloadPointer.appending(mapKey(entry, child), to: message) }
    if field.isRepeated { return PayloadPointer.appending(occurrence, to: message) }
    return message
  }

  /// The position of a value among all values of `field` in the message (packed runs count
  /// every element).
  private func elementPosition(
    of field: ProtoBinaryPlan.Field, in messageID: Int, range: Range<Int>, tagIndex: Int,
    elementIndex: Int?
  ) -> Int {
    var reader = ProtoWireReader(bytes, range: range)
    var position = 0
    while !reader.isAtEnd {
      let thisTag = reader.position
      guard let tag = try? reader.readTag(), tag.wireType != .endGroup else { break }
      let isPackedRun =
        tag.fieldNumber == field.number && tag.wireType == .len && field.kind.isPackable
      if isPackedRun, let run = try? reader.readLengthDelimited() {
        let limit = thisTag == tagIndex ? (elementIndex ?? run.lowerBound) : run.upperBound
        position += elementCount(of: field, in: run.lowerBound..<max(run.lowerBound, limit))
        if thisTag >= tagIndex { break }
        continue
      }
      if thisTag >= tagIndex { break }
      if tag.fieldNumber == field.number { position += 1 }
      guard
        (try? reader.skipValue(of: tag, tagOffset: 0, depthLeft: ProtoWireReader.recursionLimit))
          != nil
      else { break }
    }
    return position
  }

  private func elementCount(of field: ProtoBinaryPlan.Field, in range: Range<Int>) -> Int {
    switch field.kind.wireType {
    case .i32: return range.count / 4
    case .i64: return range.count / 8
    default:
      // Each varint ends with a byte below 0x80.
      return bytes[range].reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) }
    }
  }

  /// The key of a map entry as the JSON mapping writes it (the default when absent).
  private func mapKey(_ entry: Range<Int>, _ entryID: Int) -> String {
    let keyField = plan.messages[entryID].fields[0]
    let scalar = ProtoScalar(rawValue: keyField.typeDescription) ?? .string
    var reader = ProtoWireReader(bytes, range: entry)
    var key = scalar == .string ? "" : (scalar == .bool ? "false" : "0")
    while !reader.isAtEnd {
      guard let tag = try? reader.readTag() else { break }
      if tag.fieldNumber == 1 && tag.wireType == keyField.kind.wireType {
        if let text = keyText(scalar, reader: &reader) { key = text } else { break }
        continue
      }
      guard (try? reader.skipValue(of: tag, tagOffset: 0, depthLeft: 1)) != nil else { break }
    }
    return key
  }

  private func keyText(_ scalar: ProtoScalar, reader: inout ProtoWireReader) -> String? {
    switch scalar {
    case .string:
      guard let range = try? reader.readLengthDelimited() else { return nil }
      return String(decoding: bytes[range], as: UTF8.self)
    case .fixed32: return (try? reader.readFixed32()).map { String($0) }
    case .sfixed32: return (try? reader.readFixed32()).map { String(Int32(bitPattern: $0)) }
    case .fixed64: return (try? reader.readFixed64()).map { String($0) }
    case .sfixed64: return (try? reader.readFixed64()).map { String(Int64(bitPattern: $0)) }
    default:
      guard let value = try? reader.readVarint() else { return nil }
      switch scalar {
      case .int32: return String(Int32(truncatingIfNeeded: value))
      case .int64: return String(Int64(bitPattern: value))
      case .uint32: return String(UInt32(truncatingIfNeeded: value))
      case .sint32:
        let raw = UInt32(truncatingIfNeeded: value)
        return String(Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
      case .sint64: return String(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
      case .bool: return value != 0 ? "true" : "false"
      default: return String(value)
      }
    }
  }
}
