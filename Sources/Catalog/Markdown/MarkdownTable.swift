/// A GitHub-flavoured Markdown table whose cells are already escaped.
struct MarkdownTable {
  let header: [String]
  var rows: [[String]] = []

  init(_ header: [String]) { self.header = header }

  mutating func add(_ cells: [String]) { rows.append(cells) }

  var text: String {
    var out = "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows {
      // An empty cell would still render, but a space keeps the raw text readable.
      out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
    }
    return out
  }
}

/// A two-column table of labels and values, the way a details box reads on a forge.
struct MarkdownDetails {
  private var table = MarkdownTable(["", ""])

  mutating func add(_ label: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    table.add(["**\(label)**", value])
  }

  var isEmpty: Bool { table.rows.isEmpty }
  var text: String { table.text }
}
