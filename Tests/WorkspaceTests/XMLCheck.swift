import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads reporter XML back with libxml2 (through Foundation), strictly: `XMLDocument` recovers
/// from errors, so the SAX parser checks well-formedness first.
enum XMLCheck {
  static func parse(_ xml: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> XMLElement
  {
    let parser = XMLParser(data: Data(xml.utf8))
    let parsed = parser.parse()
    #expect(
      parsed && parser.parserError == nil,
      "not well-formed: \(String(describing: parser.parserError))",
      sourceLocation: sourceLocation)
    let document = try XMLDocument(xmlString: xml, options: [])
    return try #require(document.rootElement(), sourceLocation: sourceLocation)
  }

  static func attribute(_ name: String, of element: XMLElement) -> String? {
    element.attribute(forName: name)?.stringValue
  }

  /// Every descendant element with this name, in document order.
  static func descendants(_ name: String, of element: XMLElement) -> [XMLElement] {
    var found: [XMLElement] = []
    for child in element.children ?? [] {
      guard let child = child as? XMLElement else { continue }
      if child.name == name { found.append(child) }
      found += descendants(name, of: child)
    }
    return found
  }
}
