/// Builds a page: markup comes only from string literals (`StaticString`), everything else goes
/// through `HTMLText`, so no input can add a tag or an attribute.
struct HTMLBuffer {
  fileprivate(set) var html = ""

  /// Trusted markup written in this module's source.
  mutating func markup(_ literal: StaticString) {
    html += literal.description
  }

  /// Untrusted text, escaped.
  mutating func text(_ text: String) {
    html += HTMLText.escape(text)
  }

  /// An integer as text.
  mutating func number(_ value: Int) {
    html += String(value)
  }

  /// `1 event`, `2 events`.
  mutating func count(_ value: Int, _ singular: StaticString, _ plural: StaticString) {
    html += String(value) + " " + (value == 1 ? singular.description : plural.description)
  }

  /// Markup made by another builder of this module (already escaped).
  mutating func append(_ other: HTMLBuffer) {
    html += other.html
  }

  /// `<a href="...">text</a>` to a page of the catalog.
  mutating func link(_ href: HTMLHref, _ text: String, class className: StaticString? = nil) {
    html += "<a href=\"" + HTMLText.escape(href.value) + "\""
    if let className { html += " class=\"\(className)\"" }
    if href.isExternal { html += " rel=\"noopener noreferrer\"" }
    html += ">" + HTMLText.escape(text) + "</a>"
  }

  /// `<tag class="...">text</tag>` with escaped text.
  mutating func element(_ tag: StaticString, class className: StaticString? = nil, _ text: String) {
    html += "<\(tag)"
    if let className { html += " class=\"\(className)\"" }
    html += ">" + HTMLText.escape(text) + "</\(tag)>"
  }

  /// A status badge: the class comes from a closed set, the text is escaped.
  mutating func badge(_ kind: HTMLBadge, _ text: String) {
    html += "<span class=\"badge \(kind.rawValue)\">" + HTMLText.escape(text) + "</span>"
  }
}

extension HTMLBuffer {
  /// A JSON array of objects with string members, escaped by `HTMLScriptJSON` for a `<script>`
  /// data block.
  mutating func scriptData(_ objects: [[(String, String)]]) {
    html += "["
    for (index, object) in objects.enumerated() {
      if index > 0 { html += ",\n" }
      html += HTMLScriptJSON.object(object)
    }
    html += "]"
  }
}

extension HTMLBuffer {
  /// Markup produced by `HTMLMarkdown`, which escapes all text it is given.
  mutating func appendRendered(_ markdownHTML: String) {
    html += markdownHTML
  }
}
