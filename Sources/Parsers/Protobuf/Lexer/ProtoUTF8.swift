import SchemaModel

/// UTF-8 validation for whole files.
enum ProtoUTF8 {
  /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      let minimum: UInt32
      var value: UInt32
      switch byte {
      case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(byte & 0x1F))
      case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(byte & 0x0F))
      case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(byte & 0x07))
      default: return index
      }
      guard index + length <= count else { return index }
      for offset in 1..<length {
        let next = bytes[index + offset]
        guard next & 0xC0 == 0x80 else { return index }
        value = value << 6 | UInt32(next & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
      index += length
    }
    return nil
  }

  /// Line and column of an offset, counted like the lexer (tabs to the next multiple of 8).
  static func position(of offset: Int, in bytes: [UInt8]) -> TextPosition {
    var line = 1
    var column = 0
    var index = 0
    while index < offset && index < bytes.count {
      if bytes[index] == 0x0A {
        line += 1
        column = 0
      } else {
        column += bytes[index] == 0x09 ? 8 - column % 8 : 1
      }
      index += 1
    }
    return TextPosition(line: line, column: column + 1)
  }
}
