import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Builds the XML reports with Foundation's XML tree (libxml2 on Linux), which escapes markup;
/// this adds what it cannot do: drop characters that XML 1.0 cannot carry at all.
enum XMLText {
  /// Replaces each character XML 1.0 forbids (control characters other than tab, newline and
  /// carriage return, U+FFFE, U+FFFF) with a visible `\u{1}` escape, so schema text stays
  /// readable and the document stays well-formed.
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isForbidden) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isForbidden(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: false
    case 0..<0x20, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// An element with attributes in the order given and optional text, all sanitized.
  static func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil)
    -> XMLElement
  {
    let element = XMLElement(name: name, stringValue: text.map(sanitized))
    for (key, value) in attributes {
      let attribute = XMLNode(kind: .attribute)
      attribute.name = key
      attribute.stringValue = sanitized(value)
      element.addAttribute(attribute)
    }
    return element
  }

  /// The document with an XML declaration, indented, empty elements closed with `/>`, ending
  /// in one newline.
  static func document(_ root: XMLElement) -> String {
    let document = XMLDocument(rootElement: root)
    document.version = "1.0"
    document.characterEncoding = "UTF-8"
    let text = document.xmlString(options: [.nodePrettyPrint, .nodeCompactEmptyElement])
    return String(text.reversed().drop { $0 == "\n" }.reversed()) + "\n"
  }
}
