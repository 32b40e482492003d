/// Escaping of untrusted text (from schemas, config and AsyncAPI documents) for Markdown that
/// GitHub and GitLab render: nothing written by a user can open an HTML tag, a link, a table
/// cell or a code block, or send terminal control sequences to someone who `cat`s the file.
public enum MarkdownText {
  /// Plain text on one line (headings, table cells, list items): newlines become spaces, HTML
  /// specials become entities, and what opens emphasis, links, code, strikethrough or a cell
  /// (backslash, backtick, `*`, `_`, `[`, `]`, `!`, `~`, `|`, `#`) is backslash-escaped, as is
  /// a leading `-`, `+`, `=` or `1.` that would start a list in a list item.
  public static func inline(_ text: String) -> String {
    if isPlain(text, allowing: inlineSafe) { return text }
    let clean = printable(text)
    let trimmed = hasEdgeWhitespace(clean) ? trimmingWhitespace(clean) : clean
    // Byte by byte: every character escaped is ASCII; the rest is copied as it is.
    var out: [UInt8] = []
    out.reserveCapacity(trimmed.utf8.count + 16)
    for byte in trimmed.utf8 {
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): out.append(0x20)
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "~"),
        UInt8(ascii: "|"), UInt8(ascii: "#"):
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
      default: out.append(byte)
      }
    }
    return escapingLineStart(String(decoding: out, as: UTF8.self))
  }

  /// Whether `text` may start or end with whitespace (any non-ASCII byte may be Unicode
  /// whitespace, so it counts too).
  private static func hasEdgeWhitespace(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    let mayBeSpace = { (byte: UInt8) in byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte)
    }
    return mayBeSpace(first) || mayBeSpace(last)
  }

  private static func trimmingWhitespace(_ text: String) -> String {
    String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
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
    if !text.isEmpty, isPlain(text, allowing: codeSafe) { return "`" + text + "`" }
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
    var content = printable(text)
    if content.utf8.contains(0x0D) { content = content.replacing("\r\n", with: "\n") }
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
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || $0 == 0x0A || $0 == 0x09 }) {
      return text
    }
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

  /// Outside inline code spans: `<` becomes `&lt;` and `&` becomes `&amp;` (so no tag opens
  /// and no entity can spell `javascript&colon;`), and link destinations with a dangerous scheme
  /// are broken.
  private static func escapeHTMLOutsideCode(_ line: String) -> String {
    var out = ""
    var prose = ""
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if character == "`" {
        let run = line[index...].prefix { $0 == "`" }
        let afterOpen = line.index(index, offsetBy: run.count)
        if let close = closingRun(length: run.count, in: line, from: afterOpen) {
          out += defuseSchemes(prose, atLineStart: out.isEmpty) + line[index..<close]
          prose = ""
          index = close
          continue
        }
        prose += run
        index = afterOpen
        continue
      }
      switch character {
      case "<": prose += "&lt;"
      case "&": prose += "&amp;"
      default: prose.append(character)
      }
      index = line.index(after: index)
    }
    return out + defuseSchemes(prose, atLineStart: out.isEmpty)
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

  /// Schemes that run code or smuggle a document when a link is followed.
  private static let dangerousSchemes = ["javascript", "vbscript", "data"]

  /// Puts `blocked-` before a dangerous scheme where a link destination can start: after `(`,
  /// after `]:` (a reference definition), or at the start of a line (a destination may follow
  /// its `(` on the next line). A backslash before the colon is an escape that still spells the
  /// scheme, so it counts too.
  private static func defuseSchemes(_ text: String, atLineStart: Bool) -> String {
    let lowered = Array(text.lowercased())
    let characters = Array(text)
    // Lowercasing can change the length of exotic letters; then compare by the original.
    let folded = lowered.count == characters.count ? lowered : characters
    var out = ""
    var index = 0
    while index < characters.count {
      if let scheme = dangerousSchemes.first(where: { startsScheme($0, in: folded, at: index) }),
        opensDestination(before: index, in: characters, atLineStart: atLineStart)
      {
        out += "blocked-" + String(characters[index..<index + scheme.count])
        index += scheme.count
        continue
      }
      out.append(characters[index])
      index += 1
    }
    return out
  }

  private static func startsScheme(_ scheme: String, in text: [Character], at index: Int) -> Bool {
    let letters = Array(scheme)
    guard index + letters.count < text.count,
      Array(text[index..<index + letters.count]) == letters
    else { return false }
    let next = text[index + letters.count]
    if next == ":" { return true }
    return next == "\\" && index + letters.count + 1 < text.count
      && text[index + letters.count + 1] == ":"
  }

  private static func opensDestination(before index: Int, in text: [Character], atLineStart: Bool)
    -> Bool
  {
    var position = index
    while position > 0, text[position - 1].isWhitespace { position -= 1 }
    if position == 0 { return atLineStart }
    if text[position - 1] == "(" { return true }
    return position >= 2 && text[position - 1] == ":" && text[position - 2] == "]"
  }

  /// Printable ASCII bytes that `inline` leaves alone anywhere in the text.
  private static let inlineSafe: [Bool] = table(excluding: "\\`*_[]!~|#&<>")
  /// Printable ASCII bytes that `code` leaves alone.
  private static let codeSafe: [Bool] = table(excluding: "`|")

  private static func table(excluding specials: String) -> [Bool] {
    var safe = (0..<128).map { (0x20..<0x7F).contains($0) }
    for byte in specials.utf8 { safe[Int(byte)] = false }
    return safe
  }

  /// Text that needs no escaping: safe ASCII only, no space at either end, and no start that
  /// could open a list (checked by `escapingLineStart`'s own rules).
  private static func isPlain(_ text: String, allowing safe: [Bool]) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
      first != UInt8(ascii: "-"), first != UInt8(ascii: "+"), first != UInt8(ascii: "="),
      !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return false }
    return bytes.allSatisfy { $0 < 128 && safe[Int($0)] }
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    // The characters counted (backticks) are ASCII: their runs are runs of one byte.
    guard let target = character.asciiValue else { return 0 }
    var longest = 0
    var current = 0
    for byte in text.utf8 {
      current = byte == target ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
