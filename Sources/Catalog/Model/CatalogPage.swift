/// One file of the rendered catalog, at a path relative to the output folder.
public struct CatalogPage: Hashable, Sendable {
  /// `README.md`, `events/orders.order-placed.html`; always made of slugs, never `..`.
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}

/// A renderer of one output format.
public protocol CatalogRendering: Sendable {
  /// The pages of `catalog`, in path order.
  func render(_ catalog: EventCatalog) -> [CatalogPage]
}
