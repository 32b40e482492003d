import SchemaModel

/// Reads an AsyncAPI 2.0-2.6 or 3.0-3.1 document (YAML or JSON) into `AsyncAPIDocument`:
/// `$ref`s followed (local pointers and relative local files through the caller's loader,
/// never the network), traits applied, 2.x and 3.x normalised into one shape.
public enum AsyncAPIParser {
  /// Parses `bytes` of the document at `path` (relative to the loader's root). Findings point
  /// at `displayPrefix + path` (and the referenced files likewise).
  public static func parse(
    _ bytes: [UInt8], path: String, loader: any AsyncAPIFileLoader, displayPrefix: String = ""
  ) -> AsyncAPIDocument {
    var document = AsyncAPIDocument(path: path)
    let root: JSONValue
    switch AsyncAPITextReader.read(bytes, path: path) {
    case .success(let value): root = value
    case .failure(let failure):
      document.diagnostics = [
        Diagnostic(
          ruleID: failure.ruleID, severity: .error, message: failure.message,
          location: SourceLocation(file: displayPrefix + path, position: failure.position))
      ]
      return document
    }
    let resolver = AsyncAPIResolver(
      rootPath: path, root: root, loader: loader, displayPrefix: displayPrefix)
    var builder = AsyncAPIBuilder(
      resolver: resolver, root: AsyncAPINode(value: root, file: path, pointer: ""))
    builder.build(into: &document)
    document.diagnostics = resolver.diagnostics.sorted(by: Diagnostic.reportOrder)
    return document
  }
}

/// The state of one parse: the resolver and the messages found so far, by identity.
struct AsyncAPIBuilder {
  let resolver: AsyncAPIResolver
  let root: AsyncAPINode
  var version = AsyncAPIVersion.fallback
  var defaultContentType: String?
  var messages: [AsyncAPIMessage] = []
  /// Message ids by the identity (`file#pointer`) of the message object.
  var messageIDs: [String: String] = [:]

  init(resolver: AsyncAPIResolver, root: AsyncAPINode) {
    self.resolver = resolver
    self.root = root
  }

  mutating func build(into document: inout AsyncAPIDocument) {
    guard case .object = root.value.kind else {
      report(.notAnObject(found: root.value.typeName), at: root.value)
      return
    }
    guard let versionValue = root.value["asyncapi"] else {
      report(.missingVersion, at: root.value)
      return
    }
    let versionText: String
    switch versionValue.kind {
    case .string(let text): versionText = text
    case .number(let number): versionText = number.text
    default: versionText = JSONText.render(versionValue)
    }
    guard let version = AsyncAPIVersion(versionText) else {
      report(.unsupportedVersion(versionText), at: versionValue)
      return
    }
    self.version = version
    document.version = version
    document.id = root.string("id")
    defaultContentType = root.string("defaultContentType")
    document.info = info()
    document.servers = servers()
    document.extensions = Self.extensions(root.value)
    if version.isV3 {
      buildV3(into: &document)
    } else {
      buildV2(into: &document)
    }
    document.messages = messages
  }

  func report(_ issue: AsyncAPIIssue, at value: JSONValue, in file: String? = nil) {
    resolver.report(issue, file: file ?? root.file, at: value.position)
  }

  func location(_ node: AsyncAPINode) -> SourceLocation {
    resolver.location(file: node.file, node.value.position)
  }

  static func extensions(_ value: JSONValue) -> [JSONMember] {
    (value.members ?? []).filter { $0.key.hasPrefix("x-") }
  }

  /// A string field; another type is reported and ignored.
  func string(_ key: String, of node: AsyncAPINode, owner: String) -> String? {
    guard let value = node.value[key] else { return nil }
    if let text = value.stringValue { return text }
    if case .number(let number) = value.kind { return number.text }
    report(
      .invalidField(field: key, owner: owner, expected: "a string", found: value.typeName),
      at: value, in: node.file)
    return nil
  }

