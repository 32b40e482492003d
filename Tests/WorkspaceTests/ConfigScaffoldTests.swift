import Foundation
import SchemaModel
import Testing

@testable import Workspace

@Suite("schemacheck init")
struct ConfigScaffoldTests {
  static let record = #"{"type": "record", "name": "com.acme.Order", "fields": []}"#

  @Test func writesAConfigThatLoadsAndChecks() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("schemas/order.avsc", Self.record)
    try tree.write("schemas/order/v1.avsc", Self.record)
    // The newest version inside its folder: one subject, the folder its history.
    let shipment = #"{"type": "record", "name": "com.acme.Shipment", "fields": []}"#
    try tree.write("schemas/shipment/v2.avsc", shipment)
    try tree.write("schemas/shipment/v10.avsc", shipment)
    try tree.write(
      "proto/acme/v1/events.proto",
      "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\nmessage B { message C {} }\n")
    try tree.write(
      "proto/acme/v1/events/v1.proto",
      "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\nmessage B {}\n")
    try tree.write(
      "json/customer.json",
      #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "C", "type": "object"}"#
    )
    try tree.write(
      "json/customer/v1.json",
      #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"#)
    // Not contracts: JSON without $schema, and anything under node_modules.
    try tree.write("package.json", #"{"name": "x"}"#)
    try tree.write("node_modules/dep/types.avsc", Self.record)

    #expect(try ConfigScaffold.write(in: tree.root) == 4)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    #expect(
      config.subjects.map(\.schema) == [
        "json/customer.json", "proto/acme/v1/events.proto", "schemas/order.avsc",
        "schemas/shipment/v10.avsc",
      ])
    #expect(
      config.subjects.map(\.versions) == [
        "json/customer/v*.json", "proto/acme/v1/events/v*.proto", "schemas/order/v*.avsc",
        "schemas/shipment/v*.avsc",
      ])
    #expect(config.subjects.map(\.name).contains("acme.v1.events"))
    #expect(config.proto.roots == ["proto"])
    let text = try String(contentsOf: tree.url("schemacheck.yaml"), encoding: .utf8)
    #expect(
      text.contains(
        "# message: acme.v1.A   # payloads' message; the file defines acme.v1.A, acme.v1.B\n"))
    let outcome = try await CheckRun(config: config).run()
    #expect(outcome.exitStatus() == .success, "\(outcome.report.findings)")
  }

  @Test func neverOverwritesAConfig() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("schemacheck.yaml", "version: 1\n")
    #expect(throws: WorkspaceError.configExists(path: "schemacheck.yaml")) {
      try ConfigScaffold.write(in: tree.root)
    }
    #expect(try String(contentsOf: tree.url("schemacheck.yaml"), encoding: .utf8) == "version: 1\n")
  }

  @Test func anEmptyFolderGetsAConfigThatSaysWhatToAdd() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    #expect(try ConfigScaffold.write(in: tree.root) == 0)
    let config = try ConfigLoader.load(from: tree.url("schemacheck.yaml"))
    #expect(config.subjects.isEmpty)
  }

  @Test func namesThatNeedQuotingAreQuoted() {
    #expect(ConfigScaffold.quoted("schemas/a.avsc") == "schemas/a.avsc")
    #expect(ConfigScaffold.quoted("a: b") == #""a: b""#)
    #expect(ConfigScaffold.quoted("*x") == #""*x""#)
  }
}
