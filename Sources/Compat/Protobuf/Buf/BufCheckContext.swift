import Parsers
import SchemaModel

/// The two images indexed once for all rules.
public struct BufCheckContext: Sendable {
  let previous: BufImageIndex
  let current: BufImageIndex

  /// Indexes the target files of both images.
  public init(previous: ProtoImage, current: ProtoImage) {
    self.previous = BufImageIndex(previous)
    self.current = BufImageIndex(current)
  }

  /// Target files present on both sides, paired by path.
  var filePairs: [(previous: ProtoFile, current: ProtoFile)] {
    previous.files.compactMap { file in
      current.filesByPath[file.path].map { (file, $0) }
    }
  }

  /// Messages present on both sides, paired by full name.
  var messagePairs: [(previous: BufMessageEntry, current: BufMessageEntry)] {
    previous.messages.sorted { $0.key < $1.key }.compactMap { name, entry in
      current.messages[name].map { (entry, $0) }
    }
  }

  /// Enums present on both sides, paired by full name.
  var enumPairs: [(previous: BufEnumEntry, current: BufEnumEntry)] {
    previous.enums.sorted { $0.key < $1.key }.compactMap { name, entry in
      current.enums[name].map { (entry, $0) }
    }
  }

  /// Fields paired by number inside paired messages, then extensions paired by extendee and
  /// number.
  var fieldPairs: [(previous: BufFieldEntry, current: BufFieldEntry)] {
    var pairs: [(BufFieldEntry, BufFieldEntry)] = []
    for (old, new) in messagePairs {
      let newFields = current.fieldEntries(of: new)
      for field in previous.fieldEntries(of: old) {
        if let match = newFields.first(where: { $0.field.number == field.field.number }) {
          pairs.append((field, match))
        }
      }
    }
    var newExtensions: [String: BufFieldEntry] = [:]
    for entry in current.extensions.values {
      newExtensions["\(entry.extendee ?? "")#\(entry.field.number)"] = entry
    }
    for entry in previous.extensions.values.sorted(by: { $0.field.number < $1.field.number }) {
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
