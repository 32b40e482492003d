import Parsers
import SchemaModel

/// One schema file as the lint rules see it: the common model for every format, plus the
/// format's own tree where a rule needs what the model does not keep (Protobuf comments,
/// options and imports; JSON Schema keywords as written).
public struct LintInput: Sendable {
  /// The common model; its `path` is the path findings are reported with.
  public var document: SchemaDocument
  /// A `.proto` file as parsed (and linked when its import roots are known). Its `path` is the
  /// import path relative to its root, which the package/directory rules compare against.
  public var protoFile: ProtoFile?
  /// The files `protoFile` imports, transitively, as the linker loaded them (rules such as
  /// IMPORT_USED look at what they define).
  public var protoImports: [ProtoFile] = []
  /// A JSON Schema file: its keyword tree (with positions) and its draft.
  public var jsonSchema: JSONSchemaFile?

  public init(
    document: SchemaDocument, protoFile: ProtoFile? = nil, jsonSchema: JSONSchemaFile? = nil
  ) {
    self.document = document
    self.protoFile = protoFile
    self.jsonSchema = jsonSchema
  }

  /// The path findings are reported with.
  public var path: String { document.path }
}
