/// Recently made short strings, found by their bytes, so repeated keys and values (`"type"`,
/// `"EUR"`) reuse one `String` instead of building and checking it again.
///
/// A direct-mapped table of strings of up to 16 bytes, keyed by their bytes loaded as two words.
/// The owner must call `release()` exactly once.
struct JSONStringCache {
  private struct Entry {
    var low: UInt64
    var high: UInt64
    var length: Int
    var string: String
  }

  private let slotBits: Int
  private let entries: UnsafeMutablePointer<Entry>

  /// A table sized for a text of `textSize` bytes: small texts (most schemas) get a small one.
  init(textSize: Int) {
    var bits = 4
    while bits < 10 && (32 << bits) < textSize { bits += 1 }
    slotBits = bits
    entries = .allocate(capacity: 1 << bits)
    entries.initialize(
      repeating: Entry(low: 0, high: 0, length: -1, string: ""), count: 1 << bits)
  }

  func release() {
    entries.deinitialize(count: 1 << slotBits)
    entries.deallocate()
  }

  /// The string of the well-formed UTF-8 in `bytes[start..<end]`.
  @inline(__always)
  func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
    let length = end - start
    // Two unaligned 8-byte loads must stay inside the buffer.
    guard length <= 16, start + 16 <= bytes.count, let base = bytes.baseAddress else {
      return Self.make(bytes, from: start, to: end)
    }
    let raw = UnsafeRawPointer(base + start)
    let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & Self.mask(keeping: length)
    let high =
      length > 8
      ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        & Self.mask(keeping: length - 8) : 0
    let hash =
      (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length))
      &* 0xFF51_AFD7_ED55_8CCD
    let entry = entries + Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
    if entry.pointee.low == low && entry.pointee.high == high && entry.pointee.length == length {
      return entry.pointee.string
    }
    let string = Self.make(bytes, from: start, to: end)
    entry.pointee = Entry(low: low, high: high, length: length, string: string)
    return string
  }

  /// A mask keeping the first `count` bytes of a word read as little-endian.
  @inline(__always)
  private static func mask(keeping count: Int) -> UInt64 {
    count >= 8 ? ~0 : (1 << UInt64(truncatingIfNeeded: count * 8)) &- 1
  }

  @inline(__always)
  private static func make(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
