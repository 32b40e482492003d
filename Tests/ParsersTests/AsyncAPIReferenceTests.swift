import Parsers
import SchemaModel
import Testing

@Suite struct AsyncAPIReferenceTests {
  static func document(payloadRef: String, extra: [String: String] = [:]) -> AsyncAPIDocument {
    parseAsyncAPI(
      [
        "api/service.yaml": """
        asyncapi: 2.6.0
        info: { title: T, version: '1' }
        channels:
          c:
            publish:
              message:
                name: M
                payload: { $ref: '\(payloadRef)' }
        """
      ].merging(extra) { first, _ in first })
  }

  @Test(arguments: [
    "https://example.com/schema.json", "http://example.com/x.yaml#/A", "//example.com/x.json",
    "file:///etc/passwd", "/etc/passwd", "../../../etc/passwd", "~/secret.json", "C:/x.json",
  ])
  func refusedReferencesAreNeverRead(reference: String) throws {
    let document = Self.document(payloadRef: reference)
    let diagnostic = try #require(document.diagnostics.first)
    #expect(diagnostic.ruleID == "ASYNCAPI_REF_REFUSED")
    #expect(diagnostic.message.contains(reference))
    #expect(diagnostic.location == SourceLocation(file: "api/service.yaml", line: 8, column: 26))
    #expect(document.message("M")?.payload == nil)
  }

  @Test func aFileOneLevelUpInsideTheProjectIsRead() throws {
    let document = Self.document(
      payloadRef: "../schemas/x.avsc", extra: ["schemas/x.avsc": "{}"])
    #expect(document.diagnostics == [])
    guard case .file(let file)? = document.message("M")?.payload?.source else {
      Issue.record("expected a file payload")
      return
    }
    #expect(file.path == "schemas/x.avsc")
    #expect(file.relativePath == "../schemas/x.avsc")
  }

  @Test func aMissingFileIsUnresolved() throws {
    let document = Self.document(payloadRef: "./missing.avsc")
    #expect(document.ruleIDs == ["ASYNCAPI_REF_UNRESOLVED"])
    #expect(document.diagnostics.first?.message.contains("api/missing.avsc does not exist") == true)
  }

  @Test func aPointerIntoAnotherFileIsInlined() throws {
    let document = Self.document(
      payloadRef: "common.yaml#/components/schemas/Order",
      extra: [
        "api/common.yaml": """
        components:
          schemas:
            Order:
              type: object
              properties:
                id: { $ref: '#/components/schemas/Id' }
            Id: { type: string }
        """
      ])
    #expect(document.diagnostics == [])
    let payload = try #require(document.message("M")?.payload)
    #expect(
      payload.resolved.map(JSONText.render)
        == #"{"type":"object","properties":{"id":{"type":"string"}}}"#)
    guard case .file(let file) = payload.source else {
      Issue.record("expected a file payload")
      return
    }
    #expect(file.pointer == "/components/schemas/Order")
  }

  @Test func aReferenceCycleIsReported() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message: { $ref: '#/components/messages/A' }
      components:
        messages:
          A: { $ref: '#/components/messages/B' }
          B: { $ref: 'other.yaml#/A' }
      """,
      "api/other.yaml": "A: { $ref: 'service.yaml#/components/messages/A' }\n",
    ])
    #expect(document.ruleIDs.contains("ASYNCAPI_REF_CYCLE"))
    #expect(document.messages.isEmpty)
  }

  @Test func aRecursiveSchemaIsLeftAsWrittenWithAWarning() throws {
    let document = parseAsyncAPI([
      "api/service.yaml": """
      asyncapi: 2.6.0
      info: { title: T, version: '1' }
      channels:
        c:
          publish:
            message:
              name: M
              payload: { $ref: '#/components/schemas/Node' }
      components:
        schemas:
          Node:
            type: object
            properties:
              next: { $ref: '#/components/schemas/Node' }
      """
    ])
    #expect(document.ruleIDs == ["ASYNCAPI_RECURSIVE_SCHEMA"])
    #expect(document.diagnostics.first?.severity == .warning)
    #expect(
      document.message("M")?.payload?.resolved.map(JSONText.render)
        == ##"{"type":"object","properties":{"next":{"$ref":"#/components/schemas/Node"}}}"##)
  }

  @Test(arguments: [
    ("asyncapi: 1.2.0", "ASYNCAPI_UNSUPPORTED_VERSION", 1, 11),
    ("asyncapi: 4.0.0", "ASYNCAPI_UNSUPPORTED_VERSION", 1, 11),
    ("asyncapi: 2.7.0", "ASYNCAPI_UNSUPPORTED_VERSION", 1, 11),
    ("info: {}", "ASYNCAPI_UNSUPPORTED_VERSION", 1, 1),
    ("- a", "ASYNCAPI_INVALID_DOCUMENT", 1, 1),
    ("a: [", "PARSE_INVALID_YAML", 2, 1),
  ])
  func refusedDocuments(text: String, rule: String, line: Int, column: Int) throws {
    let document = parseAsyncAPI(["api/service.yaml": text])
    let diagnostic = try #require(document.diagnostics.first)
    #expect(document.diagnostics.count == 1)
    #expect(diagnostic.ruleID.rawValue == rule)
    #expect(
      diagnostic.location == SourceLocation(file: "api/service.yaml", line: line, column: column))
    #expect(document.messages.isEmpty)
  }

  @Test func oneXIsRefusedWithAHint() throws {
    let document = parseAsyncAPI(["api/service.yaml": "asyncapi: '1.2.0'\ntopics: {}\n"])
    #expect(document.diagnostics.first?.message.contains("asyncapi convert") == true)
    #expect(document.version == nil)
  }

  @Test func jsonDocumentsAreRead() {
    let document = parseAsyncAPI(
      [
        "api/service.json": #"{"asyncapi": "3.0.0", "info": {"title": "T", "version": "1"}}"#
      ], path: "api/service.json")
    #expect(document.diagnostics == [])
    #expect(document.info.title == "T")
  }
}
