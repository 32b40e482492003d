import Parsers
import SchemaModel

/// Turns a schema and everything it references into a `CompiledSchemaProgram`.
///
/// Subschemas are compiled from a work list, so `$ref` cycles and deep schemas never recurse:
/// a reference only needs the number of its target's node.
final class SchemaCompiler {
  private(set) var index = JSONSchemaResourceIndex()
  private let loader: any JSONSchemaResourceLoader
  let options: JSONSchemaValidatorOptions
  private var program = CompiledSchemaProgram()
  private var nodeForSubschema: [Int: Int] = [:]
  private var pending: [(subschema: Int, node: Int)] = []
  /// False when a custom meta-schema leaves out the validation vocabulary.
  private(set) var validationVocabulary = true
  /// True when a custom meta-schema declares the 2020-12 format-assertion vocabulary.
  private(set) var formatAssertionVocabulary = false

  init(loader: any JSONSchemaResourceLoader, options: JSONSchemaValidatorOptions) {
    self.loader = loader
    self.options = options
  }

  /// Compiles the root schema and all it references.
  func compile(
    schema: JSONValue, baseURI: String
  ) throws(JSONSchemaCompileError) -> CompiledSchemaProgram {
    let draft = try rootDraft(of: schema, displayPath: baseURI)
    let root = index.add(
      document: schema, retrievalURI: baseURI, draft: draft, displayPath: baseURI)
    program.maxDepth = options.maxDepth
    program.root = node(for: root)
    try drain()
    var known = 0
    // Dynamic targets are chosen at run time, so every anchor they may land on is compiled.
    while known != index.subschemas.count {
      known = index.subschemas.count
      for (resource, anchors) in index.dynamicAnchors {
        for (name, subschema) in anchors {
          program.dynamicAnchors[resource, default: [:]][name] = node(for: subschema)
        }
      }
      for (position, subschema) in index.subschemas.enumerated()
      where subschema.recursiveAnchor && subschema.canonicalLocation.hasSuffix("#") {
        program.recursiveAnchors[subschema.resourceURI] = node(for: position)
      }
      try drain()
    }
    return program
  }

  /// The node for an indexed subschema, queued for compilation the first time.
  func node(for subschema: Int) -> Int {
    if let existing = nodeForSubschema[subschema] { return existing }
    let entry = index.subschemas[subschema]
    let position = program.nodes.count
    program.nodes.append(
      CompiledSchemaNode(absoluteLocation: entry.canonicalLocation, resourceURI: entry.resourceURI))
    nodeForSubschema[subschema] = position
    pending.append((subschema, position))
    return position
  }

  private func drain() throws(JSONSchemaCompileError) {
    while let (subschema, node) = pending.popLast() {
      let keywords = try compileKeywords(index.subschemas[subschema])
      let placeholder = program.nodes[node]
      program.nodes[node] = CompiledSchemaNode(
        keywords: keywords, absoluteLocation: placeholder.absoluteLocation,
        resourceURI: placeholder.resourceURI)
      if keywords.contains(where: {
        if case .unevaluatedItems = $0 { return true }
        if case .unevaluatedProperties = $0 { return true }
        return false
      }) {
        program.tracksAnnotations = true
      }
    }
  }

