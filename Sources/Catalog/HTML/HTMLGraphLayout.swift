/// A deterministic layered layout of producers -> events -> consumers: three columns, one row
/// per node, edges from the right side of a node to the left side of the next column's node.
/// Events are sorted by id; services by the mean row of their events, then by id (the
/// barycenter heuristic), which removes most edge crossings and stays deterministic.
struct HTMLGraphLayout {
  /// The most events a graph draws; a larger catalog is drawn per domain.
  static let maxEvents = 40
  /// The most nodes in one column.
  static let maxRows = 80

  static let nodeWidth = 220
  static let nodeHeight = 26
  static let rowHeight = 36
  static let top = 34
  static let columnX = [10, 330, 650]

  enum Kind { case service, event }

  struct Node {
    let kind: Kind
    let label: String
    let href: HTMLHref?
    let x: Int
    let y: Int
  }

  struct Edge {
    let fromX: Int
    let fromY: Int
    let toX: Int
    let toY: Int
  }

  let nodes: [Node]
  let edges: [Edge]
  let width: Int
  let height: Int

  /// The services of `servicesPerRow` (the services of each event row), sorted by the mean row
  /// of their events, then by id.
  static func byBarycenter(_ servicesPerRow: [[String]]) -> [String] {
    var sums: [String: (total: Int, count: Int)] = [:]
    for (row, services) in servicesPerRow.enumerated() {
      for service in Set(services) {
        let current = sums[service] ?? (0, 0)
        sums[service] = (current.total + row, current.count + 1)
      }
    }
    return sums.sorted { left, right in
      // Compare total/count exactly by cross-multiplying.
      let leftKey = left.value.total * right.value.count
      let rightKey = right.value.total * left.value.count
      return leftKey != rightKey ? leftKey < rightKey : left.key < right.key
    }.map(\.key)
  }

  /// The layout of `events` and the services around them; nil when it would be too big to read.
  init?(events: [CatalogEvent], links: HTMLLinks, prefix: String) {
    guard !events.isEmpty, events.count <= Self.maxEvents else { return nil }
    let sortedEvents = events.sorted { $0.id < $1.id }
    let producers = Self.byBarycenter(sortedEvents.map(\.producers))
    let consumers = Self.byBarycenter(sortedEvents.map(\.consumers))
    let rows = max(producers.count, sortedEvents.count, consumers.count)
    guard rows <= Self.maxRows else { return nil }

    func y(_ row: Int) -> Int { Self.top + row * Self.rowHeight }
    func serviceNode(_ id: String, column: Int, row: Int) -> Node {
      let service = links.service(id)
      return Node(
        kind: .service, label: service?.title ?? id,
        href: service.map { HTMLHref.page(prefix, "services", $0.slug) },
        x: Self.columnX[column], y: y(row))
    }

    var nodes: [Node] = []
    var producerRow: [String: Int] = [:]
    var consumerRow: [String: Int] = [:]
    for (row, id) in producers.enumerated() {
      producerRow[id] = row
      nodes.append(serviceNode(id, column: 0, row: row))
    }
    var edges: [Edge] = []
    let half = Self.nodeHeight / 2
    for (row, id) in consumers.enumerated() {
      consumerRow[id] = row
      nodes.append(serviceNode(id, column: 2, row: row))
    }
    for (row, event) in sortedEvents.enumerated() {
      nodes.append(
        Node(
          kind: .event, label: event.title ?? event.id,
          href: .page(prefix, "events", event.slug), x: Self.columnX[1], y: y(row)))
      for producer in event.producers {
        guard let from = producerRow[producer] else { continue }
        edges.append(
          Edge(
            fromX: Self.columnX[0] + Self.nodeWidth, fromY: y(from) + half,
            toX: Self.columnX[1], toY: y(row) + half))
      }
      for consumer in event.consumers {
        guard let to = consumerRow[consumer] else { continue }
        edges.append(
          Edge(
            fromX: Self.columnX[1] + Self.nodeWidth, fromY: y(row) + half,
            toX: Self.columnX[2], toY: y(to) + half))
      }
    }
    self.nodes = nodes
    self.edges = edges
    width = Self.columnX[2] + Self.nodeWidth + 10
    height = Self.top + rows * Self.rowHeight + 4
  }
}
