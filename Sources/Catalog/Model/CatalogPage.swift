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

/// A page whose path is known before its bytes: the writer renders and writes pages one at a
/// time on every core, so rendering overlaps the file system's work and no page waits in
/// memory for all the others.
public struct CatalogPageJob: Sendable {
  public var path: String
  public var render: @Sendable () -> [UInt8]

  public init(path: String, render: @escaping @Sendable () -> [UInt8]) {
    self.path = path
    self.render = render
  }

  /// A job for text made by `text`.
  public static func text(_ path: String, _ text: @escaping @Sendable () -> String) -> Self {
    CatalogPageJob(path: path) { Array(text().utf8) }
  }

  /// A job for a page already rendered.
  public init(_ page: CatalogPage) {
    let bytes = page.bytes
    self.init(path: page.path) { bytes }
  }
}

/// A renderer of one output format.
public protocol CatalogRendering: Sendable {
  /// Every page of `catalog`, not yet rendered; paths are distinct.
  func jobs(_ catalog: EventCatalog) -> [CatalogPageJob]
}

extension CatalogRendering {
  /// The pages of `catalog`, rendered, in path order.
  public func render(_ catalog: EventCatalog) -> [CatalogPage] {
    jobs(catalog).map { CatalogPage(path: $0.path, bytes: $0.render()) }
      .sorted { $0.path < $1.path }
  }
}