  private func compileKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    switch schema.value.kind {
    case .bool(true): return []
    case .bool(false): return [.never]
    case .object: break
    default:
      throw error(
        "a schema must be an object or a boolean, not \(schema.value.typeName)", schema.value,
        schema)
    }
    if schema.draft <= .draft7, schema.value["$ref"] != nil {
      // Before 2019-09 `$ref` replaces the whole schema: its siblings are ignored.
      return try compileReferenceKeywords(schema)
    }
    var keywords = try compileReferenceKeywords(schema)
    if validationVocabulary {
      keywords += try compileTypeKeywords(schema)
      keywords += try compileNumericKeywords(schema)
      keywords += try compileStringKeywords(schema)
      keywords += try compileArrayCountKeywords(schema)
      keywords += try compileObjectCountKeywords(schema)
    }
    keywords += try compileFormatKeyword(schema)
    keywords += try compileItemsKeywords(schema)
    keywords += try compileContainsKeywords(schema)
    keywords += try compilePropertiesKeywords(schema)
    keywords += try compileCombinatorKeywords(schema)
    keywords += try compileConditionalKeywords(schema)
    keywords += try compileUnevaluatedKeywords(schema)
    return keywords
  }

  /// The node of a subschema under `tokens` (`["properties", "name"]`) of `schema`.
  func childNode(
    _ schema: JSONSchemaSubschema, _ tokens: String...
  ) throws(JSONSchemaCompileError) -> Int {
    var key = schema.canonicalLocation
    for token in tokens { key += "/" + JSONPointer.escape(token) }
    guard let child = index.subschema(for: key) else {
      let shown = tokens.joined(separator: "/")
      throw error("'\(shown)' must be a schema (an object or a boolean)", schema.value, schema)
    }
    return node(for: child)
  }

  /// A compile error pointing at `value`.
  func error(
    _ message: String, _ value: JSONValue, _ schema: JSONSchemaSubschema
  ) -> JSONSchemaCompileError {
    JSONSchemaCompileError(
      message: message, position: value.position, displayPath: schema.displayPath)
  }

  /// The value of a keyword that must be a non-negative integer, if present.
  func count(_ keyword: String, in schema: JSONSchemaSubschema) throws(JSONSchemaCompileError)
    -> Int?
  {
    guard let value = schema.value[keyword] else { return nil }
    guard case .number(let number) = value.kind,
      JSONValueComparison.isInteger(number, literalOnly: false), number.doubleValue >= 0
    else {
      throw error("'\(keyword)' must be a non-negative integer", value, schema)
    }
    if let exact = number.int64Value { return Int(clamping: exact) }
    let approximate = number.doubleValue
    return approximate < Double(Int.max) ? Int(approximate) : Int.max
  }

  // MARK: references

  /// The subschema `reference` names, loading its document when needed.
  func resolve(
    _ reference: String, from schema: JSONSchemaSubschema, at value: JSONValue
  ) throws(JSONSchemaCompileError) -> Int {
    let absolute = URIReference.resolve(reference, against: schema.baseURI)
    let uri = URIReference(parsing: absolute)
    let document = uri.withoutFragment.text
    if !index.knowsResource(document) {
      try load(document, referrer: schema, at: value)
    }
    let fragment = JSONPointer.percentDecoded(uri.fragment ?? "")
    if fragment.isEmpty {
      if let found = index.subschema(for: document) { return found }
    } else if let found = index.subschema(for: document + "#" + fragment) {
      return found
    } else if fragment.hasPrefix("/"), let rootPosition = index.subschema(for: document),
      let tokens = JSONPointer.tokens(fragment)
    {
      let root = index.subschemas[rootPosition]
      if let target = JSONPointer.value(at: tokens, in: root.value) {
        return index.addDetached(
          target, at: document + "#" + fragment, base: root.baseURI, draft: root.draft,
          displayPath: root.displayPath)
      }
    }
    throw error("cannot resolve '\(reference)': nothing at \(absolute)", value, schema)
  }

  private func load(
    _ document: String, referrer: JSONSchemaSubschema, at value: JSONValue
  ) throws(JSONSchemaCompileError) {
    if let builtIn = Self.builtInMetaSchema(document) {
      let draft =
        builtIn["$schema"]?.stringValue.flatMap { JSONSchemaDraft(metaSchemaURI: $0) }
        ?? referrer.draft
      index.add(document: builtIn, retrievalURI: document, draft: draft, displayPath: document)
      return
    }
    switch loader.load(uri: document) {
    case .found(let loaded, let displayPath):
      let draft =
        loaded["$schema"]?.stringValue.flatMap { JSONSchemaDraft(metaSchemaURI: $0) }
        ?? referrer.draft
      index.add(document: loaded, retrievalURI: document, draft: draft, displayPath: displayPath)
    case .refused(let reason):
      throw error("the reference to \(document) is refused: \(reason)", value, referrer)
    case .notFound:
      if document.hasPrefix("http://") || document.hasPrefix("https://") {
        throw error(
          "remote schema \(document) is not fetched; map its prefix to a local folder "
            + "(--ref-map PREFIX=DIR)", value, referrer)
      }
      throw error(
        "cannot resolve a reference to \(document): no such schema is known", value, referrer)
    }
  }

  /// A built-in meta-schema for a URI written with http or https and with or without `#`.
  static func builtInMetaSchema(_ uri: String) -> JSONValue? {
    var key = uri
    if key.hasSuffix("#") { key.removeLast() }
    let alternative =
      key.hasPrefix("https://")
      ? "http://" + key.dropFirst("https://".count) : "https://" + key.dropFirst("http://".count)
    guard let text = JSONSchemaMetaSchemas.texts[key] ?? JSONSchemaMetaSchemas.texts[alternative]
    else { return nil }
    do {
      return try JSONReader.parse(text)
    } catch {
      preconditionFailure("bug: built-in meta-schema \(key) does not parse: \(error)")
    }
  }

  private func rootDraft(
    of schema: JSONValue, displayPath: String
  ) throws(JSONSchemaCompileError) -> JSONSchemaDraft {
    guard let declared = schema["$schema"] else { return options.defaultDraft }
    let fail = { (message: String) in
      JSONSchemaCompileError(
        message: message, position: declared.position, displayPath: displayPath)
    }
    guard let uri = declared.stringValue else { throw fail("'$schema' must be a string") }
    if let draft = JSONSchemaDraft(metaSchemaURI: uri) { return draft }
    let document = URIReference(parsing: uri).withoutFragment.text
    if case .found(let meta, _) = loader.load(uri: document),
      let metaURI = meta["$schema"]?.stringValue,
      let draft = JSONSchemaDraft(metaSchemaURI: metaURI)
    {
      if let vocabularies = meta["$vocabulary"]?.members {
        validationVocabulary = vocabularies.contains { $0.key.hasSuffix("/vocab/validation") }
        formatAssertionVocabulary = vocabularies.contains {
          $0.key.hasSuffix("/vocab/format-assertion")
        }
      }
      return draft
    }
    throw fail(
      "unknown $schema '\(uri)'; schemacheck reads drafts 4, 6, 7, 2019-09 and 2020-12 "
        + "(for example https://json-schema.org/draft/2020-12/schema)")
  }
}
