/// A purpose-built reader for the small buf.yaml files of Buf's breaking test cases: scalars,
/// block lists (`- x`) and one level of nested maps, by indentation. Not a YAML parser.
struct BufYAMLNode: Equatable {
  var scalar: String?
  var list: [BufYAMLNode] = []
  var map: [(key: String, value: BufYAMLNode)] = []

  static func == (lhs: BufYAMLNode, rhs: BufYAMLNode) -> Bool {
    lhs.scalar == rhs.scalar && lhs.list == rhs.list
      && lhs.map.map(\.key) == rhs.map.map(\.key) && lhs.map.map(\.value) == rhs.map.map(\.value)
  }

  subscript(key: String) -> BufYAMLNode? { map.last { $0.key == key }?.value }

  var strings: [String] { list.compactMap(\.scalar) }

  /// Reads the text; lines are `key: value`, `key:` (a nested block) or `- item`.
  static func read(_ text: String) -> BufYAMLNode {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).compactMap {
      line -> (indent: Int, text: String)? in
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let trimmed = content.trimmingCharacters(in: " ")
      guard !trimmed.isEmpty else { return nil }
      return (content.prefix { $0 == " " }.count, trimmed)
    }
    var index = 0
    return block(lines, &index, indent: lines.first?.indent ?? 0)
  }

  private static func block(
    _ lines: [(indent: Int, text: String)], _ index: inout Int, indent: Int
  ) -> BufYAMLNode {
    var node = BufYAMLNode(scalar: nil)
    while index < lines.count, lines[index].indent >= indent {
      let line = lines[index]
      if line.text.hasPrefix("- ") {
        let item = String(line.text.dropFirst(2))
        if let colon = item.firstIndex(of: ":") {
          // `- key: value` starts a map item; its other keys sit two columns further in.
          var entry = BufYAMLNode(scalar: nil)
          entry.map.append(
            (String(item[..<colon]), value(String(item[item.index(after: colon)...]))))
          index += 1
          let rest = block(lines, &index, indent: line.indent + 2)
          entry.map += rest.map
          node.list.append(entry)
        } else {
          node.list.append(BufYAMLNode(scalar: unquote(item)))
          index += 1
        }
        continue
      }
      guard let colon = line.text.firstIndex(of: ":") else {
        index += 1
        continue
      }
      let key = String(line.text[..<colon])
      let rest = String(line.text[line.text.index(after: colon)...]).trimmingCharacters(in: " ")
      index += 1
      if rest.isEmpty {
        let childIndent = index < lines.count ? lines[index].indent : indent + 1
        let isList = index < lines.count && lines[index].text.hasPrefix("- ")
        if childIndent > indent || (isList && childIndent == indent) {
          node.map.append((key, block(lines, &index, indent: childIndent)))
        } else {
          node.map.append((key, BufYAMLNode(scalar: "")))
        }
      } else {
        node.map.append((key, value(rest)))
      }
    }
    return node
  }

  private static func value(_ text: String) -> BufYAMLNode {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
      let items = trimmed.dropFirst().dropLast().split(separator: ",").map {
        BufYAMLNode(scalar: unquote(String($0).trimmingCharacters(in: " ")))
      }
      return BufYAMLNode(scalar: nil, list: items)
    }
    return BufYAMLNode(scalar: unquote(trimmed))
  }

  private static func unquote(_ text: String) -> String {
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      return String(text.dropFirst().dropLast())
    }
    return text
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(self).trimmingCharacters(in: character)
  }
}
