import Compat
import Foundation
import Parsers
import SchemaModel

extension CheckRun {
  /// One `.proto` subject: its file linked with imports from the roots, earlier versions from
  /// the same sources as Avro (each linked with the imports of its own revision or folder),
  /// then Confluent's mode and/or Buf's rules.
  func checkProtoSubject(
    index: Int, newBytes: [UInt8], cache: GitCache, protoCache: ProtoParseCache
  ) throws(WorkspaceError) -> SubjectOutcome {
    let subject = subjects[index]
    let mode = confluentMode(for: subject)
    let selection = proto.selection(for: modeOverride)
    let displayPath = displayPrefix + subject.schemaPath
    let importPath =
      ProtoImportPath.of(subject.file, roots: proto.roots) ?? subject.file.lastPathComponent
    let workTree = FolderProtoSourceReader(roots: displayRoots(proto.roots))
    let newImage = try ProtoToolchain.image(
      target: ProtoParseCache.parse(newBytes, importPath: importPath, displayPath: displayPath),
      reader: workTree, cache: protoCache)
    let document = RootSelection.select(
      subject.message, in: ProtoToolchain.document(of: newImage, displayPath: displayPath))
    var findings = document.diagnostics
    var previous: [(version: SchemaVersion, image: ProtoImage)] = []
    if mode != .none || selection != nil, !document.hasErrors {
      let request = VersionRequest(
        file: subject.file, displayPath: subject.schemaPath, newBytes: newBytes,
        baseDirectory: baseDirectory, versionsPattern: subject.versionsPattern, against: against,
        transitive: mode.isTransitive, displayPrefix: displayPrefix)
      for earlier in try VersionHistory.earlierVersions(request, cache: cache) {
        let reader = try earlierReader(for: earlier, subject: subject, cache: cache)
        let image = try ProtoToolchain.image(
          target: ProtoParseCache.parse(
            earlier.bytes, importPath: importPath, displayPath: earlier.label),
          reader: reader, cache: protoCache)
        let old = RootSelection.select(
          subject.message, in: ProtoToolchain.document(of: image, displayPath: earlier.label))
        if old.hasErrors {
          findings.append(Self.skippedVersion(earlier.label, document: old, newDocument: document))
          continue
        }
        previous.append((SchemaVersion(label: earlier.label, document: old), image))
      }
    }
    var compatible = !document.hasErrors
    var checkedAgainst: [String] = []
    if !document.hasErrors {
      let verdict = CompatibilityChecker.check(
        new: SchemaVersion(label: displayPath, document: document),
        previous: previous.map(\.version), mode: mode)
      findings += verdict.findings
      compatible = verdict.isCompatible
      checkedAgainst = verdict.checkedAgainst
      if let selection, let latest = previous.last {
        let bufFindings = ProtoToolchain.breakingFindings(
          previous: latest.image, current: newImage, selection: selection
        ).filter { !ignored($0, by: selection, importPath: importPath) }
        findings += bufFindings
        if bufFindings.hasErrors { compatible = false }
        if !checkedAgainst.contains(latest.version.label) {
          checkedAgainst.append(latest.version.label)
        }
      }
    }
    let result = SubjectResult(
      name: subject.name, format: .protobuf, schemaPath: displayPath, mode: mode,
      compatible: compatible, checkedAgainst: checkedAgainst, breaking: selection?.use ?? [])
    return SubjectOutcome(
      result: result, findings: findings.map { Finding($0, subject: subject.name) },
      unparseable: SchemaReadability.isUnparseable(document))
  }

  /// Where an earlier version's imports come from: git at its commit, the `--against` folder,
  /// or (for `versions:` folders) the work tree.
  private func earlierReader(for earlier: EarlierVersion, subject: Subject, cache: GitCache)
    throws(WorkspaceError) -> any ProtoSourceReader
  {
    if let commit = earlier.gitCommit {
      let repository = try cache.repository(containing: subject.file.deletingLastPathComponent())
      let label = earlier.label.split(separator: ":").first.map(String.init) ?? commit
      return GitProtoSourceReader(
        repository: repository, commit: commit, roots: proto.roots, revisionLabel: label)
    }
    if subject.versionsPattern == nil, case .directory(let folder, let display) = against {
      let base = baseDirectory.standardizedFileURL.path
      let roots = proto.roots.map { root -> ProtoRoot in
        let path = root.path
        guard path == base || path.hasPrefix(base + "/") else {
          return ProtoRoot(url: root, displayPrefix: root.path + "/")
        }
        let relative = String(path.dropFirst(base.count)).drop { $0 == "/" }
        let shown = PathText.normalized(display + "/" + relative)
        return ProtoRoot(
          url: folder.appendingPathComponent(String(relative)),
          displayPrefix: shown.hasSuffix("/") ? shown : shown + "/")
      }
      return FolderProtoSourceReader(roots: roots)
    }
    return FolderProtoSourceReader(roots: displayRoots(proto.roots))
  }

  /// Roots with the prefix findings show them with (relative to the current directory).
  private func displayRoots(_ roots: [URL]) -> [ProtoRoot] {
    let base = baseDirectory.standardizedFileURL.path
    return roots.map { root in
      let path = root.path
      if path == base { return ProtoRoot(url: root, displayPrefix: displayPrefix) }
      if path.hasPrefix(base + "/") {
        return ProtoRoot(
          url: root, displayPrefix: displayPrefix + path.dropFirst(base.count + 1) + "/")
      }
      return ProtoRoot(url: root, displayPrefix: path + "/")
    }
  }

  /// `ignore:` and `ignore-only:` match the finding's file by its path below the base folder or
  /// by its import path, as Buf matches paths relative to the module root.
  private func ignored(
    _ diagnostic: Diagnostic, by selection: ProtoBreakingSelection, importPath: String
  ) -> Bool {
    var paths = [importPath]
    if let file = diagnostic.location?.file {
      paths.append(
        file.hasPrefix(displayPrefix) ? String(file.dropFirst(displayPrefix.count)) : file)
    }
    return selection.ignores(rule: diagnostic.ruleID.rawValue, paths: paths)
  }
}
