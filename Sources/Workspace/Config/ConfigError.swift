import Compat
import Parsers
import SchemaModel

/// A problem with `schemacheck.yaml` itself: the tool cannot run, exit status 2.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Kind: Hashable, Sendable {
    case unreadable(reason: String)
    case invalidYAML(problem: String)
    case notUTF8
    case empty
    case tooManyNodes(limit: Int)
    case tooDeep(limit: Int)
    case complexKey
    case aliasKey
    case unknownKey(String, context: String, suggestion: String?, known: [String])
    case missingKey(String, context: String)
    case wrongType(key: String, context: String, expected: String, found: String)
    case unsupportedVersion(String)
    case unknownMode(String, context: String)
    case unknownPolicy(String)
    /// A value outside a key's fixed set (`avro-encoding: binari`).
    case unknownValue(String, key: String, context: String, valid: [String])
    case emptyValue(key: String, context: String)
    case duplicateSubject(String, firstLine: Int)
    case duplicateDiscoveredSubject(String, paths: [String])
    case schemaNotFound(path: String, subject: String)
    case schemaIsDirectory(path: String, subject: String)
    case unknownBufRule(String, context: String, suggestion: String?)
    /// A rule id schemacheck does not report (`schemacheck rules` lists them).
    case unknownRule(String, context: String, suggestion: String?)
    case protoRootNotFound(String)
    case unknownDraft(String, suggestion: String?)
    case refMapNotAURI(String)
    case refMapFolderNotFound(String)
  }

  public var kind: Kind
  /// The config file as the user named it.
  public var file: String
  public var position: TextPosition?

  public init(_ kind: Kind, file: String, position: TextPosition? = nil) {
    self.kind = kind
    self.file = file
    self.position = position
  }

  /// `file:line:col: message`.
  public var description: String {
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }

  public var message: String {
    switch kind {
    case .unreadable(let reason):
      return "cannot read the config file: \(reason)"
    case .invalidYAML(let problem):
      return "invalid YAML: \(problem)"
    case .notUTF8:
      return "the config file is not valid UTF-8"
    case .empty:
      return "the config file is empty; it needs at least 'version: 1'"
    case .tooManyNodes(let limit):
      return "the YAML document expands to more than \(limit) nodes (through aliases); refusing it"
    case .tooDeep(let limit):
      return "the YAML document nests deeper than \(limit) levels; refusing it"
    case .complexKey:
      return "a mapping key must be a plain string"
    case .aliasKey:
      return "aliases cannot be used as mapping keys in the config"
    case .unknownKey(let key, let context, let suggestion, let known):
      if let suggestion {
        return "unknown key '\(key)' \(context); did you mean '\(suggestion)'?"
      }
      return "unknown key '\(key)' \(context); known keys: \(known.joined(separator: ", "))"
    case .missingKey(let key, let context):
      return "missing required key '\(key)' \(context)"
    case .wrongType(let key, let context, let expected, let found):
      return "'\(key)' \(context) must be \(expected), not \(found)"
    case .unsupportedVersion(let value):
      return "unsupported config version '\(value)'; this schemacheck reads 'version: 1'"
    case .unknownMode(let value, let context):
      let modes = CompatibilityMode.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown compatibility mode '\(value)' \(context); valid modes: \(modes)"
    case .unknownPolicy(let value):
      return "unknown json-schema-policy '\(value)'; valid policies: strict, lenient"
    case .unknownValue(let value, let key, let context, let valid):
      return "unknown \(key) '\(value)' \(context); use \(valid.joined(separator: ", "))"
    case .emptyValue(let key, let context):
      return "'\(key)' \(context) must not be empty"
    case .duplicateSubject(let name, let firstLine):
      return "duplicate subject '\(name)' (first defined on line \(firstLine))"
    case .duplicateDiscoveredSubject(let name, let paths):
      let files = paths.map { "'\($0)'" }.joined(separator: " and ")
      return
        "subject '\(name)' is discovered in both \(files); list it under 'subjects:' with "
        + "'versions:', or narrow the glob"
    case .schemaNotFound(let path, let subject):
      return "schema file '\(path)' of subject '\(subject)' does not exist"
    case .schemaIsDirectory(let path, let subject):
      return "schema '\(path)' of subject '\(subject)' is a directory, not a file"
    case .unknownRule(let name, let context, let suggestion):
      return "unknown rule '\(name)' \(context)"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; 'schemacheck rules' lists them")
    case .unknownBufRule(let name, let context, let suggestion):
      let what = "unknown Buf category or breaking rule '\(name)' \(context)"
      if let suggestion { return "\(what); did you mean '\(suggestion)'?" }
      return "\(what); categories: FILE, PACKAGE, WIRE_JSON, WIRE, or a rule id such as "
        + "FIELD_NO_DELETE"
    case .protoRootNotFound(let root):
      return "import root '\(root)' in 'proto.roots' is not a folder"
    case .unknownDraft(let value, let suggestion):
      let drafts = JSONSchemaDraft.allCases.map(\.rawValue).joined(separator: ", ")
      let what = "unknown JSON Schema draft '\(value)' in 'json-schema.draft'"
      if let suggestion { return "\(what); did you mean '\(suggestion)'? drafts: \(drafts)" }
      return "\(what); drafts: \(drafts)"
    case .refMapNotAURI(let prefix):
      return "'\(prefix)' in 'json-schema.refs' is not a URI prefix; write it as "
        + "'https://example.com/schemas/'"
    case .refMapFolderNotFound(let folder):
      return "folder '\(folder)' in 'json-schema.refs' does not exist"
    }
  }
}
