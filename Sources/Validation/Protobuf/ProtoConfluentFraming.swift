import Parsers

/// Confluent Schema Registry's framing of a Protobuf message: magic byte 0, the schema id as
/// 4 big-endian bytes, the message indexes (a zig-zag varint count, then that many zig-zag
/// varint indexes; a single 0 stands for `[0]`), then the message.
public enum ProtoConfluentFraming {
  /// nil when the bytes do not start with the magic byte and a well-formed index list.
  public static func unframe(_ bytes: ArraySlice<UInt8>)
    -> (schemaID: UInt32, messageIndexes: [Int], message: ArraySlice<UInt8>)?
  {
    let start = bytes.startIndex
    guard bytes.count >= 6, bytes[start] == 0 else { return nil }
    var schemaID: UInt32 = 0
    for index in (start + 1)...(start + 4) { schemaID = schemaID << 8 | UInt32(bytes[index]) }
    var position = start + 5
    guard let count = readZigZag(bytes, at: &position), count >= 0 else { return nil }
    if count == 0 { return (schemaID, [0], bytes[position...]) }
    // Each index takes at least one byte, so a count larger than the bytes left is malformed.
    guard count <= bytes.endIndex - position else { return nil }
    var indexes: [Int] = []
    indexes.reserveCapacity(count)
    for _ in 0..<count {
      guard let index = readZigZag(bytes, at: &position), index >= 0 else { return nil }
      indexes.append(index)
    }
    return (schemaID, indexes, bytes[position...])
  }

  /// The full name of the message the indexes select in a file (top-level, then nested), or
  /// nil. Messages count in declaration order; enums, map entries and group messages do not
  /// count, as Schema Registry's `ProtobufSchema.toMessageIndexes` counts them.
  public static func messageName(for indexes: [Int], in file: ProtoFile) -> String? {
    var candidates = file.messages.filter { !$0.isGroup }
    var selected: ProtoMessage?
    for index in indexes {
      guard index >= 0, index < candidates.count else { return nil }
      let message = candidates[index]
      selected = message
      candidates = message.messages.filter { !$0.isGroup }
    }
    return selected?.fullName
  }

  /// The index list that selects `messageName` in `file`, or nil when the file does not
  /// declare it.
  public static func messageIndexes(for messageName: String, in file: ProtoFile) -> [Int]? {
    func search(_ messages: [ProtoMessage], path: [Int]) -> [Int]? {
      for (index, message) in messages.filter({ !$0.isGroup }).enumerated() {
        if message.fullName == messageName { return path + [index] }
        if messageName.hasPrefix(message.fullName + "."),
          let found = search(message.messages, path: path + [index])
        {
          return found
        }
      }
      return nil
    }
    return search(file.messages, path: [])
  }

  /// The bytes Confluent's serializer writes before a message (with the `[0]` shorthand).
  public static func header(schemaID: UInt32, messageIndexes: [Int]) -> [UInt8] {
    var bytes: [UInt8] = [
      0, UInt8(truncatingIfNeeded: schemaID >> 24), UInt8(truncatingIfNeeded: schemaID >> 16),
      UInt8(truncatingIfNeeded: schemaID >> 8), UInt8(truncatingIfNeeded: schemaID),
    ]
    if messageIndexes == [0] {
      bytes.append(0)
      return bytes
    }
    appendZigZag(messageIndexes.count, to: &bytes)
    for index in messageIndexes { appendZigZag(index, to: &bytes) }
    return bytes
  }

  /// A zig-zag varint of at most 5 bytes that fits in 32 bits (Confluent's `readVarint`).
  private static func readZigZag(_ bytes: ArraySlice<UInt8>, at position: inout Int) -> Int? {
    var raw: UInt32 = 0
    for byteIndex in 0..<5 {
      guard position < bytes.endIndex else { return nil }
      let byte = bytes[position]
      position += 1
      if byteIndex == 4 && byte > 0x0F { return nil }
      raw |= UInt32(byte & 0x7F) << (7 * UInt32(byteIndex))
      if byte < 0x80 { return Int(Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))) }
    }
    return nil
  }

  private static func appendZigZag(_ value: Int, to bytes: inout [UInt8]) {
    let signed = Int32(truncatingIfNeeded: value)
    var raw = UInt32(bitPattern: (signed << 1) ^ (signed >> 31))
    while raw >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: raw) | 0x80)
      raw >>= 7
    }
    bytes.append(UInt8(raw))
  }
}
