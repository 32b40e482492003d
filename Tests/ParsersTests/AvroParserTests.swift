import SchemaModel
import Testing

@testable import Parsers

@Suite("Avro parser model")
struct AvroParserTests {
  @Test(arguments: PrimitiveType.allCases)
  func primitivesInBothForms(_ primitive: PrimitiveType) throws {
    for text in [#""\#(primitive.rawValue)""#, #"{"type": "\#(primitive.rawValue)"}"#] {
      let document = AvroTestSupport.parse(text)
      #expect(document.diagnostics == [])
      #expect(document.root?.kind == .primitive(primitive))
      #expect(
        document.root?.location == SchemaModel.SourceLocation(file: "test.avsc", line: 1, column: 1)
      )
      #expect(document.namedTypes == [])
      #expect(document.namespace == nil)
    }
  }

  @Test func recordWithEverything() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders",
       "doc": "An order.", "aliases": ["OldOrder", "legacy.Order"], "owner": "team-orders",
       "fields": [
        {"name": "id", "type": "string", "doc": "The id.", "order": "descending",
         "aliases": ["orderId"], "pii": false},
        {"name": "note", "type": ["null", "string"], "default": null},
        {"name": "count", "type": "int", "default": 1, "order": "IGNORE"}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(document.namespace == "com.acme.orders")
    let root = try #require(document.root)
    guard case .record(let record) = root.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.name == QualifiedName(namespace: "com.acme.orders", name: "OrderPlaced"))
    #expect(
      record.aliases == [
        QualifiedName(namespace: "com.acme.orders", name: "OldOrder"),
        QualifiedName(namespace: "legacy", name: "Order"),
      ])
    #expect(record.doc == "An order.")
    #expect(root.properties.map(\.key) == ["owner"])
    #expect(record.fields.map(\.name) == ["id", "note", "count"])
    let id = record.fields[0]
    #expect(id.type.kind == .primitive(.string))
    #expect(id.doc == "The id.")
    #expect(id.order == .descending)
    #expect(id.aliases == ["orderId"])
    #expect(id.properties.map(\.key) == ["pii"])
    #expect(id.presence == .required)
    #expect(id.defaultValue == nil)
    #expect(id.location == SchemaModel.SourceLocation(file: "test.avsc", line: 4, column: 3))
    let note = record.fields[1]
    #expect(note.presence == .optional)
    #expect(note.defaultValue?.isNull == true)
    #expect(record.fields[2].order == .ignore)
    #expect(record.fields[2].defaultValue?.kind == .number(JSONNumber(1)))
    #expect(document.namedTypes.count == 1)
    #expect(document.namedTypes.first == root)
  }

  @Test func errorTypeIsARecord() throws {
    let record = try AvroTestSupport.record(
      #"{"type": "error", "name": "Failure", "fields": [{"name": "why", "type": "string"}]}"#)
    #expect(record.name.fullName == "Failure")
  }

  /// The example of the spec's "Names" section, with its full names.
  @Test func namespaceRulesOfTheSpecExample() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "Example", "fields": [
        {"name": "inheritNull", "type": {"type": "enum", "name": "Simple", "symbols": ["a", "b"]}},
        {"name": "explicitNamespace",
         "type": {"type": "fixed", "name": "Simple", "namespace": "explicit", "size": 12}},
        {"name": "fullName", "type": {"type": "record", "name": "a.full.Name",
          "namespace": "ignored", "fields": [
            {"name": "inheritNamespace",
             "type": {"type": "enum", "name": "Understanding", "symbols": ["d", "e"]}}]}}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(document.namespace == nil)
    #expect(
      document.namedTypes.compactMap(\.qualifiedName?.fullName) == [
        "Example", "Simple", "explicit.Simple", "a.full.Name", "a.full.Understanding",
      ])
  }

  @Test func nullNamespaceResetsInheritance() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "Outer", "namespace": "com.acme", "fields": [
        {"name": "a", "type": {"type": "record", "name": "Inner", "namespace": "", "fields": [
          {"name": "b", "type": {"type": "fixed", "name": "Hash", "size": 4}}]}},
        {"name": "c", "type": {"type": "enum", "name": "Kind", "namespace": null, "symbols": []}}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(
      document.namedTypes.compactMap(\.qualifiedName?.fullName) == [
        "com.acme.Outer", "Inner", "Hash", "com.acme.Kind",
      ])
  }

  @Test func referencesResolveToDefinitions() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "LongList", "namespace": "n", "aliases": ["LinkedLongs"],
       "fields": [
        {"name": "value", "type": "long"},
        {"name": "next", "type": ["null", "LongList"]},
        {"name": "same", "type": "n.LongList"},
        {"name": "objectForm", "type": {"type": "LongList", "note": "x"}}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(document.externalReferences == [])
    let root = try #require(document.root)
    guard case .record(let record) = root.kind else {
      Issue.record("not a record")
      return
    }
    let name = QualifiedName(namespace: "n", name: "LongList")
    #expect(record.aliases == [QualifiedName(namespace: "n", name: "LinkedLongs")])
    guard case .union(let branches) = record.fields[1].type.kind else {
      Issue.record("not a union")
      return
    }
    #expect(branches.map(\.kind) == [.primitive(.null), .reference(name)])
    #expect(
      branches[1].location == SchemaModel.SourceLocation(file: "test.avsc", line: 4, column: 37))
    #expect(record.fields[2].type.kind == .reference(name))
    #expect(record.fields[3].type.kind == .reference(name))
    #expect(record.fields[3].type.properties.map(\.key) == ["note"])
  }

  @Test func bareNameFallsBackToTheNullNamespace() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "Outer", "fields": [
        {"name": "money", "type": {"type": "fixed", "name": "Money", "size": 8}},
        {"name": "inner", "type": {"type": "record", "name": "Inner", "namespace": "com.acme",
          "fields": [{"name": "m", "type": "Money"}, {"name": "later", "type": "Later"}]}},
        {"name": "late", "type": {"type": "fixed", "name": "Later", "size": 1}}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(document.externalReferences == [])
    let inner = try #require(document.namedTypes.first { $0.qualifiedName?.name == "Inner" })
    guard case .record(let record) = inner.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.fields[0].type.kind == .reference(QualifiedName(name: "Money")))
    // Used before its definition: resolved at the end, also in the root's copy of the tree.
    #expect(record.fields[1].type.kind == .reference(QualifiedName(name: "Later")))
    var rootReferences: [QualifiedName] = []
    var paths: [String] = []
    AvroTypeTree.forEachReference(in: try #require(document.root)) { name, _, path in
      rootReferences.append(name)
      paths.append(path)
    }
    #expect(paths == ["/fields/1/type/fields/0/type", "/fields/1/type/fields/1/type"])
    #expect(rootReferences == [QualifiedName(name: "Money"), QualifiedName(name: "Later")])
  }

  @Test func namesFromOtherFilesAreExternalReferences() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders", "fields": [
        {"name": "total", "type": "Money"},
        {"name": "customer", "type": "com.acme.customers.Customer"},
        {"name": "refund", "type": ["null", "Money"]}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(
      document.externalReferences == [
        QualifiedName(namespace: "com.acme.orders", name: "Money"),
        QualifiedName(namespace: "com.acme.customers", name: "Customer"),
      ])
  }

  @Test func enumAndFixed() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "namespace": "x", "fields": [
        {"name": "suit", "type": {"type": "enum", "name": "Suit", "aliases": ["y.Kind"],
          "doc": "Card suits.", "symbols": ["SPADES", "HEARTS"], "default": "HEARTS"}},
        {"name": "hash", "type": {"type": "fixed", "name": "MD5", "size": 16, "aliases": ["H"]}}
      ]}
      """)
    #expect(document.diagnostics == [])
    let suit = try #require(document.namedTypes.first { $0.qualifiedName?.name == "Suit" })
    guard case .enumeration(let enumeration) = suit.kind else {
      Issue.record("not an enum")
      return
    }
    #expect(enumeration.symbols.map(\.name) == ["SPADES", "HEARTS"])
    #expect(
      enumeration.symbols.first?.location
        == SchemaModel.SourceLocation(file: "test.avsc", line: 3, column: 39))
    #expect(enumeration.defaultSymbol == "HEARTS")
    #expect(enumeration.doc == "Card suits.")
    #expect(enumeration.aliases == [QualifiedName(namespace: "y", name: "Kind")])
    let hash = try #require(document.namedTypes.first { $0.qualifiedName?.name == "MD5" })
    #expect(
      hash.kind
        == .fixed(
          FixedType(
            name: QualifiedName(namespace: "x", name: "MD5"),
            aliases: [QualifiedName(namespace: "x", name: "H")], size: 16)))
  }

  @Test func arraysMapsAndUnions() throws {
    let document = AvroTestSupport.parse(
      """
      ["null", {"type": "array", "items": "int", "default": []},
       {"type": "map", "values": ["null", "string"]}]
      """)
    #expect(document.diagnostics == [])
    guard case .union(let branches) = document.root?.kind else {
      Issue.record("not a union")
      return
    }
    #expect(branches.count == 3)
    guard case .array(let items) = branches[1].kind else {
      Issue.record("not an array")
      return
    }
    #expect(items.kind == .primitive(.int))
    #expect(items.location == SchemaModel.SourceLocation(file: "test.avsc", line: 1, column: 37))
    #expect(branches[1].properties.map(\.key) == ["default"])
    guard case .map(let values) = branches[2].kind, case .union(let valueBranches) = values.kind
    else {
      Issue.record("not a map of a union")
      return
    }
    #expect(valueBranches.map(\.kind) == [.primitive(.null), .primitive(.string)])
  }

  @Test func anEqualRepeatedDefinitionIsAReference() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "fields": [
        {"name": "a", "type": {"type": "fixed", "name": "Hash", "size": 16, "doc": "first"}},
        {"name": "b", "type": {"type": "fixed", "name": "Hash", "size": 16, "doc": "second"}}
      ]}
      """)
    #expect(document.diagnostics == [])
    #expect(document.namedTypes.compactMap(\.qualifiedName?.fullName) == ["R", "Hash"])
    guard case .record(let record) = document.root?.kind else {
      Issue.record("not a record")
      return
    }
    #expect(record.fields[1].type.kind == .reference(QualifiedName(name: "Hash")))
    #expect(record.fields[1].type.location?.line == 3)
  }

  @Test(arguments: [
    #"{"type": "fixed", "name": "Hash", "size": 8}"#,
    #"{"type": "fixed", "name": "Hash", "size": 16, "logicalType": "uuid"}"#,
    #"{"type": "fixed", "name": "Hash", "size": 16, "owner": "x"}"#,
    #"{"type": "enum", "name": "Hash", "symbols": []}"#,
  ])
  func aDifferentRepeatedDefinitionIsADuplicate(_ second: String) {
    let document = AvroTestSupport.parse(
      """
      ["null", {"type": "fixed", "name": "Hash", "size": 16},
       {"type": "array", "items": \(second)}]
      """)
    #expect(document.diagnostics.map(\.ruleID) == ["AVRO_DUPLICATE_TYPE"])
  }

  @Test func unionsMayHoldSeveralNamedTypes() {
    let document = AvroTestSupport.parse(
      """
      [{"type": "record", "name": "A", "fields": []}, {"type": "record", "name": "B", "fields": []},
       "A", {"type": "array", "items": "A"}]
      """)
    // "A" twice is a duplicate branch, the array of A is not.
    #expect(document.diagnostics.map(\.ruleID) == ["AVRO_INVALID_UNION"])
  }
}
