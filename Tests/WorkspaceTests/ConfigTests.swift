import Compat
import Foundation
import Parsers
import SchemaModel
import Testing

@testable import Workspace

@Suite("Config loading")
struct ConfigTests {
  /// Parses `text` as `schemacheck.yaml` in a temporary tree holding `files`.
  private func load(_ text: String, files: [String] = []) throws -> Result<Config, ConfigError> {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for file in files { try tree.write(file, "{}") }
    let url = try tree.write("schemacheck.yaml", text)
    return Result { () throws(ConfigError) -> Config in
      try ConfigLoader.load(from: url, displayPath: "schemacheck.yaml")
    }
  }

  private func error(_ text: String, files: [String] = []) throws -> String? {
    guard case .failure(let error) = try load(text, files: files) else { return nil }
    return error.description
  }

  @Test func validConfigIsParsed() throws {
    let text = """
      version: 1
      defaults:
        compatibility: backward_transitive
        json-schema-policy: lenient
      proto:
        roots: [proto]
      subjects:
        - name: orders.order-placed
          schema: schemas/orders/order_placed.avsc
          message: com.acme.orders.OrderPlaced
          compatibility: FULL_TRANSITIVE
          versions: schemas/orders/order_placed/v*.avsc
          examples: [fixtures/orders/*.json]
          counterexamples: fixtures/orders/bad/*.json
          owner: team-orders
          channel: orders.placed.v1
          producers: [checkout]
          consumers: [inventory, email]
          domain: orders
          description: Emitted when a customer places an order.
          tags: [pii]
      discover:
        - glob: "schemas/**/*.avsc"
          compatibility: NONE
      lint:
        use: [DEFAULT]
      catalog:
        title: Acme events
      """
    let config = try load(text, files: ["schemas/orders/order_placed.avsc", "proto/a.proto"]).get()
    #expect(config.defaults.compatibility == .backwardTransitive)
    #expect(config.defaults.jsonSchemaPolicy == .lenient)
    let subject = try #require(config.subjects.first)
    #expect(subject.name == "orders.order-placed")
    #expect(subject.schema == "schemas/orders/order_placed.avsc")
    #expect(subject.message == "com.acme.orders.OrderPlaced")
    #expect(subject.compatibility == .fullTransitive)
    #expect(subject.versions == "schemas/orders/order_placed/v*.avsc")
    #expect(subject.examples == ["fixtures/orders/*.json"])
    #expect(subject.counterexamples == ["fixtures/orders/bad/*.json"])
    #expect(subject.consumers == ["inventory", "email"])
    #expect(subject.tags == ["pii"])
    #expect(subject.position == TextPosition(line: 8, column: 5))
    #expect(
      config.discover == [
        DiscoverRule(
          glob: "schemas/**/*.avsc", compatibility: CompatibilityMode.none,
          position: TextPosition(line: 23, column: 5))
      ])
    // `lint:` and `catalog:` are read into their own settings.
    #expect(config.sections.isEmpty)
    #expect(config.lint.use == ["DEFAULT"])
    #expect(config.proto.roots == ["proto"])
    #expect(config.catalog.title == "Acme events")
    #expect(config.catalog.out == "catalog")
  }

  @Test(
    arguments: [
      (
        """
        version: 1
        subjects:
          - name: orders.order-placed
            schema: a.avsc
            compatibilty: BACKWARD
        """,
        "schemacheck.yaml:5:5: unknown key 'compatibilty' in subject 'orders.order-placed'; "
          + "did you mean 'compatibility'?"
      ),
      (
        "version: 1\nsubject:\n  - name: x\n",
        "schemacheck.yaml:2:1: unknown key 'subject' at the top level; did you mean 'subjects'?"
      ),
      (
        "version: 1\ndefaults:\n  zzz: 1\n",
        "schemacheck.yaml:3:3: unknown key 'zzz' in 'defaults'; known keys: compatibility, "
          + "json-schema-policy"
      ),
      (
        "version: 1\ndiscover:\n  - glb: '*.avsc'\n",
        "schemacheck.yaml:3:5: unknown key 'glb' in discover entry #1; did you mean 'glob'?"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: a.avsc\n    compatibility: SIDEWAYS\n",
        "schemacheck.yaml:5:20: unknown compatibility mode 'SIDEWAYS' in subject 'x'; valid "
          + "modes: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, "
          + "FULL_TRANSITIVE"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    owner: me\n",
        "schemacheck.yaml:3:5: missing required key 'schema' in subject 'x'"
      ),
      (
        "version: 1\nsubjects:\n  - schema: a.avsc\n",
        "schemacheck.yaml:3:5: missing required key 'name' in subject #1"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: a.avsc\n  - name: x\n    schema: a.avsc\n",
        "schemacheck.yaml:5:5: duplicate subject 'x' (first defined on line 3)"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: missing.avsc\n",
        "schemacheck.yaml:4:13: schema file 'missing.avsc' of subject 'x' does not exist"
      ),
      (
        "version: 2\n",
        "schemacheck.yaml:1:10: unsupported config version '2'; this schemacheck reads 'version: 1'"
      ),
      (
        "subjects: []\n",
        "schemacheck.yaml:1:1: missing required key 'version' at the top level"
      ),
      (
        "version: 1\nsubjects: {name: x}\n",
        "schemacheck.yaml:2:11: 'subjects' at the top level must be a list, not a mapping"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: a.avsc\n    producers: {a: b}\n",
        "schemacheck.yaml:5:16: 'producers' in subject 'x' must be a list of strings, not a mapping"
      ),
      (
        "version: 1\ndefaults:\n  json-schema-policy: loose\n",
        "schemacheck.yaml:3:23: unknown json-schema-policy 'loose'; valid policies: strict, lenient"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: [a]\n",
        "schemacheck.yaml:4:13: 'schema' in subject 'x' must be a string, not a list"
      ),
      (
        "version: 1\nsubjects:\n  - name: x\n    schema: a.avsc\n    versions: ''\n",
        "schemacheck.yaml:5:15: 'versions' in subject 'x' must not be empty"
      ),
    ])
  func configErrorMessages(text: String, expected: String) throws {
    #expect(try error(text, files: ["a.avsc"]) == expected)
  }

  @Test func invalidYAMLIsLocated() throws {
    let message = try #require(try error("version: 1\nsubjects:\n  - name: [x\n"))
    #expect(message.hasPrefix("schemacheck.yaml:4:1: invalid YAML: "))
    let duplicate = try #require(try error("version: 1\nversion: 1\n"))
    #expect(duplicate == "schemacheck.yaml:1:1: invalid YAML: duplicate key 'version'")
    let tab = try #require(try error("version: 1\nsubjects:\n\t- name: x\n"))
    #expect(
      tab.hasPrefix(
        "schemacheck.yaml:3:1: invalid YAML: found character that cannot start any token"))
  }

  @Test func emptyConfigIsAnError() throws {
    #expect(
      try error("# nothing\n")
        == "schemacheck.yaml: the config file is empty; it needs at least 'version: 1'")
  }

  @Test func missingConfigFileIsAnError() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    #expect(throws: ConfigError(.unreadable(reason: "no such file"), file: "schemacheck.yaml")) {
      try ConfigLoader.load(from: tree.url("schemacheck.yaml"), displayPath: "schemacheck.yaml")
    }
    #expect(
      ConfigError(.unreadable(reason: "no such file"), file: "schemacheck.yaml").description
        == "schemacheck.yaml: cannot read the config file: no such file")
  }

  @Test func aliasExpansionIsBounded() throws {
    var lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(previous)]")
    }
    let text = lines.joined(separator: "\n") + "\n"
    let result = try #require(try error(text))
    #expect(
      result
        == "schemacheck.yaml: the YAML document expands to more than 1000000 nodes (through "
        + "aliases); refusing it")
  }

  @Test func smallAliasesAreExpandedAndChecked() throws {
    // Aliases are fine in moderation: here they smuggle an unknown key into a subject.
    let text = """
      version: 1
      base: &base {schema: a.avsc}
      """
    #expect(
      try error(text, files: ["a.avsc"])?.contains("unknown key 'base' at the top level") == true)
  }

  @Test func aliasAsKeyIsRefused() throws {
    let text = "version: 1\nx: &k [a]\n*k : 1\n"
    #expect(
      try error(text)
        == "schemacheck.yaml:3:1: aliases cannot be used as mapping keys in the config")
  }

  @Test(
    arguments: [
      ("a: &k [x]\n*k : 1\n", TextPosition(line: 2, column: 1)),
      ("a: &k [x]\nb: {*k : 1}\n", TextPosition(line: 2, column: 5)),
      ("a: &k [x]\nb:\n  - *k: 1\n", TextPosition(line: 3, column: 5)),
      ("a: &k [x]\nb: *k\n? [c]\n: d\n", TextPosition(line: 3, column: 1)),
      // Columns count characters, not bytes; CRLF lines are lines.
      ("a: &k [x]\r\nb: {\"é日\": 1, *k : 1}\r\n", TextPosition(line: 2, column: 14)),
      ("a: \"x\\\"y\n *k\": &k [x]\nb:\n  - *k: 1\n", TextPosition(line: 4, column: 5)),
    ] as [(String, TextPosition)])
  func aliasKeysAreFound(text: String, expected: TextPosition) {
    #expect(AliasKeyGuard.firstAliasKey(in: text) == expected)
  }

  @Test(
    arguments: [
      "a: &k [x]\nb: *k\nc: [*k, *k]\n",
      "description: use * or ? here: really\nb: &k x\nc: *k\n",
      "a: \"*k: 1\"\nb: '? x'\nc: &k x\nd: *k\n",
      "a: |\n  *k: 1\n  ? x\nb: &k x\nc: *k\n",
      "# *k: 1\na: &k x # ? not a key\nb: *k\n",
      "a: \"multi\n  *k: line\"\n",
      "glob: schemas/**/*.avsc\n",
    ])
  func prosePlainAndQuotedTextIsNotAnAliasKey(text: String) {
    #expect(AliasKeyGuard.firstAliasKey(in: text) == nil)
  }

  @Test func locatorFindsTheConfigInAParent() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("schemacheck.yaml", "version: 1\n")
    let deep = tree.url("a/b/c")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    #expect(ConfigLocator.locate(startingAt: deep)?.path == tree.url("schemacheck.yaml").path)
    let empty = try TemporaryTree()
    defer { empty.remove() }
    // Only meaningful when no parent of the temp dir has a schemacheck.yaml.
    let found = ConfigLocator.locate(startingAt: empty.root)
    #expect(found == nil || found?.path.hasPrefix(empty.root.path) == false)
  }

  @Test func pathsAreRelativeToTheConfigFolder() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("contracts/schemas/a.avsc", "{}")
    let url = try tree.write(
      "contracts/schemacheck.yaml",
      "version: 1\nsubjects:\n  - name: a\n    schema: schemas/a.avsc\n")
    let config = try ConfigLoader.load(from: url)
    #expect(config.url(for: "schemas/a.avsc").path == tree.url("contracts/schemas/a.avsc").path)
  }
}

