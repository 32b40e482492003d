import SchemaModel

/// Follows `$ref`s in an AsyncAPI document and the local files it names, reading each file once
/// through the caller's loader, and reports what cannot be followed.
final class AsyncAPIResolver {
  /// `$ref` chains and inlined schemas deeper than this are refused (a hostile document).
  static let depthLimit = 64
  /// Values an inlined schema may hold: references used many times can multiply a small
  /// document into billions of nodes, as YAML aliases can.
  static let inlineNodeLimit = 200_000
  /// Nesting an inlined schema may have (the recursion below is bounded by it).
  static let inlineNestingLimit = 256
  private let loader: any AsyncAPIFileLoader
  private let displayPrefix: String
  private var documents: [String: JSONValue?] = [:]
  private(set) var diagnostics: [Diagnostic] = []

  init(rootPath: String, root: JSONValue, loader: any AsyncAPIFileLoader, displayPrefix: String) {
    self.loader = loader
    self.displayPrefix = displayPrefix
    documents[rootPath] = root
  }

  func report(_ issue: AsyncAPIIssue, file: String, at position: TextPosition) {
    diagnostics.append(
      Diagnostic(
        ruleID: issue.ruleID, severity: issue.severity, message: issue.message,
        location: location(file: file, position)))
  }

  func location(file: String, _ position: TextPosition) -> SourceLocation {
    SourceLocation(file: displayPrefix + file, position: position)
  }

  /// The node after following its `$ref` chain; nil (after a diagnostic) when a link fails.
  func resolve(_ node: AsyncAPINode) -> AsyncAPINode? {
    var current = node
    var seen: Set<String> = []
    while let reference = current.reference {
      let position = current.value["$ref"]?.position ?? current.value.position
      guard let target = target(of: reference, from: current.file, at: position) else {
        return nil
      }
      guard seen.insert(target.identity).inserted, seen.count <= Self.depthLimit else {
        report(.refCycle(reference: reference), file: current.file, at: position)
        return nil
      }
      current = target
    }
    return current
  }

  /// Where a reference points: a file part (resolved against `file`) and a JSON pointer.
  func target(of reference: String, from file: String, at position: TextPosition)
    -> AsyncAPINode?
  {
    let (filePart, fragment) = Self.split(reference)
    var targetFile = file
    if !filePart.isEmpty {
      switch AsyncAPIReferencePath.resolve(filePart, from: file) {
      case .refused(let reason):
        report(.refRefused(reference: reference, reason: reason), file: file, at: position)
        return nil
      case .path(let path):
        targetFile = path
      }
    }
    guard let document = document(targetFile, reference: reference, from: file, at: position)
    else { return nil }
    let pointer = JSONPointer.percentDecoded(fragment ?? "")
    guard let tokens = JSONPointer.tokens(pointer) else {
      report(
        .refUnresolved(reference: reference, reason: "the fragment is not a JSON pointer"),
        file: file, at: position)
      return nil
    }
    guard let value = JSONPointer.value(at: tokens, in: document) else {
      report(
        .refUnresolved(reference: reference, reason: "nothing is at '\(pointer)' in \(targetFile)"),
        file: file, at: position)
      return nil
    }
    return AsyncAPINode(value: value, file: targetFile, pointer: pointer)
  }

  /// The file part of a reference resolved against `file`, or why it cannot be read.
  func filePath(of reference: String, from file: String, at position: TextPosition) -> String? {
    switch AsyncAPIReferencePath.resolve(Self.split(reference).file, from: file) {
    case .refused(let reason):
      report(.refRefused(reference: reference, reason: reason), file: file, at: position)
      return nil
    case .path(let path):
      return path
    }
  }

  /// True when the loader can read `path`; reports why not otherwise.
  func exists(_ path: String, reference: String, from file: String, at position: TextPosition)
    -> Bool
  {
    switch loader.load(path: path) {
    case .found: return true
    case .notFound:
      report(
        .refUnresolved(reference: reference, reason: "\(path) does not exist"), file: file,
        at: position)
    case .refused(let reason):
      report(.refRefused(reference: reference, reason: reason), file: file, at: position)
    }
    return false
  }

  /// `value` with every `$ref` it holds replaced by its target, recursively; a reference back
  /// into the schema being inlined is left as written, with a warning.
  func inlined(_ node: AsyncAPINode) -> JSONValue {
    var stack: [String] = []
    var budget = Self.inlineNodeLimit
    var reported = false
    let value = inlined(node, stack: &stack, nesting: 0, budget: &budget, reported: &reported)
    return reported ? node.value : value
  }

  private func inlined(
    _ node: AsyncAPINode, stack: inout [String], nesting: Int, budget: inout Int,
    reported: inout Bool
  ) -> JSONValue {
    if reported { return node.value }
    budget -= 1
    guard budget >= 0, nesting < Self.inlineNestingLimit else {
      reported = true
      report(
        .refUnresolved(
          reference: node.reference ?? node.pointer,
          reason: "the inlined schema is larger or deeper than the limit of "
            + "\(Self.inlineNodeLimit) values and \(Self.inlineNestingLimit) levels"),
        file: node.file, at: node.value.position)
      return node.value
    }
    guard stack.count < Self.depthLimit else {
      report(
        .refUnresolved(
          reference: node.reference ?? node.pointer,
          reason: "references nest deeper than \(Self.depthLimit)"),
        file: node.file, at: node.value.position)
      return node.value
    }
    if let reference = node.reference {
      let position = node.value["$ref"]?.position ?? node.value.position
      guard let target = target(of: reference, from: node.file, at: position) else {
        return node.value
      }
      if stack.contains(target.identity) {
        report(.recursiveSchema(reference: reference), file: node.file, at: position)
        return node.value
      }
      stack.append(target.identity)
      defer { stack.removeLast() }
      return inlined(
        target, stack: &stack, nesting: nesting + 1, budget: &budget, reported: &reported)
    }
    switch node.value.kind {
    case .object:
      let members = node.members.map { member in
        JSONMember(
          key: member.key, keyPosition: member.keyPosition,
          value: inlined(
            member.node, stack: &stack, nesting: nesting + 1, budget: &budget,
            reported: &reported))
      }
      return JSONValue(.object(members), at: node.value.position)
    case .array:
      return JSONValue(
        .array(
          node.elements.map {
            inlined(
              $0, stack: &stack, nesting: nesting + 1, budget: &budget, reported: &reported)
          }), at: node.value.position)
    default:
      return node.value
    }
  }

  /// `(file, fragment)` of a reference; the fragment is nil when there is no `#`.
  static func split(_ reference: String) -> (file: String, fragment: String?) {
    guard let hash = reference.firstIndex(of: "#") else { return (reference, nil) }
    return (
      String(reference[..<hash]), String(reference[reference.index(after: hash)...])
    )
  }

  private func document(
    _ path: String, reference: String, from file: String, at position: TextPosition
  ) -> JSONValue? {
    if let cached = documents[path] { return cached }
    var parsed: JSONValue?
    switch loader.load(path: path) {
    case .found(let bytes):
      switch AsyncAPITextReader.read(bytes, path: path) {
      case .success(let value): parsed = value
      case .failure(let failure):
        report(.unreadableFile(path: path, problem: failure.message), file: file, at: position)
      }
    case .notFound:
      report(
        .refUnresolved(reference: reference, reason: "\(path) does not exist"), file: file,
        at: position)
    case .refused(let reason):
      report(.refRefused(reference: reference, reason: reason), file: file, at: position)
    }
    documents[path] = parsed
    return parsed
  }
}
