import Parsers
import SchemaModel

/// The two images indexed once for all rules.
public struct BufCheckContext: Sendable {
  let previous: BufImageIndex
  let current: BufImageIndex
  /// Messages present on both sides, paired by full name.
  let messagePairs: [(previous: BufMessageEntry, current: BufMessageEntry)]
  /// Fields paired by number inside paired messages, then extensions paired by extendee and
  /// number.
  let fieldPairs: [(previous: BufFieldEntry, current: BufFieldEntry)]

  /// Indexes the target files of both images.
  public init(previous: ProtoImage, current: ProtoImage) {
    let old = BufImageIndex(previous)
    let new = BufImageIndex(current)
    self.previous = old
    self.current = new
    messagePairs = old.messages.sorted { $0.key < $1.key }.compactMap { name, entry in
      new.messages[name].map { (entry, $0) }
    }
    fieldPairs = Self.pairFields(messagePairs, old, new)
  }

  /// Target files present on both sides, paired by path.
  var filePairs: [(previous: ProtoFile, current: ProtoFile)] {
    previous.files.compactMap { file in
      current.filesByPath[file.path].map { (file, $0) }
    }
  }

  /// Enums present on both sides, paired by full name.
  var enumPairs: [(previous: BufEnumEntry, current: BufEnumEntry)] {
    previous.enums.sorted { $0.key < $1.key }.compactMap { name, entry in
      current.enums[name].map { (entry, $0) }
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
    let sorted = previous.extensions.sorted { $0.key < $1.key }.map(\.value)
    for entry in sorted {
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
