import SchemaModel

/// One AsyncAPI 2.x or 3.x document normalised into one shape: one application (service), its
/// servers, channels, operations (what it sends and receives) and messages.
public struct AsyncAPIDocument: Hashable, Sendable {
  /// The document as the caller named it (relative to the project folder).
  public var path: String
  /// The `asyncapi:` version; nil when it is missing or refused.
  public var version: AsyncAPIVersion?
  /// The root `id` (a URI naming the application), when given.
  public var id: String?
  public var info: AsyncAPIInfo
  public var servers: [AsyncAPIServer]
  public var channels: [AsyncAPIChannel]
  public var operations: [AsyncAPIOperation]
  public var messages: [AsyncAPIMessage]
  /// The root's `x-*` members (`x-schemacheck-service`, ...), in source order.
  public var extensions: [JSONMember]
  public var diagnostics: [Diagnostic]

  public init(
    path: String, version: AsyncAPIVersion? = nil, id: String? = nil,
    info: AsyncAPIInfo = AsyncAPIInfo(), servers: [AsyncAPIServer] = [],
    channels: [AsyncAPIChannel] = [], operations: [AsyncAPIOperation] = [],
    messages: [AsyncAPIMessage] = [], extensions: [JSONMember] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.path = path
    self.version = version
    self.id = id
    self.info = info
    self.servers = servers
    self.channels = channels
    self.operations = operations
    self.messages = messages
    self.extensions = extensions
    self.diagnostics = diagnostics
  }

  /// True when a diagnostic is an error.
  public var hasErrors: Bool { diagnostics.hasErrors }

  /// The root extension with this name (`x-schemacheck-service`).
  public func extensionValue(_ name: String) -> JSONValue? {
    extensions.first { $0.key == name }?.value
  }

  /// The message with this id.
  public func message(_ id: String) -> AsyncAPIMessage? { messages.first { $0.id == id } }

  /// The channel with this id.
  public func channel(_ id: String) -> AsyncAPIChannel? { channels.first { $0.id == id } }
}

/// The `info` object (with the root `tags` of 2.x).
public struct AsyncAPIInfo: Hashable, Sendable {
  public var title: String
  /// The application's version (not a message version).
  public var version: String
  public var description: String?
  public var contact: AsyncAPIContact?
  public var tags: [String]
  /// The `info` object's `x-*` members.
  public var extensions: [JSONMember]

  public init(
    title: String = "", version: String = "", description: String? = nil,
    contact: AsyncAPIContact? = nil, tags: [String] = [], extensions: [JSONMember] = []
  ) {
    self.title = title
    self.version = version
    self.description = description
    self.contact = contact
    self.tags = tags
    self.extensions = extensions
  }
}

/// `info.contact`: a hint at who owns the application.
public struct AsyncAPIContact: Hashable, Sendable {
  public var name: String?
  public var url: String?
  public var email: String?

  public init(name: String? = nil, url: String? = nil, email: String? = nil) {
    self.name = name
    self.url = url
    self.email = email
  }
}

/// One entry of `servers`.
public struct AsyncAPIServer: Hashable, Sendable {
  public var name: String
  public var protocolName: String
  /// 3.x `host`, or the 2.x `url`.
  public var host: String
  /// 3.x `pathname`.
  public var pathname: String?
  public var description: String?

  public init(
    name: String, protocolName: String, host: String, pathname: String? = nil,
    description: String? = nil
  ) {
    self.name = name
    self.protocolName = protocolName
    self.host = host
    self.pathname = pathname
    self.description = description
  }
}

/// One channel: 2.x keys channels by address; 3.x by id, with an `address` field.
public struct AsyncAPIChannel: Hashable, Sendable {
  /// 3.x: the key in `channels`; 2.x: the address.
  public var id: String
  /// The broker address; nil when 3.x says `null` (unknown or dynamic).
  public var address: String?
  public var title: String?
  public var description: String?
  /// Names of the servers it is available on; empty means every server.
  public var servers: [String]
  /// The names of its `bindings` (`kafka`, `amqp`, ...), in source order.
  public var bindingNames: [String]
  public var kafka: AsyncAPIKafkaChannelBinding?
  /// `bindings.amqp` (AMQP 0-9-1 bindings 0.3.0).
  public var amqp: AsyncAPIAMQPChannelBinding?
  /// The ids of the messages it carries (3.x `messages`; 2.x its operations' messages).
  public var messages: [String] = []
  public var location: SourceLocation

  public init(
    id: String, address: String?, title: String? = nil, description: String? = nil,
    servers: [String] = [], bindingNames: [String] = [], kafka: AsyncAPIKafkaChannelBinding? = nil,
    location: SourceLocation
  ) {
    self.id = id
    self.address = address
    self.title = title
    self.description = description
    self.servers = servers
    self.bindingNames = bindingNames
    self.kafka = kafka
    self.location = location
  }

  /// The topic data goes to: the Kafka binding's `topic`, else the address.
  public var effectiveAddress: String? { kafka?.topic ?? address }
}

/// `bindings.kafka` of a channel (Kafka bindings 0.5.0).
public struct AsyncAPIKafkaChannelBinding: Hashable, Sendable {
  public var topic: String?
  public var partitions: Int?
  public var replicas: Int?
  /// `topicConfiguration` members as written (`retention.ms`, `cleanup.policy`, ...).
  public var topicConfiguration: [JSONMember]

  public init(
    topic: String? = nil, partitions: Int? = nil, replicas: Int? = nil,
    topicConfiguration: [JSONMember] = []
  ) {
    self.topic = topic
    self.partitions = partitions
    self.replicas = replicas
    self.topicConfiguration = topicConfiguration
  }
}

/// `bindings.amqp` of a channel: the exchange or queue behind the address.
public struct AsyncAPIAMQPChannelBinding: Hashable, Sendable {
  /// `routingKey` or `queue`.
  public var kind: String?
  public var exchange: String?
  /// `topic`, `direct`, `fanout`, `default` or `headers`.
  public var exchangeType: String?
  public var queue: String?
  public var virtualHost: String?

  public init(
    kind: String? = nil, exchange: String? = nil, exchangeType: String? = nil,
    queue: String? = nil, virtualHost: String? = nil
  ) {
    self.kind = kind
    self.exchange = exchange
    self.exchangeType = exchangeType
    self.queue = queue
    self.virtualHost = virtualHost
  }
}

/// What an operation does, from the application's point of view.
public enum AsyncAPIAction: String, Hashable, Sendable, CaseIterable {
  /// The application produces (2.x `subscribe`).
  case send
  /// The application consumes (2.x `publish`).
  case receive
}

/// One operation: the application sends or receives messages on a channel.
public struct AsyncAPIOperation: Hashable, Sendable {
  /// 3.x: the key in `operations`; 2.x: `operationId`, else `<verb> <address>`.
  public var id: String
  public var action: AsyncAPIAction
  /// The channel's id.
  public var channel: String
  /// The ids of the messages it carries.
  public var messages: [String]
  public var title: String?
  public var summary: String?
  public var description: String?
  public var location: SourceLocation

  public init(
    id: String, action: AsyncAPIAction, channel: String, messages: [String],
    title: String? = nil, summary: String? = nil, description: String? = nil,
    location: SourceLocation
  ) {
    self.id = id
    self.action = action
    self.channel = channel
    self.messages = messages
    self.title = title
    self.summary = summary
    self.description = description
    self.location = location
  }
}
