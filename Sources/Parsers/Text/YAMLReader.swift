import SchemaModel
import Yams

/// Reads one YAML document as a located `JSONValue`, the way JSON Schema tools read YAML.
///
/// Plain scalars follow the YAML 1.2 core schema (`true`/`false`, `null`/`~`/empty, decimal,
/// `0o` and `0x` integers, floats), so `yes`, `on` and `2001-12-14` stay strings as in YAML 1.2.
/// Quoted and block scalars are strings. Tags that name a type (`!!binary`, `!!set`, `!foo`) are
/// refused, as are duplicate keys, non-scalar keys, aliases used as keys and documents whose
/// aliases expand past `nodeLimit` nodes ("billion laughs").
public enum YAMLReader {
  /// Far beyond any real document; a "billion laughs" document passes it quickly.
  public static let nodeLimit = 1_000_000
  /// Aliases can nest deeper than libyaml's own nesting limit of 1000.
  public static let depthLimit = 2_000
  /// libyaml's own limit on nested flow and block collections (`yaml_set_max_nest_level`).
  static let libyamlNestingLimit = 1_000

  /// Parses one YAML document into JSON.
  public static func parse(_ text: String) throws(YAMLReadError) -> JSONValue {
    var builder = JSONValueBuilder()
    return try compose(text, builder: &builder)
  }

  /// Composes one YAML document through `builder`, with the alias-key scan and the node and
  /// depth limits applied.
  public static func compose<Builder: YAMLTreeBuilder>(
    _ text: String, builder: inout Builder, nodeLimit: Int = nodeLimit,
    depthLimit: Int = depthLimit
  ) throws(YAMLReadError) -> Builder.Output {
    if let position = AliasKeyGuard.firstAliasKey(in: text) {
      throw YAMLReadError(.aliasKey, at: position)
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw readError(error)
    } catch {
      throw YAMLReadError(.syntax(problem: "\(error)"))
    }
    guard let node else { throw YAMLReadError(.empty) }
    var walker = YAMLTreeWalker(builder: builder, nodeLimit: nodeLimit, depthLimit: depthLimit)
    let output = try walker.walk(node)
    builder = walker.builder
    return output
  }

  /// Turns Yams' errors into located errors without the snippet Yams appends.
  static func readError(_ error: YamlError) -> YAMLReadError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // libyaml stops at its own nesting limit before the tree walker sees the document.
      if problem.hasPrefix("Maximum nesting level reached") {
        return YAMLReadError(
          .tooDeep(limit: libyamlNestingLimit),
          at: TextPosition(line: mark.line, column: mark.column))
      }
      var text = problem
      if let context {
        text += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
      }
      return YAMLReadError(
        .syntax(problem: text), at: TextPosition(line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.joined(separator: "\", \"")
      return YAMLReadError(
        .duplicateKey(keys), at: TextPosition(line: context.mark.line, column: context.mark.column))
    case .reader(let problem, _, _, _):
      return YAMLReadError(.syntax(problem: problem))
    default:
      return YAMLReadError(.syntax(problem: "\(error)"))
    }
  }
}

/// Builds `JSONValue`s, resolving plain scalars with the YAML 1.2 core schema.
struct JSONValueBuilder: YAMLTreeBuilder {
  func scalar(_ text: String, isPlain: Bool, tag: String?, at position: TextPosition)
    throws(YAMLReadError) -> JSONValue
  {
    if let tag {
      throw YAMLReadError(.unsupportedTag(YAMLTreeWalker<Self>.shortTag(tag)), at: position)
    }
    guard isPlain else { return JSONValue(.string(text), at: position) }
    return JSONValue(try YAMLCoreScalar.resolve(text, at: position), at: position)
  }

  func sequence(_ items: [JSONValue], at position: TextPosition) -> JSONValue {
    JSONValue(.array(items), at: position)
  }

  func mapping(_ entries: [YAMLEntry<JSONValue>], at position: TextPosition) -> JSONValue {
    JSONValue(
      .object(
        entries.map { JSONMember(key: $0.key, keyPosition: $0.keyPosition, value: $0.value) }),
      at: position)
  }
}
