import SchemaModel

/// A stream of varint-length-delimited messages (Java's `writeDelimitedTo`, C++'s
/// `SerializeDelimitedToOstream`, a Python `_VarintBytes(len(data)) + data` prefix).
public enum ProtoDelimitedStream {
  /// The messages in order, and the error that stopped the split (a truncated length prefix or
  /// message); offsets count from the stream's first byte.
  public static func split(_ bytes: ArraySlice<UInt8>) -> ([ArraySlice<UInt8>], PayloadError?) {
    ProtoWireReader.reading(bytes) { reader in split(bytes, reader: &reader) }
  }

  private static func split(_ bytes: ArraySlice<UInt8>, reader: inout ProtoWireReader)
    -> ([ArraySlice<UInt8>], PayloadError?)
  {
    var messages: [ArraySlice<UInt8>] = []
    while !reader.isAtEnd {
      let prefixOffset = reader.offset
      do throws(ProtoWireError) {
        let range = try reader.readLengthDelimited()
        messages.append(
          bytes[(bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)])
      } catch {
        let payloadError = PayloadError(
          ruleID: error.ruleID, instanceLocation: PayloadPointer.appending(messages.count, to: ""),
          schemaLocation: "", byteOffset: error.offset,
          message:
            "message \(messages.count) of the delimited stream, whose length prefix starts at byte "
            + "\(prefixOffset): \(error.message)")
        return (messages, payloadError)
      }
    }
    return (messages, nil)
  }
}
