/// The long sections of an event page: the field table, the examples, the version history and
/// the schema source.
enum HTMLEventSections {
  /// Deepest indentation class the stylesheet has (`d1`...`d6`).
  static let maxIndent = 6

  static func fields(_ fields: [CatalogField], into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"fields\">Fields</h2>\n")
    guard !fields.isEmpty else {
      body.markup("<p class=\"muted\">No fields.</p>\n")
      return
    }
    body.markup("<div class=\"scroll\"><table class=\"fields\">\n<thead><tr><th>Field</th>")
    body.markup("<th>Type</th><th>Required</th><th>Default</th><th>Constraints</th><th>Doc</th>")
    body.markup("</tr></thead>\n<tbody>\n")
    for field in fields {
      body.markup("<tr><td class=\"mono wrap")
      indent(field.depth, into: &body)
      if field.deprecated { body.markup(" deprecated") }
      body.markup("\">")
      body.text(field.path)
      body.markup("</td><td class=\"mono wrap\">")
      body.text(field.type)
      body.markup("</td><td>")
      body.markup(field.required ? "yes" : "<span class=\"muted\">no</span>")
      body.markup("</td><td class=\"mono wrap\">")
      if let value = field.defaultValue { body.text(value) }
      body.markup("</td><td class=\"wrap\">")
      body.text(field.constraints.joined(separator: "; "))
      body.markup("</td><td class=\"wrap\">")
      if field.deprecated { body.badge(.warn, "deprecated") }
      if let doc = field.doc {
        if field.deprecated { body.markup(" ") }
        body.text(doc)
      }
      body.markup("</td></tr>\n")
    }
    body.markup("</tbody></table></div>\n")
  }

  private static func indent(_ depth: Int, into body: inout HTMLBuffer) {
    switch min(max(depth, 0), maxIndent) {
    case 1: body.markup(" d1")
    case 2: body.markup(" d2")
    case 3: body.markup(" d3")
    case 4: body.markup(" d4")
    case 5: body.markup(" d5")
    case 6: body.markup(" d6")
    default: break
    }
  }

  static func examples(_ examples: [CatalogExample], into body: inout HTMLBuffer) {
    guard !examples.isEmpty else { return }
    body.markup("<h2 id=\"examples\">Examples</h2>\n")
    for example in examples {
      body.markup("<h3><span class=\"mono\">")
      body.text(example.path)
      body.markup("</span> ")
      if example.expectedValid {
        body.badge(example.passed ? .good : .bad, example.passed ? "valid" : "does not validate")
      } else {
        body.badge(
          example.passed ? .good : .bad,
          example.passed ? "counterexample, rejected" : "counterexample, accepted")
      }
      body.markup("</h3>\n")
      if let text = example.text {
        body.markup("<pre class=\"example\">")
        body.text(text)
        body.markup("</pre>\n")
      } else {
        body.markup("<p class=\"muted\">Binary payload.</p>\n")
      }
    }
  }

  /// Newest first, each with its changes from the version before and the verdict.
  static func versions(_ versions: [CatalogVersion], into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"versions\">Version history</h2>\n")
    for version in versions.reversed() {
      body.markup("<div class=\"version\"><h3><span class=\"mono\">")
      body.text(version.label)
      body.markup("</span> ")
      HTMLEventLabels.verdict(version.verdict, into: &body)
      body.markup("</h3>\n<p class=\"muted mono\">")
      body.text(version.source)
      body.markup("</p>\n")
      if !version.changes.isEmpty {
        body.markup("<ul>\n")
        for change in version.changes {
          body.markup("<li><span class=\"mono\">")
          body.text(change.kind)
          body.markup("</span> ")
          body.text(change.message)
          if change.breaksBackward {
            body.markup(" ")
            body.badge(.bad, "breaks backward")
          }
          if change.breaksForward {
            body.markup(" ")
            body.badge(.warn, "breaks forward")
          }
          body.markup("</li>\n")
        }
        body.markup("</ul>\n")
      } else if version.verdict != .first {
        body.markup("<p class=\"muted\">No changes.</p>\n")
      }
      body.markup("</div>\n")
    }
  }

  /// The schema text with line numbers, one table row per line.
  static func source(_ schema: CatalogSchemaSource, into body: inout HTMLBuffer) {
    body.markup("<h2 id=\"schema\">Schema</h2>\n<p class=\"mono muted\">")
    body.text(schema.path)
    body.markup("</p>\n<div class=\"scroll\"><table class=\"source\"><tbody>\n")
    // Lines split on the newline byte (a `Character` split would keep "\r\n" together, and
    // costs grapheme breaking on every character); a carriage return before it is dropped.
    var lines = schema.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      body.markup("<tr><td class=\"ln\">")
      body.number(index + 1)
      body.markup("</td><td>")
      body.text(String(Substring(line.last == 0x0D ? line.dropLast() : line)))
      body.markup("</td></tr>\n")
    }
    body.markup("</tbody></table></div>\n")
  }
}