  /// The names of a `tags` list (`[{name: x}]`).
  func tagNames(_ node: AsyncAPINode?) -> [String] {
    guard let node else { return [] }
    return node.elements.compactMap { element in
      resolver.resolve(element)?.string("name")
    }
  }

  func info() -> AsyncAPIInfo {
    guard let node = root.child("info").flatMap(resolver.resolve) else {
      report(.missingField(field: "info", owner: "the document"), at: root.value)
      return AsyncAPIInfo()
    }
    var info = AsyncAPIInfo(
      title: string("title", of: node, owner: "info") ?? "",
      version: string("version", of: node, owner: "info") ?? "",
      description: string("description", of: node, owner: "info"),
      tags: tagNames(version.isV3 ? node.child("tags") : root.child("tags")),
      extensions: Self.extensions(node.value))
    if info.title.isEmpty {
      report(.missingField(field: "title", owner: "info"), at: node.value, in: node.file)
    }
    if let contact = node.child("contact").flatMap(resolver.resolve) {
      info.contact = AsyncAPIContact(
        name: contact.string("name"), url: contact.string("url"), email: contact.string("email"))
    }
    return info
  }

  func servers() -> [AsyncAPIServer] {
    guard let servers = root.child("servers") else { return [] }
    return servers.members.compactMap { member -> AsyncAPIServer? in
      guard let node = resolver.resolve(member.node) else { return nil }
      let owner = "server '\(member.key)'"
      let host =
        version.isV3
        ? string("host", of: node, owner: owner) : string("url", of: node, owner: owner)
      return AsyncAPIServer(
        name: member.key, protocolName: string("protocol", of: node, owner: owner) ?? "",
        host: host ?? "", pathname: string("pathname", of: node, owner: owner),
        description: string("description", of: node, owner: owner))
    }
  }

  /// The Kafka binding of a channel.
  func kafkaChannelBinding(_ channel: AsyncAPINode) -> AsyncAPIKafkaChannelBinding? {
    guard let bindings = channel.child("bindings").flatMap(resolver.resolve),
      let kafka = bindings.child("kafka").flatMap(resolver.resolve)
    else { return nil }
    return AsyncAPIKafkaChannelBinding(
      topic: kafka.string("topic"), partitions: kafka.value["partitions"].flatMap(Self.integer),
      replicas: kafka.value["replicas"].flatMap(Self.integer),
      topicConfiguration: kafka.value["topicConfiguration"]?.members ?? [])
  }

  /// The AMQP binding of a channel.
  func amqpChannelBinding(_ channel: AsyncAPINode) -> AsyncAPIAMQPChannelBinding? {
    guard let bindings = channel.child("bindings").flatMap(resolver.resolve),
      let amqp = bindings.child("amqp").flatMap(resolver.resolve)
    else { return nil }
    let exchange = amqp.child("exchange").flatMap(resolver.resolve)
    let queue = amqp.child("queue").flatMap(resolver.resolve)
    return AsyncAPIAMQPChannelBinding(
      kind: amqp.string("is"), exchange: exchange?.string("name"),
      exchangeType: exchange?.string("type"), queue: queue?.string("name"),
      virtualHost: exchange?.string("vhost") ?? queue?.string("vhost"))
  }

  static func integer(_ value: JSONValue) -> Int? {
    if case .number(let number) = value.kind { return number.int64Value.map { Int($0) } }
    return nil
  }

  /// The names of an object's `bindings`.
  func bindingNames(_ node: AsyncAPINode) -> [String] {
    guard let bindings = node.child("bindings").flatMap(resolver.resolve) else { return [] }
    return bindings.members.map(\.key)
  }
}

extension AsyncAPIVersion {
  /// Used before the version is known; never reported.
  static let fallback = AsyncAPIVersion(major: 3, minor: 0, text: "3.0.0")

  init(major: Int, minor: Int, text: String) {
    self.major = major
    self.minor = minor
    self.text = text
  }
}
