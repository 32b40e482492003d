import Parsers
import SchemaModel

/// Deleted files, packages and top-level or nested types (per file and per package).
extension BufRules {
  static let deletions: [BufRule] = [
    BufRule(
      "FILE_NO_DELETE", "Checks that files are not deleted.",
      v2: "CSR FILE", v1: "FILE", v1beta1: "FILE"
    ) { context in
      context.previous.files.filter { context.current.filesByPath[$0.path] == nil }.map {
        context.finding(
          "FILE_NO_DELETE", "Previously present file \"\($0.path)\" was deleted.", in: nil,
          at: nil)
      }
    },
    BufRule(
      "MESSAGE_NO_DELETE", "Checks that messages are not deleted from a given file.",
      v2: "CSR FILE", v1: "FILE", v1beta1: "FILE"
    ) { context in
      perFile(context, kind: "message", rule: "MESSAGE_NO_DELETE") { index, path in
        Set(index.messagesByNestedName(in: path).keys)
      }
    },
    BufRule(
      "ENUM_NO_DELETE", "Checks that enums are not deleted from a given file.",
      v2: "CSR FILE", v1: "FILE", v1beta1: "FILE"
    ) { context in
      perFile(context, kind: "enum", rule: "ENUM_NO_DELETE") { index, path in
        index.enumNamesByFile[path] ?? []
      }
    },
    BufRule(
      "SERVICE_NO_DELETE", "Checks that services are not deleted from a given file.",
      v2: "FILE", v1: "FILE", v1beta1: "FILE"
    ) { context in
      perFile(context, kind: "service", rule: "SERVICE_NO_DELETE") { index, path in
        index.serviceNamesByFile[path] ?? []
      }
    },
    BufRule(
      "EXTENSION_NO_DELETE", "Checks that extensions are not deleted from a given file.",
      v2: "FILE", v1: nil, v1beta1: nil
    ) { context in
      perFile(context, kind: "extension", rule: "EXTENSION_NO_DELETE") { index, path in
        index.extensionNamesByFile[path] ?? []
      }
    },
    BufRule(
      "PACKAGE_NO_DELETE", "Checks that packages are not deleted.",
      v2: "PACKAGE", v1: "PACKAGE", v1beta1: "PACKAGE"
    ) { context in
      let current = Set(context.current.files.map { $0.package ?? "" })
      let previous = Set(context.previous.files.map { $0.package ?? "" })
      return previous.subtracting(current).sorted().map {
        context.finding(
          "PACKAGE_NO_DELETE", "Previously present package \"\($0)\" was deleted.", in: nil,
          at: nil)
      }
    },
    BufRule(
      "PACKAGE_MESSAGE_NO_DELETE", "Checks that messages are not deleted from a given package.",
      v2: "PACKAGE", v1: "PACKAGE", v1beta1: "PACKAGE"
    ) { context in
      perPackage(
        context, kind: "message", rule: "PACKAGE_MESSAGE_NO_DELETE", searchPackage: true
      ) { index in
        index.messages.values.map { ($0.file, $0.nestedName) }
      }
    },
    BufRule(
      "PACKAGE_ENUM_NO_DELETE", "Checks that enums are not deleted from a given package.",
      v2: "PACKAGE", v1: "PACKAGE", v1beta1: "PACKAGE"
    ) { context in
      perPackage(context, kind: "enum", rule: "PACKAGE_ENUM_NO_DELETE") { index in
        index.enums.values.map { ($0.file, $0.nestedName) }
      }
    },
    BufRule(
      "PACKAGE_SERVICE_NO_DELETE", "Checks that services are not deleted from a given package.",
      v2: "PACKAGE", v1: "PACKAGE", v1beta1: "PACKAGE"
    ) { context in
      perPackage(context, kind: "service", rule: "PACKAGE_SERVICE_NO_DELETE") { index in
        index.services.values.map { ($0.file, $0.service.name) }
      }
    },
    BufRule(
      "PACKAGE_EXTENSION_NO_DELETE",
      "Checks that extensions are not deleted from a given package.",
      v2: "PACKAGE", v1: nil, v1beta1: nil
    ) { context in
      perPackage(context, kind: "extension", rule: "PACKAGE_EXTENSION_NO_DELETE") { index in
        index.extensions.values.map { ($0.file, nestedName(of: $0)) }
      }
    },
  ]

  /// An extension's name inside its package (`Fizz.Buzz.labels`, or `tags` at top level).
  static func nestedName(of entry: BufFieldEntry) -> String {
    let full = entry.extensionFullName ?? entry.field.name
    let package = entry.file.package ?? ""
    if !package.isEmpty, full.hasPrefix(package + ".") {
      return String(full.dropFirst(package.count + 1))
    }
    return full
  }

  /// Buf points at the nearest enclosing message that still exists in the current file, or at
  /// the file alone.
  static func deletedLocation(_ nested: String, in file: ProtoFile, _ index: BufImageIndex)
    -> SourceSpan?
  {
    let messages = index.messagesByNestedName(in: file.path)
    var parts = nested.split(separator: ".").map(String.init)
    while parts.count > 1 {
      parts.removeLast()
      if let parent = messages[parts.joined(separator: ".")] { return parent.message.span }
    }
    return nil
  }

  private static func nearestMessage(
    _ nested: String, package: String, _ index: BufImageIndex
  ) -> BufMessageEntry? {
    var parts = nested.split(separator: ".").map(String.init)
    while parts.count > 1 {
      parts.removeLast()
      let name = (package.isEmpty ? "" : package + ".") + parts.joined(separator: ".")
      if let parent = index.messages[name] { return parent }
    }
    return nil
  }

  private static func perFile(
    _ context: BufCheckContext, kind: String, rule: String,
    names: (BufImageIndex, String) -> Set<String>
  ) -> [BufFinding] {
    var findings: [BufFinding] = []
    for (old, new) in context.filePairs {
      let present = names(context.current, new.path)
      for name in names(context.previous, old.path).subtracting(present).sorted() {
        findings.append(
          context.finding(
            rule, "Previously present \(kind) \"\(name)\" was deleted from file.", in: new,
            at: deletedLocation(name, in: new, context.current)))
      }
    }
    return findings
  }

  /// Buf points a deleted message at the nearest enclosing message left anywhere in the
  /// package, but other deleted types only at one left in the same file.
  private static func perPackage(
    _ context: BufCheckContext, kind: String, rule: String, searchPackage: Bool = false,
    names: (BufImageIndex) -> [(ProtoFile, String)]
  ) -> [BufFinding] {
    let currentPackages = Set(context.current.files.map { $0.package ?? "" })
    var present: Set<String> = []
    for (file, name) in names(context.current) { present.insert((file.package ?? "") + "#" + name) }
    var findings: [BufFinding] = []
    for (file, name) in names(context.previous).sorted(by: { $0.1 < $1.1 }) {
      let package = file.package ?? ""
      guard currentPackages.contains(package), !present.contains(package + "#" + name) else {
        continue
      }
      var currentFile = context.current.filesByPath[file.path]
      var span = currentFile.flatMap { deletedLocation(name, in: $0, context.current) }
      if searchPackage, let parent = nearestMessage(name, package: package, context.current) {
        currentFile = parent.file
        span = parent.message.span
      }
      findings.append(
        context.finding(
          rule,
          "Previously present \(kind) \"\(name)\" was deleted from package \"\(package)\".",
          in: currentFile, at: span))
    }
    return findings
  }
}
