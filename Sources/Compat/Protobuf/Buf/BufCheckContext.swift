import Parsers
import SchemaModel

/// The two images indexed once for all rules.
public struct BufCheckContext: Sendable {
  let previous: BufImageIndex
  let current: BufImageIndex
  /// Messages present on both sides, paired by full name.
  let messagePairs: [(previous: BufMessageEntry, current: BufMessageEntry)]
  /// Enums present on both sides, paired by full name.
  let enumPairs: [(previous: BufEnumEntry, current: BufEnumEntry)]
  /// Fields paired by number inside paired messages, then extensions paired by extendee and
  /// number.
  let fieldPairs: [(previous: BufFieldEntry, current: BufFieldEntry)]

  /// Indexes the target files of both images.
  public init(previous: ProtoImage, current: ProtoImage) {
    let old = BufImageIndex(previous)
    let new = BufImageIndex(current)
    self.previous = old
    self.current = new
    // Unordered: the checker sorts the findings, and sorting here costs more than it buys.
    messagePairs = old.messages.compactMap { name, entry in
      new.messages[name].map { (entry, $0) }
    }
    enumPairs = old.enums.compactMap { name, entry in
      new.enums[name].map { (entry, $0) }
    }
    fieldPairs = Self.pairFields(messagePairs, old, new)
  }

  /// Target files present on both sides, paired by path.
  var filePairs: [(previous: ProtoFile, current: ProtoFile)] {
    previous.files.compactMap { file in
      current.filesByPath[file.path].map { (file, $0) }
    }
  }

  private static func pairFields(
    _ messagePairs: [(previous: BufMessageEntry, current: BufMessageEntry)],
    _ previous: BufImageIndex, _ current: BufImageIndex
  ) -> [(previous: BufFieldEntry, current: BufFieldEntry)] {
    var pairs: [(BufFieldEntry, BufFieldEntry)] = []
    for (old, new) in messagePairs {
      var newFields: [Int: BufFieldEntry] = [:]
      for field in current.fieldEntries(of: new) where newFields[field.field.number] == nil {
        newFields[field.field.number] = field
      }
      for field in previous.fieldEntries(of: old) {
        if let match = newFields[field.field.number] { pairs.append((field, match)) }
      }
    }
    var newExtensions: [String: BufFieldEntry] = [:]
    for entry in current.extensions.values {
      newExtensions["\(entry.extendee ?? "")#\(entry.field.number)"] = entry
    }
    for entry in previous.extensions.values {
      if let match = newExtensions["\(entry.extendee ?? "")#\(entry.field.number)"] {
        pairs.append((entry, match))
      }
    }
    return pairs
  }

  /// A finding in a current file.
  func finding(_ rule: String, _ message: String, in file: ProtoFile?, at span: SourceSpan?)
    -> BufFinding
  {
    BufFinding(ruleID: rule, message: message, path: file?.displayPath, span: span)
  }
}
