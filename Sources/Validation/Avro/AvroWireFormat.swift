/// Confluent Schema Registry's framing of a Kafka message: the magic byte 0, the schema id as a
/// 4-byte big-endian integer, then the datum.
public enum AvroWireFormat {
  /// The schema id and the datum of a framed message; nil when `bytes` is not framed (shorter
  /// than 5 bytes or a first byte other than 0).
  public static func unframe(_ bytes: ArraySlice<UInt8>) -> (
    schemaID: UInt32, datum: ArraySlice<UInt8>
  )? {
    guard bytes.count >= 5, bytes[bytes.startIndex] == 0 else { return nil }
    var schemaID: UInt32 = 0
    for index in (bytes.startIndex + 1)..<(bytes.startIndex + 5) {
      schemaID = schemaID << 8 | UInt32(bytes[index])
    }
    return (schemaID, bytes[(bytes.startIndex + 5)...])
  }
}
