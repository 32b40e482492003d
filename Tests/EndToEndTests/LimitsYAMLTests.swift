import Foundation
import Testing

/// YAML alias bombs, duplicate keys and type-naming tags in the config, in YAML schemas and in
/// YAML payloads: refused with a message and exit 2, quickly, nothing executed.
@Suite struct LimitsYAMLTests {
  /// "Billion laughs": nine levels of nine aliases each, 9^9 (387 million) nodes when expanded.
  private static let aliasBomb = """
    a: &a ["x","x","x","x","x","x","x","x","x"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

    """

  private static let pythonTag = #"!!python/object/apply:os.system ["touch pwned"]"#

  private func pwned(_ scratch: ScratchFolder) -> Bool {
    FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("pwned").path)
  }

  // MARK: - The config

  @Test func aliasBombInTheConfigIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let indented = Self.aliasBomb.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    try scratch.write("schemacheck.yaml", "version: 1\nsubjects: []\nx:\n" + indented + "\n")
    let result = try BoundedRun.run(["check"], in: scratch.url, seconds: 30)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasSuffix(
        "schemacheck.yaml: the YAML document expands to more than 1000000 nodes (through "
          + "aliases); refusing it\n"))
  }

  @Test func duplicateKeyInTheConfigIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("schemacheck.yaml", "version: 1\nsubjects: []\nversion: 1\n")
    let result = try BoundedRun.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasSuffix("schemacheck.yaml:1:1: invalid YAML: duplicate key 'version'\n"))
  }

  @Test func typeTagInTheConfigIsRefused() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("schemacheck.yaml", "version: 1\nsubjects: \(Self.pythonTag)\n")
    let result = try BoundedRun.run(["check"], in: scratch.url)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasSuffix(
        "schemacheck.yaml:2:11: invalid YAML: the tag '!!python/object/apply:os.system' is not "
          + "supported; JSON has only strings, numbers, booleans, null, sequences and mappings\n"))
    #expect(!pwned(scratch))
  }

  // MARK: - YAML schemas and payloads

  /// (file text, the finding's location and rule)
  static let documents: [(String, String)] = [
    (
      aliasBomb,
      "1:1: error: [PARSE_YAML_TOO_MANY_NODES] the YAML document expands to more "
        + "than 1000000 nodes (aliases are expanded)"
    ),
    ("type: object\ntype: string\n", "1:1: error: [PARSE_DUPLICATE_KEY] duplicate key \"type\""),
    (
      "type: \(pythonTag)\n",
      "1:7: error: [PARSE_YAML_TAG] the tag "
        + "'!!python/object/apply:os.system' is not supported"
    ),
    ("x: !!binary aGVsbG8=\n", "1:4: error: [PARSE_YAML_TAG] the tag '!!binary' is not supported"),
    ("x: !!set {a, b}\n", "1:4: error: [PARSE_YAML_TAG] the tag '!!set' is not supported"),
    ("x: !Ref other\n", "1:4: error: [PARSE_YAML_TAG] the tag '!Ref' is not supported"),
  ]

  @Test(arguments: documents)
  func yamlSchemaIsRefused(text: String, finding: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.yaml", text)
    let result = try BoundedRun.run(["lint", "s.yaml"], in: scratch.url, seconds: 30)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("s.yaml:" + finding), "\(result.stdout)")
    #expect(result.stderr.contains("s.yaml could not be parsed"))
    #expect(!pwned(scratch))
  }

  @Test(arguments: documents)
  func yamlPayloadIsRefused(text: String, finding: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write("s.json", "{}")
    try scratch.write("p.yaml", text)
    let result = try BoundedRun.run(
      ["validate", "--schema", "s.json", "p.yaml"], in: scratch.url, seconds: 30)
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("p.yaml:" + finding), "\(result.stdout)")
    #expect(!pwned(scratch))
  }
}
