import Compat
import Foundation
import Testing

@testable import Workspace

@Suite("Config: the proto section and gate modes")
struct ProtoConfigTests {
  private func load(_ text: String, folders: [String] = []) throws -> Result<Config, ConfigError> {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for folder in folders { try tree.write(folder + "/.keep", "") }
    let url = try tree.write("schemacheck.yaml", text)
    return Result { () throws(ConfigError) -> Config in
      try ConfigLoader.load(from: url, displayPath: "schemacheck.yaml")
    }
  }

  @Test func protoSectionIsTyped() throws {
    let text = """
      version: 1
      proto:
        roots: [proto, vendor]
        breaking: [wire_json, FIELD_SAME_DEFAULT]
        except: [FIELD_SAME_JSON_NAME]
        ignore: [proto/legacy/]
        ignore-only:
          FIELD_SAME_TYPE: [proto/acme/a.proto]
      """
    let config = try load(text, folders: ["proto", "vendor"]).get()
    #expect(config.proto.roots == ["proto", "vendor"])
    #expect(config.proto.breaking == ["WIRE_JSON", "FIELD_SAME_DEFAULT"])
    #expect(config.proto.except == ["FIELD_SAME_JSON_NAME"])
    #expect(config.proto.ignore == ["proto/legacy"])
    #expect(
      config.proto.ignoreOnly == [
        ProtoIgnoreOnly(rule: "FIELD_SAME_TYPE", paths: ["proto/acme/a.proto"])
      ])
    #expect(config.protoRootURLs.map(\.lastPathComponent) == ["proto", "vendor"])
    #expect(config.section("proto") == nil)
  }

  @Test func rootsDefaultToTheConfigFolder() throws {
    let config = try load("version: 1\n").get()
    #expect(config.proto == ProtoConfig())
    #expect(config.protoRootURLs == [config.directory])
  }

  @Test(
    arguments: [
      (
        "version: 1\nproto:\n  root: [proto]\n",
        "schemacheck.yaml:3:3: unknown key 'root' in 'proto'; did you mean 'roots'?"
      ),
      (
        "version: 1\nproto:\n  ignore_only: {}\n",
        "schemacheck.yaml:3:3: unknown key 'ignore_only' in 'proto'; did you mean 'ignore-only'?"
      ),
      (
        "version: 1\nproto:\n  breaking: [WIRE_JSN]\n",
        "schemacheck.yaml:3:14: unknown Buf category or breaking rule 'WIRE_JSN' in 'proto' "
          + "'breaking'; did you mean 'WIRE_JSON'?"
      ),
      (
        "version: 1\nproto:\n  except: [FIELD_NO_DELETED]\n",
        "schemacheck.yaml:3:12: unknown Buf category or breaking rule 'FIELD_NO_DELETED' in "
          + "'proto' 'except'; did you mean 'FIELD_NO_DELETE'?"
      ),
      (
        "version: 1\nproto:\n  except: [NOTHING_LIKE_IT_AT_ALL]\n",
        "schemacheck.yaml:3:12: unknown Buf category or breaking rule 'NOTHING_LIKE_IT_AT_ALL' "
          + "in 'proto' 'except'; categories: FILE, PACKAGE, WIRE_JSON, WIRE, or a rule id such "
          + "as FIELD_NO_DELETE"
      ),
      (
        "version: 1\nproto:\n  ignore-only:\n    FIELD_SAME_TIPE: [a.proto]\n",
        "schemacheck.yaml:4:5: unknown Buf category or breaking rule 'FIELD_SAME_TIPE' in "
          + "'proto.ignore-only'; did you mean 'FIELD_SAME_TYPE'?"
      ),
      (
        "version: 1\nproto:\n  roots: [missing]\n",
        "schemacheck.yaml:3:10: import root 'missing' in 'proto.roots' is not a folder"
      ),
      (
        "version: 1\nproto: [proto]\n",
        "schemacheck.yaml:2:8: 'proto' at the top level must be a mapping, not a list"
      ),
    ])
  func protoErrorsAreLocatedWithSuggestions(text: String, expected: String) throws {
    guard case .failure(let error) = try load(text) else {
      Issue.record("expected an error for \(text)")
      return
    }
    #expect(error.description == expected)
  }

  @Test(
    arguments: [
      ("BACKWARD", GateMode.confluent(.backward)),
      ("full_transitive", .confluent(.fullTransitive)),
      ("none", .confluent(CompatibilityMode.none)),
      ("FILE", .buf(.file)),
      ("package", .buf(.package)),
      ("WIRE_JSON", .buf(.wireJSON)),
      ("wire", .buf(.wire)),
    ])
  func gateModesParse(name: String, expected: GateMode) {
    #expect(GateMode(name: name) == expected)
  }

  @Test func unknownGateModeIsNil() {
    #expect(GateMode(name: "SIDEWAYS") == nil)
    #expect(GateMode.allNames.count == 12)
    #expect(GateMode.buf(.wireJSON).name == "WIRE_JSON")
  }

  @Test func bufModeOnAnAvroSubjectIsAUsageError() async throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.avsc", AvroSamples.order(AvroSamples.id))
    let run = CheckRun(
      subjects: [Subject(name: "a", schemaPath: "a.avsc", file: tree.url("a.avsc"))],
      baseDirectory: tree.root, modeOverride: .buf(.wireJSON))
    await #expect(throws: WorkspaceError.bufModeNeedsProtobuf(mode: "WIRE_JSON", subject: "a")) {
      try await run.run()
    }
  }

  @Test func selectionFollowsTheModeOverride() {
    let filters = ProtoBreakingSelection(use: [], except: ["FIELD_SAME_NAME"])
    let settings = ProtoRunSettings(roots: [], filters: filters)
    #expect(settings.selection(for: nil) == nil)
    #expect(settings.selection(for: .buf(.wire))?.use == ["WIRE"])
    #expect(settings.selection(for: .buf(.wire))?.except == ["FIELD_SAME_NAME"])
    var configured = settings
    configured.breaking = ProtoBreakingSelection(use: ["FILE"])
    #expect(configured.selection(for: nil)?.use == ["FILE"])
    #expect(configured.selection(for: .confluent(.backward)) == nil)
  }

  @Test func selectionBecomesBufsOwn() {
    let selection = ProtoBreakingSelection(
      use: ["WIRE_JSON"], except: ["FIELD_SAME_JSON_NAME"], ignore: ["legacy"],
      ignoreOnly: [
        ProtoIgnoreOnly(rule: "FIELD_SAME_TYPE", paths: ["a.proto"]),
        ProtoIgnoreOnly(rule: "FIELD_SAME_TYPE", paths: ["b.proto"]),
      ])
    let buf = selection.bufSelection
    #expect(buf.use == ["WIRE_JSON"])
    #expect(buf.except == ["FIELD_SAME_JSON_NAME"])
    #expect(buf.ignore == ["legacy"])
    #expect(buf.ignoreOnly == ["FIELD_SAME_TYPE": ["a.proto", "b.proto"]])
  }

  @Test func configIgnorePathsAreAlsoImportPaths() throws {
    let text = """
      version: 1
      proto:
        roots: [proto]
        ignore: [proto/legacy, other]
        ignore-only: {FIELD_SAME_TYPE: [proto/a.proto]}
      """
    let config = try load(text, folders: ["proto"]).get()
    let settings = ProtoRunSettings(config: config)
    #expect(settings.filters.ignore == ["proto/legacy", "legacy", "other"])
    #expect(settings.filters.ignoreOnly.first?.paths == ["proto/a.proto", "a.proto"])
    #expect(settings.breaking == nil)
  }
}
