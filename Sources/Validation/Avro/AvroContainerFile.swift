/// An Avro object container file (spec "Object Container Files"): the header (magic, metadata
/// with the writer schema and codec, sync marker) and the blocks of records, inflated.
public struct AvroContainerFile: Sendable {
  /// The codecs whose blocks can be read.
  public static let supportedCodecs = ["null", "deflate"]

  /// One metadata entry of the header.
  public struct MetadataEntry: Hashable, Sendable {
    public var key: String
    public var value: [UInt8]
  }

  /// One block: its records' bytes (inflated) and where it is in the file.
  public struct Block: Sendable {
    /// How many records the block says it holds.
    public var count: Int
    /// The records' bytes, inflated for the deflate codec.
    public var data: [UInt8]
    /// The file offset of the block's (possibly compressed) data.
    public var fileOffset: Int
    /// True when `data` was inflated, so offsets in it are not file offsets.
    public var isInflated: Bool
  }

  /// The header's metadata in file order.
  public var metadata: [MetadataEntry]
  /// The `avro.schema` metadata: the schema every record was written with.
  public var writerSchemaJSON: [UInt8]
  /// `null` or `deflate` (other codecs are refused by `read`).
  public var codec: String
  public var syncMarker: [UInt8]
  public var blocks: [Block]

  /// The number of records all blocks claim.
  public var recordCount: Int { blocks.reduce(0) { $0 + $1.count } }

  /// Reads the header and every block (checking each sync marker, inflating deflate blocks up to
  /// `blockOutputLimit` bytes each).
  public static func read(_ bytes: [UInt8], blockOutputLimit: Int = Inflate.defaultOutputLimit)
    throws(AvroContainerError) -> AvroContainerFile
  {
    try bytes.withUnsafeBufferPointer { buffer throws(AvroContainerError) in
      var reader = AvroContainerReader(
        cursor: AvroBinaryCursor(buffer), blockOutputLimit: blockOutputLimit)
      return try reader.file()
    }
  }
}
