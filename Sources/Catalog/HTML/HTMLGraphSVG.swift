/// Draws a `HTMLGraphLayout` as inline SVG (well-formed XML, classes only, labels escaped).
enum HTMLGraphSVG {
  /// Longest label drawn in a node; the full name is in the node's tooltip.
  static let maxLabel = 30

  static func draw(_ layout: HTMLGraphLayout, into buffer: inout HTMLBuffer) {
    buffer.markup("<div class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
    buffer.number(layout.width)
    buffer.markup(" ")
    buffer.number(layout.height)
    buffer.markup("\" width=\"")
    buffer.number(layout.width)
    buffer.markup("\" height=\"")
    buffer.number(layout.height)
    buffer.markup("\" role=\"img\" aria-label=\"Producers, events and consumers\">\n")
    let headings: [(Int, StaticString)] = [
      (HTMLGraphLayout.columnX[0], "Producers"), (HTMLGraphLayout.columnX[1], "Events"),
      (HTMLGraphLayout.columnX[2], "Consumers"),
    ]
    for (x, heading) in headings {
      buffer.markup("<text class=\"col\" x=\"")
      buffer.number(x)
      buffer.markup("\" y=\"18\">")
      buffer.markup(heading)
      buffer.markup("</text>\n")
    }
    for edge in layout.edges {
      let middle = (edge.fromX + edge.toX) / 2
      buffer.markup("<path d=\"M")
      buffer.number(edge.fromX)
      buffer.markup(" ")
      buffer.number(edge.fromY)
      buffer.markup(" C")
      buffer.number(middle)
      buffer.markup(" ")
      buffer.number(edge.fromY)
      buffer.markup(" ")
      buffer.number(middle)
      buffer.markup(" ")
      buffer.number(edge.toY)
      buffer.markup(" ")
      buffer.number(edge.toX)
      buffer.markup(" ")
      buffer.number(edge.toY)
      buffer.markup("\"/>\n")
    }
    for node in layout.nodes { drawNode(node, into: &buffer) }
    buffer.markup("</svg></div>\n")
  }

  private static func drawNode(_ node: HTMLGraphLayout.Node, into buffer: inout HTMLBuffer) {
    if let href = node.href {
      buffer.markup("<a href=\"")
      buffer.text(href.value)
      buffer.markup("\">")
    } else {
      buffer.markup("<g>")
    }
    buffer.markup("<title>")
    buffer.text(node.label)
    buffer.markup("</title><rect class=\"")
    buffer.markup(node.kind == .event ? "evt" : "svc")
    buffer.markup("\" x=\"")
    buffer.number(node.x)
    buffer.markup("\" y=\"")
    buffer.number(node.y)
    buffer.markup("\" width=\"")
    buffer.number(HTMLGraphLayout.nodeWidth)
    buffer.markup("\" height=\"")
    buffer.number(HTMLGraphLayout.nodeHeight)
    buffer.markup("\" rx=\"5\"/><text x=\"")
    buffer.number(node.x + 8)
    buffer.markup("\" y=\"")
    buffer.number(node.y + 17)
    buffer.markup("\">")
    buffer.text(shortened(node.label))
    buffer.markup("</text>")
    buffer.markup(node.href == nil ? "</g>\n" : "</a>\n")
  }

  /// At most `maxLabel` characters, with an ellipsis when cut.
  static func shortened(_ label: String) -> String {
    label.count <= maxLabel ? label : String(label.prefix(maxLabel - 1)) + "…"
  }
}