@Suite("Config: payload settings per subject")
struct PayloadConfigTests {
  private func load(_ subjectLines: String) throws -> Result<Config, ConfigError> {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.avsc", "{}")
    let url = try tree.write(
      "schemacheck.yaml",
      "version: 1\nsubjects:\n  - name: a\n    schema: a.avsc\n" + subjectLines)
    return Result { () throws(ConfigError) -> Config in
      try ConfigLoader.load(from: url, displayPath: "schemacheck.yaml")
    }
  }

  @Test func encodingUnknownFieldsAndFramingAreRead() throws {
    let config = try load(
      "    avro-encoding: binary\n    allow-unknown-fields: true\n    framing: confluent\n"
    ).get()
    let subject = try #require(config.subjects.first)
    #expect(subject.avroEncoding == .binary)
    #expect(subject.allowUnknownFields)
    #expect(subject.framing == .confluent)
  }

  @Test func aValueOutsideTheSetNamesTheChoices() throws {
    guard case .failure(let error) = try load("    avro-encoding: binari\n") else {
      Issue.record("an unknown encoding was accepted")
      return
    }
    #expect(
      error.description
        == "schemacheck.yaml:5:20: unknown avro-encoding 'binari' in subject 'a'; use "
        + "plain, json, binary")
    guard case .failure(let flag) = try load("    allow-unknown-fields: yes\n") else {
      Issue.record("a non-boolean flag was accepted")
      return
    }
    #expect(flag.description.contains("true or false"))
  }
}

/// The `catalog:` section.
@Suite struct CatalogConfigTests {
  func load(_ text: String) throws -> Config {
    try ConfigLoader.parse(
      text, displayPath: "schemacheck.yaml", directory: TemporaryTree.scratchDirectory)
  }

  @Test func everyKeyIsRead() throws {
    let config = try load(
      """
      version: 1
      catalog:
        title: Acme
        out: docs/catalog
        formats: [html, markdown, html]
        git-history: false
      """)
    #expect(config.catalog.title == "Acme")
    #expect(config.catalog.out == "docs/catalog")
    #expect(config.catalog.formats == [.html, .markdown])
    #expect(config.catalog.gitHistory == false)
  }

  @Test func anUnknownFormatOrKeyIsAnError() {
    #expect(throws: ConfigError.self) {
      try load("version: 1\ncatalog:\n  formats: [pdf]\n")
    }
    #expect(throws: ConfigError.self) {
      try load("version: 1\ncatalog:\n  titel: x\n")
    }
  }
}
