/// Escaping of untrusted text (everything from schemas, config and AsyncAPI documents) for HTML
/// text and attribute values. It is the only way user text enters a page.
enum HTMLText {
  /// `text` with `& < > " '` escaped and terminal control characters removed; safe in element
  /// content and in quoted attribute values.
  static func escape(_ text: String) -> String {
    // Most text (names, types, schema lines) has nothing to escape: returned as it is.
    if text.utf8.allSatisfy(isPlain) { return text }
    // Byte by byte: the specials and controls are ASCII, except C1 controls, which UTF-8
    // writes as 0xC2 followed by 0x80...0x9F.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 32)
    var skipContinuation = false
    for byte in text.utf8 {
      if skipContinuation {
        skipContinuation = false
        if (0x80...0x9F).contains(byte) { continue }
        out.append(0xC2)
      }
      switch byte {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
      case 0x09, 0x0A, 0x0D: out.append(byte)
      case 0x00...0x1F, 0x7F: continue
      case 0xC2: skipContinuation = true
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `text` without terminal control characters (ESC sequences, C1 controls, DEL); newlines and
  /// tabs stay.
  static func stripControls(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars where !isControl(scalar) { out.unicodeScalars.append(scalar) }
    return out
  }

  /// A printable ASCII byte (or tab, newline, carriage return) that escaping keeps as it is.
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09, 0x0A, 0x0D: true
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      false
    case 0x20...0x7E: true
    default: false
    }
  }

  /// C0 controls except tab, newline and carriage return; DEL; C1 controls.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
