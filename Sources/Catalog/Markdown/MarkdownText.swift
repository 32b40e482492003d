/// Escaping of untrusted text (from schemas, config and AsyncAPI documents) for Markdown that
/// GitHub and GitLab render: nothing written by a user can open an HTML tag, a link, a table
/// cell or a code block, or send terminal control sequences to someone who `cat`s the file.
public enum MarkdownText {
  /// Plain text on one line (headings, table cells, list items): newlines become spaces, HTML
  /// specials become entities, and what opens emphasis, links, code, strikethrough or a cell
  /// (backslash, backtick, `*`, `_`, `[`, `]`, `!`, `~`, `|`, `#`) is backslash-escaped, as is
  /// a leading `-`, `+`, `=` or `1.` that would start a list in a list item.
  public static func inline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    let clean = printable(text)
    let trimmed = clean.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
    for scalar in String(trimmed).unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t": out += " "
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "!", "~", "|", "#":
        out += "\\"
        out.unicodeScalars.append(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return escapingLineStart(out)
  }

  private static func escapingLineStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    if first == "-" || first == "+" || first == "=" { return "\\" + text }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let marker = text.dropFirst(digits.count).first,
      marker == "." || marker == ")"
    {
      return digits + "\\" + text.dropFirst(digits.count)
    }
    return text
  }

  /// An inline code span showing `text` verbatim; `inTable` escapes `|`, which GFM tables split
  /// cells on even inside code spans.
  public static func code(_ text: String, inTable: Bool = false) -> String {
    var content = printable(text)
    content = String(content.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    if inTable { content = content.replacing("|", with: "\\|") }
    guard !content.isEmpty else { return "" }
    let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
    // A space keeps a backtick at either end from joining the fence; GFM strips one on each side.
    let padded =
      content.hasPrefix("`") || content.hasSuffix("`")
        || (content.hasPrefix(" ") && content.hasSuffix(" "))
      ? " \(content) " : content
    return fence + padded + fence
  }

  /// A fenced code block: the fence is longer than any backtick run in `text`, so the text
  /// cannot close it; `language` is reduced to letters, digits, `+` and `-`.
  public static func fenced(_ text: String, language: String = "") -> String {
    var content = printable(text).replacing("\r\n", with: "\n")
    if !content.isEmpty, !content.hasSuffix("\n") { content += "\n" }
    let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
    let info = String(
      language.unicodeScalars.filter {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "+" || $0 == "-"
      })
    return fence + info + "\n" + content + fence + "\n"
  }

  /// Markdown written by a user on purpose (an event's `description`): kept as Markdown, but raw
  /// HTML is shown as text (`<` outside code becomes `&lt;`) and `javascript:`, `vbscript:` and
  /// `data:` URLs are defused.
  public static func userMarkdown(_ text: String) -> String {
    var out: [String] = []
    var openFence: (character: Character, length: Int)?
    for line in printable(text).replacing("\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let trimmed = line.drop { $0 == " " }
      let indent = line.count - trimmed.count
      if indent < 4, let first = trimmed.first, first == "`" || first == "~" {
        let length = trimmed.prefix { $0 == first }.count
        if length >= 3 {
          if let fence = openFence {
            if first == fence.character, length >= fence.length,
              trimmed.dropFirst(length).allSatisfy({ $0 == " " })
            {
              openFence = nil
            }
            out.append(String(line))
            continue
          }
          let info = trimmed.dropFirst(length)
          if first == "~" || !info.contains("`") {
            openFence = (first, length)
            out.append(String(line))
            continue
          }
        }
      }
      out.append(openFence == nil ? escapeHTMLOutsideCode(String(line)) : String(line))
    }
    // An unclosed fence would swallow the rest of the page: close it.
    if let fence = openFence {
      out.append(String(repeating: String(fence.character), count: fence.length))
    }
    return out.joined(separator: "\n")
  }

  /// `text` without control characters: C0 except newline and tab (so ESC, BEL, CR go), DEL,
  /// C1, and the bidirectional overrides that make text read differently than it is.
  public static func printable(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      defer { previousCR = scalar == "\r" }
      switch scalar.value {
      case 0x0A, 0x09: out.append(scalar)
      case 0x0D: out.append("\n")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
      default: out.append(scalar)
      }
      if scalar == "\n", previousCR { out.removeLast() }
    }
    return String(out)
  }

  /// `<` outside inline code spans becomes `&lt;`; dangerous URL schemes are broken.
  private static func escapeHTMLOutsideCode(_ line: String) -> String {
    var out = ""
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if character == "`" {
        let run = line[index...].prefix { $0 == "`" }
        let afterOpen = line.index(index, offsetBy: run.count)
        if let close = closingRun(length: run.count, in: line, from: afterOpen) {
          out += line[index..<close]
          index = close
          continue
        }
        out += run
        index = afterOpen
        continue
      }
      out += character == "<" ? "&lt;" : String(character)
      index = line.index(after: index)
    }
    return defuseSchemes(out)
  }

  /// The end index of the backtick run of exactly `length` that closes a code span.
  private static func closingRun(length: Int, in line: String, from start: String.Index)
    -> String.Index?
  {
    var index = start
    while index < line.endIndex {
      if line[index] == "`" {
        let run = line[index...].prefix { $0 == "`" }
        let end = line.index(index, offsetBy: run.count)
        if run.count == length { return end }
        index = end
      } else {
        index = line.index(after: index)
      }
    }
    return nil
  }

  private static func defuseSchemes(_ text: String) -> String {
    var out = text
    for scheme in ["javascript:", "vbscript:", "data:"] {
      out = out.replacing(caseInsensitive(scheme), with: { "blocked-" + $0.output })
    }
    return out
  }

  private static func caseInsensitive(_ word: String) -> Regex<Substring> {
    // Built from a fixed list of scheme names above, never from user text.
    (try? Regex<Substring>("(?i)" + word)) ?? Regex<Substring>(verbatim: word)
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for each in text {
      current = each == character ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
