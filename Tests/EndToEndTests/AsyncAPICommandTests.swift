import Foundation
import Testing

/// `check` with AsyncAPI documents in the config: their messages are subjects and their
/// examples fixtures.
@Suite struct AsyncAPICommandTests {
  static let schema = """
    {"type": "record", "name": "OrderPlaced", "namespace": "com.acme",
     "fields": [{"name": "order_id", "type": "string"}, {"name": "total", "type": "long"}]}
    """

  static func document(total: String, payloadRef: String = "../schemas/order_placed.avsc")
    -> String
  {
    """
    asyncapi: 2.6.0
    info: { title: Orders Service, version: 1.0.0 }
    channels:
      orders.placed.v1:
        subscribe:
          message:
            messageId: orders.order-placed
            schemaFormat: application/vnd.apache.avro;version=1.9.0
            payload: { $ref: '\(payloadRef)' }
            examples:
              - name: basic
                payload:
                  order_id: o-1
                  total: \(total)
    """
  }

  static func folder(document: String) throws -> ScratchFolder {
    let folder = try ScratchFolder()
    // No git history in a scratch folder: the examples are what is checked.
    try folder.write(
      "schemacheck.yaml",
      "version: 1\ndefaults: { compatibility: NONE }\nasyncapi: [asyncapi/*.yaml]\n")
    try folder.write("schemas/order_placed.avsc", schema)
    try folder.write("asyncapi/orders.yaml", document)
    return folder
  }

  @Test func aValidExamplePasses() throws {
    let folder = try Self.folder(document: Self.document(total: "1299"))
    defer { folder.remove() }
    let result = try CommandRunner.run(["check"], in: folder.url)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasPrefix("1 subject checked, 0 incompatible; 1 payload validated"))
  }

  @Test func anInvalidExampleFailsAtItsLineInTheDocument() throws {
    let folder = try Self.folder(document: Self.document(total: "twelve"))
    defer { folder.remove() }
    let result = try CommandRunner.run(["check"], in: folder.url)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("asyncapi/orders.yaml:14:22: error: [PAYLOAD_TYPE_MISMATCH]"))
  }

  @Test func aReferenceOutOfTheProjectIsRefused() throws {
    let folder = try Self.folder(
      document: Self.document(total: "1", payloadRef: "../../../../etc/passwd"))
    defer { folder.remove() }
    let result = try CommandRunner.run(["check"], in: folder.url)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("asyncapi/orders.yaml:9:26: error: [ASYNCAPI_REF_REFUSED]"))
    #expect(!result.stdout.contains("root:"))
  }

  @Test func aChangedDocumentSelectsItsSubjects() throws {
    let result = try CommandRunner.run([
      "check", "--config", "Fixtures/schemacheck.yaml", "Fixtures/asyncapi/customers-service.yaml",
    ])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasPrefix("3 subjects checked, 0 incompatible;"))
  }
}
