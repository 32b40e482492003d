import Foundation
import Parsers
import SchemaModel

/// One AsyncAPI document seen as a service of the catalog: what it is, where it runs, and the
/// subjects it produces and consumes.
public struct AsyncAPIService: Hashable, Sendable {
  /// `x-schemacheck-service` at the document's root, else `info.title` as a slug
  /// (`Orders Service` gives `orders-service`), else the file name without extension.
  public var id: String
  public var title: String
  /// `info.version`: the application's version.
  public var version: String
  public var description: String?
  /// `info.contact.name`: a hint at the owner.
  public var owner: String?
  public var tags: [String]
  public var servers: [AsyncAPIServer]
  /// Subject names of the messages its `send` operations carry (2.x `subscribe`), sorted.
  public var produces: [String]
  /// Subject names of the messages its `receive` operations carry (2.x `publish`), sorted.
  public var consumes: [String]
  public var messages: [AsyncAPIServiceMessage]
  /// The document, relative to the config's folder.
  public var documentPath: String
}

/// One message of a service, as the catalog shows it on the event's page.
public struct AsyncAPIServiceMessage: Hashable, Sendable {
  /// The subject it belongs to (`x-schemacheck-subject`, else the message id).
  public var subject: String
  public var messageID: String
  public var title: String?
  public var summary: String?
  public var description: String?
  public var contentType: String?
  /// `x-eventcatalog-message-version`.
  public var messageVersion: String?
  /// The address of the first channel carrying it (the Kafka binding's topic when set).
  public var channelAddress: String?
  /// The protocols of the servers that channel is on, sorted.
  public var protocols: [String]
  public var kafka: AsyncAPIKafkaChannelBinding?
  public var amqp: AsyncAPIAMQPChannelBinding?
  /// The message's `tags`.
  public var tags: [String]
  /// The Kafka record key's schema as compact JSON.
  public var keySchema: String?
  public var documentPath: String
}

/// The services of a config's AsyncAPI documents, for the catalog.
public enum AsyncAPIServices {
  /// Reads the config's AsyncAPI documents and describes each as a service.
  public static func load(_ config: Config) throws(WorkspaceError) -> [AsyncAPIService] {
    services(of: try AsyncAPISources.load(config))
  }

  /// One service per document whose version is read, in document path order.
  public static func services(of sources: AsyncAPISources) -> [AsyncAPIService] {
    sources.documents.filter { $0.version != nil }.map(service)
  }

  static func service(_ document: AsyncAPIDocument) -> AsyncAPIService {
    func subjects(_ action: AsyncAPIAction) -> [String] {
      let ids = document.operations.filter { $0.action == action }.flatMap(\.messages)
      let names = ids.compactMap { document.message($0) }.map(AsyncAPIMessageSubject.name)
      return Array(Set(names)).sorted()
    }
    return AsyncAPIService(
      id: serviceID(document), title: document.info.title, version: document.info.version,
      description: document.info.description, owner: document.info.contact?.name,
      tags: document.info.tags, servers: document.servers, produces: subjects(.send),
      consumes: subjects(.receive),
      messages: document.messages.map { message(of: $0, in: document) },
      documentPath: document.path)
  }

  static func message(of message: AsyncAPIMessage, in document: AsyncAPIDocument)
    -> AsyncAPIServiceMessage
  {
    let channel = document.channels.first { $0.messages.contains(message.id) }
    let servers =
      channel.map { channel in
        channel.servers.isEmpty
          ? document.servers : document.servers.filter { channel.servers.contains($0.name) }
      } ?? []
    return AsyncAPIServiceMessage(
      subject: AsyncAPIMessageSubject.name(of: message), messageID: message.id,
      title: message.title, summary: message.summary, description: message.description,
      contentType: message.contentType, messageVersion: message.messageVersion,
      channelAddress: channel?.effectiveAddress,
      protocols: Array(Set(servers.map(\.protocolName))).sorted(), kafka: channel?.kafka,
      amqp: channel?.amqp, tags: message.tags, keySchema: message.kafkaKey.map(JSONText.render),
      documentPath: document.path)
  }

  /// `x-schemacheck-service`, else the title as a slug, else the file name.
  static func serviceID(_ document: AsyncAPIDocument) -> String {
    if let id = document.extensionValue("x-schemacheck-service")?.stringValue, !id.isEmpty {
      return id
    }
    let slug = slug(document.info.title)
    if !slug.isEmpty { return slug }
    let name = document.path.split(separator: "/").last.map(String.init) ?? document.path
    return name.split(separator: ".").first.map(String.init) ?? name
  }

  /// Lower-case ASCII letters and digits; every other run of characters becomes one `-`.
  static func slug(_ text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty, !result.hasSuffix("-") {
        result += "-"
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result
  }
}
