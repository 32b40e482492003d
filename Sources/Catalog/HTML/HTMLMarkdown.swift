/// Renders a description (Markdown written by users) as a small safe subset: paragraphs,
/// headings (all as `<h4>`, below the page's own), fenced code blocks, `-`/`*` and `1.` lists,
/// `code`, **bold**, *emphasis* and links to http and https targets (any other link shows its
/// label only). Everything else, raw HTML included, is shown as escaped text.
enum HTMLMarkdown {
  /// Nesting limit for bold/emphasis inside each other.
  static let maxInlineDepth = 4

  static func render(_ markdown: String) -> String {
    var out = ""
    var paragraph: [String] = []
    var list: (ordered: Bool, items: [String])?

    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      out += "<p>" + inline(paragraph.joined(separator: " "), depth: 0) + "</p>\n"
      paragraph = []
    }
    func flushList() {
      guard let current = list else { return }
      out += current.ordered ? "<ol>\n" : "<ul>\n"
      for item in current.items { out += "<li>" + inline(item, depth: 0) + "</li>\n" }
      out += current.ordered ? "</ol>\n" : "</ul>\n"
      list = nil
    }

    let lines = HTMLText.stripControls(markdown).split(
      separator: "\n", omittingEmptySubsequences: false)
    var fence: [String]?
    for rawLine in lines {
      let line = String(rawLine).trimmedForHTML()
      if var code = fence {
        if line.hasPrefix("```") {
          out += "<pre><code>" + HTMLText.escape(code.joined(separator: "\n")) + "</code></pre>\n"
          fence = nil
        } else {
          code.append(String(rawLine))
          fence = code
        }
      } else if line.hasPrefix("```") {
        flushParagraph()
        flushList()
        fence = []
      } else if let title = heading(line) {
        flushParagraph()
        flushList()
        out += "<h4>" + inline(title, depth: 0) + "</h4>\n"
      } else if line.isEmpty {
        flushParagraph()
        flushList()
      } else if let item = listItem(line) {
        flushParagraph()
        if let current = list, current.ordered != item.ordered { flushList() }
        list = (item.ordered, (list?.items ?? []) + [item.text])
      } else if var current = list, rawLine.first == " " || rawLine.first == "\t" {
        // An indented line continues the list item above it.
        current.items[current.items.count - 1] += " " + line
        list = current
      } else {
        flushList()
        paragraph.append(line)
      }
    }
    flushParagraph()
    flushList()
    if let code = fence {
      out += "<pre><code>" + HTMLText.escape(code.joined(separator: "\n")) + "</code></pre>\n"
    }
    return out
  }

  /// The text of `# Title` ... `###### Title`.
  private static func heading(_ line: String) -> String? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return String(line.dropFirst(hashes + 1)).trimmedForHTML()
  }

  /// `- text`, `* text`, `1. text`.
  private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") {
      return (false, String(line.dropFirst(2)).trimmedForHTML())
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9, line.dropFirst(digits.count).hasPrefix(". ") {
      return (true, String(line.dropFirst(digits.count + 2)).trimmedForHTML())
    }
    return nil
  }

  /// Inline spans; unmatched markers stay as text.
  static func inline(_ text: String, depth: Int) -> String {
    let chars = Array(text)
    var out = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "`", let end = find("`", in: chars, from: index + 1) {
        out += "<code>" + HTMLText.escape(String(chars[(index + 1)..<end])) + "</code>"
        index = end + 1
      } else if char == "*", index + 1 < chars.count, chars[index + 1] == "*",
        depth < maxInlineDepth, let end = find("**", in: chars, from: index + 2), end > index + 2
      {
        out += "<strong>" + inline(String(chars[(index + 2)..<end]), depth: depth + 1) + "</strong>"
        index = end + 2
      } else if char == "*", depth < maxInlineDepth,
        let end = find("*", in: chars, from: index + 1), end > index + 1
      {
        out += "<em>" + inline(String(chars[(index + 1)..<end]), depth: depth + 1) + "</em>"
        index = end + 1
      } else if char == "[", let link = parseLink(chars, at: index) {
        let label = inline(link.label, depth: maxInlineDepth)
        if let href = HTMLHref.userLink(link.target) {
          out += "<a href=\"" + HTMLText.escape(href.value) + "\""
          if href.isExternal { out += " rel=\"noopener noreferrer\"" }
          out += ">" + label + "</a>"
        } else {
          out += label
        }
        index = link.end
      } else {
        out += HTMLText.escape(String(char))
        index += 1
      }
    }
    return out
  }

  /// `[label](target)` starting at `start`: the label, the target and the index after `)`.
  private static func parseLink(_ chars: [Character], at start: Int) -> (
    label: String, target: String, end: Int
  )? {
    guard let close = find("]", in: chars, from: start + 1), close + 1 < chars.count,
      chars[close + 1] == "(", let paren = find(")", in: chars, from: close + 2)
    else { return nil }
    return (String(chars[(start + 1)..<close]), String(chars[(close + 2)..<paren]), paren + 1)
  }

  private static func find(_ marker: String, in chars: [Character], from start: Int) -> Int? {
    let needle = Array(marker)
    guard start <= chars.count - needle.count else { return nil }
    var index = start
    while index + needle.count <= chars.count {
      if Array(chars[index..<(index + needle.count)]) == needle { return index }
      index += 1
    }
    return nil
  }
}
