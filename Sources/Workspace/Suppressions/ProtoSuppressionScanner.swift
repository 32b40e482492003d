import Foundation
import SchemaModel

/// Reads `// schemacheck:ignore RULE_ID[, RULE_ID...] reason` comments from the raw text of a
/// `.proto` file (not from the parser's comment attachment, so that any line comment works).
///
/// Scope: a comment after code covers its own line; a comment on a line of its own covers the
/// next line that is neither blank nor a `//` comment, so several stacked comments above an
/// element all apply to it. `// schemacheck:ignore-file ...` covers the whole file. Rule ids are
/// the leading upper-case words (`A-Z`, `0-9`, `_`), separated by commas or spaces; the rest of
/// the comment is the reason, which is required.
///
/// Buf's own `// buf:lint:ignore RULE_ID` is read too, so the ignores of a repository that used
/// `buf lint` keep working, with Buf's scope: one rule id, no reason, only on a line of its own
/// (Buf reads the element's leading comment, never a trailing one), and covering the whole
/// element it documents, so an ignore above a message also covers its fields.
enum ProtoSuppressionScanner {
  static let marker = "schemacheck:ignore"
  static let fileMarker = "schemacheck:ignore-file"
  static let bufMarker = "buf:lint:ignore"

  static func scan(_ bytes: [UInt8], path: String) -> SuppressionScan {
    let lines = String(decoding: bytes, as: UTF8.self).split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).map(String.init)
    var scan = SuppressionScan()
    for (index, line) in lines.enumerated() {
      guard let comment = lineComment(in: line) else { continue }
      let text = comment.text.trimmingLeadingSpaces
      let isFile = text.hasPrefix(fileMarker)
      let isBuf = !isFile && text.hasPrefix(bufMarker)
      let prefix = isFile ? fileMarker : isBuf ? bufMarker : marker
      guard text.hasPrefix(prefix), !(isBuf && comment.trailsCode) else { continue }
      let rest = text.dropFirst(prefix.count)
      // `schemacheck:ignored` or `schemacheck:ignore-files` are not markers.
      guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == ","
      else { continue }
      let location = SourceLocation(file: path, line: index + 1, column: comment.column)
      var parsed = parseArguments(String(rest))
      if isBuf { parsed.ids = Array(parsed.ids.prefix(1)) }
      if parsed.reason.isEmpty, !isBuf {
        scan.diagnostics.append(SuppressionRules.withoutReason(at: location))
      }
      let region: Suppression.Region
      if isFile {
        region = .file
      } else if let target = comment.trailsCode ? index : targetLine(after: index, in: lines) {
        let last = isBuf ? ProtoElementExtent.lastLine(ofElementAt: target, in: lines) : target
        region = .span(
          start: TextPosition(line: target + 1, column: 0),
          end: TextPosition(line: last + 1, column: Int(Int32.max)))
      } else {
        region = .nowhere
      }
      scan.suppressions.append(
        Suppression(ruleIDs: parsed.ids, region: region, location: location))
    }
    return scan
  }

  /// The leading upper-case ids and the reason after them.
  static func parseArguments(_ text: String) -> (ids: [RuleID], reason: String) {
    var ids: [RuleID] = []
    var remainder = Substring(text)
    while true {
      remainder = remainder.drop { $0 == " " || $0 == "\t" || $0 == "," }
      let word = remainder.prefix { !($0 == " " || $0 == "\t" || $0 == ",") }
      guard !word.isEmpty, word.allSatisfy(isIDCharacter), word.first?.isLetter == true
      else { break }
      ids.append(RuleID(String(word)))
      remainder = remainder.dropFirst(word.count)
    }
    return (ids, remainder.trimmingCharacters(in: .whitespaces))
  }

  private static func isIDCharacter(_ character: Character) -> Bool {
    ("A"..."Z").contains(character) || ("0"..."9").contains(character) || character == "_"
  }

  /// The first line after `index` that holds something other than blanks and a line comment.
  private static func targetLine(after index: Int, in lines: [String]) -> Int? {
    var next = index + 1
    while next < lines.count {
      let trimmed = lines[next].trimmingLeadingSpaces
      if !trimmed.isEmpty, !trimmed.hasPrefix("//") { return next }
      next += 1
    }
    return nil
  }

  /// The `//` comment of a line outside string literals: its text, 1-based column of the `//`
  /// (in UTF-8 bytes) and whether code precedes it.
  static func lineComment(in line: String) -> (text: String, column: Int, trailsCode: Bool)? {
    let bytes = Array(line.utf8)
    var quote: UInt8?
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == open {
          quote = nil
        }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "/")
      {
        let before = bytes[..<index].contains { $0 != UInt8(ascii: " ") && $0 != 9 }
        return (String(decoding: bytes[(index + 2)...], as: UTF8.self), index + 1, before)
      }
      index += 1
    }
    return nil
  }
}

extension StringProtocol {
  fileprivate var trimmingLeadingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" })
  }

}
