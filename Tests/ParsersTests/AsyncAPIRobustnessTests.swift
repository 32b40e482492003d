import Parsers
import SchemaModel
import Testing

@Suite struct AsyncAPIRobustnessTests {
  /// Each schema uses the next one twice: inlined, 40 levels would be 2^40 values.
  @Test func referencesThatMultiplyAreStoppedAtTheLimit() throws {
    var schemas = "    S40: { type: string }\n"
    for level in 0..<40 {
      schemas +=
        "    S\(level): { type: object, properties: "
        + "{ a: { $ref: '#/components/schemas/S\(level + 1)' }, "
        + "b: { $ref: '#/components/schemas/S\(level + 1)' } } }\n"
    }
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message: { name: M, payload: { $ref: '#/components/schemas/S0' } }
      components:
        schemas:
      \(schemas)
      """
    ])
    #expect(document.ruleIDs == ["ASYNCAPI_REF_UNRESOLVED"])
    #expect(document.diagnostics.first?.message.contains("limit") == true)
    #expect(document.message("M") != nil)
  }

  @Test func deeplyNestedInlineSchemasAreStopped() throws {
    let depth = 400
    let nested =
      String(repeating: "{ properties: { a: ", count: depth) + "{}"
      + String(repeating: " } }", count: depth)
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message: { name: M, payload: \(nested) }
      """
    ])
    #expect(document.ruleIDs == ["ASYNCAPI_REF_UNRESOLVED"])
  }

  /// Every prefix of a real document parses to a document or to findings, never a crash.
  @Test func everyPrefixOfADocumentIsHandled() {
    let text = AsyncAPIV3Tests.customers
    let bytes = Array(text.utf8)
    var documents = 0
    for length in stride(from: 0, through: bytes.count, by: 7) {
      let prefix = String(decoding: bytes.prefix(length), as: UTF8.self)
      let document = parseAsyncAPI([
        "api/service.yaml": prefix, "api/schemas/customer.avsc": "{}",
      ])
      if document.version != nil { documents += 1 }
    }
    #expect(documents > 10)
  }
}
