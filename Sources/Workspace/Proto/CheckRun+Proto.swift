import Compat
import Foundation
import Parsers
import SchemaModel

extension CheckRun {
  /// One `.proto` subject: its file linked with imports from the roots, earlier versions from
  /// the same sources as Avro (each linked with the imports of its own revision or folder),
  /// then Confluent's mode and/or Buf's rules (against the latest earlier version). `newImage`
  /// is the new file already linked (by the cache, which records its imports), if it is.
  func checkProtoSubject(
    index: Int, newBytes: [UInt8], cache: GitCache, importCache: ProtoImportCache,
    newImage linkedImage: (ProtoImage, importPath: String)? = nil
  ) throws(WorkspaceError) -> SubjectOutcome {
    let subject = subjects[index]
    let mode = confluentMode(for: subject)
    let selection = proto.selection(for: modeOverride)
    let displayPath = displayPrefix + subject.schemaPath
    let (newImage, importPath) = linkedImage ?? newProtoImage(of: subject, bytes: newBytes)
    let document = ProtoToolchain.document(
      of: newImage, displayPath: displayPath, message: subject.message)
    var findings = document.diagnostics
    var previous: [(version: SchemaVersion, image: ProtoImage)] = []
    if mode != .none || selection != nil, !document.hasErrors {
      let request = VersionRequest(
        file: subject.file, displayPath: subject.schemaPath, newBytes: newBytes,
        baseDirectory: baseDirectory, versionsPattern: subject.versionsPattern, against: against,
        transitive: mode.isTransitive, displayPrefix: displayPrefix)
      for earlier in try earlierVersions(request, cache: cache) {
        let image = try earlierImage(
          earlier, importPath: importPath, subject: subject, cache: cache,
          importCache: importCache)
        let old = ProtoToolchain.document(
          of: image, displayPath: earlier.label, message: subject.message)
        if old.hasErrors {
          findings.append(Self.skippedVersion(earlier.label, document: old, newDocument: document))
          continue
        }
        previous.append(
          (SchemaVersion(label: earlier.label, document: old, protoImage: image), image))
      }
    }
    var compatible = !document.hasErrors
    var checkedAgainst: [String] = []
    if !document.hasErrors {
      let verdict = CompatibilityChecker.check(
        new: SchemaVersion(label: displayPath, document: document, protoImage: newImage),
        previous: previous.map(\.version), mode: mode)
      findings += verdict.findings
      compatible = verdict.isCompatible
      checkedAgainst = verdict.checkedAgainst
      if let selection, let latest = previous.last {
        let bufFindings = ProtoToolchain.breakingFindings(
          previous: latest.image, current: newImage, selection: selection, fallback: displayPath)
        findings += bufFindings
        if bufFindings.hasErrors { compatible = false }
        if !checkedAgainst.contains(latest.version.label) {
          checkedAgainst.insert(latest.version.label, at: 0)
        }
      }
    }
    var fixtures = PayloadFixtureCheck.Outcome()
    if !document.hasErrors {
      fixtures = try checkFixtures(
        of: subject, mode: mode,
        new: { $0.protobuf(newImage, displayPath: displayPath, message: subject.message) },
        previous: previous.map { version, image in
          (
            version.label,
            { $0.protobuf(image, displayPath: version.label, message: subject.message) }
          )
        })
      findings += fixtures.findings
    }
    let result = SubjectResult(
      name: subject.name, format: .protobuf, schemaPath: displayPath, mode: mode,
      compatible: compatible, checkedAgainst: checkedAgainst, breaking: selection?.use ?? [])
    return SubjectOutcome(
      result: result, findings: findings.map { Finding($0, subject: subject.name) },
      unparseable: SchemaReadability.isUnparseable(document) || fixtures.unreadable,
      payloads: fixtures.payloads, omittedPayloads: fixtures.omitted)
  }

  /// A subject's new file linked with the imports under the roots, and its import path.
  func newProtoImage(of subject: Subject, bytes: [UInt8]) -> (ProtoImage, importPath: String) {
    newProtoImage(of: subject, bytes: bytes, loader: ProtoRoot.loader(displayRoots(proto.roots)))
  }

  /// The same with the imports read through `loader`.
  func newProtoImage(of subject: Subject, bytes: [UInt8], loader: some ProtoImportLoader)
    -> (ProtoImage, importPath: String)
  {
    let importPath =
      ProtoImportPath.of(subject.file, roots: proto.roots) ?? subject.file.lastPathComponent
    let image = ProtoToolchain.image(
      bytes, importPath: importPath, displayPath: displayPrefix + subject.schemaPath,
      loader: loader)
    return (image, importPath)
  }

  /// An earlier version linked with the imports it had: from git at its commit, from the
  /// `--against` folder, or (for `versions:` folders) from the work tree.
  func earlierImage(
    _ earlier: EarlierVersion, importPath: String, subject: Subject, cache: GitCache,
    importCache: ProtoImportCache
  ) throws(WorkspaceError) -> ProtoImage {
    if let commit = earlier.gitCommit {
      let repository = try cache.repository(containing: subject.file.deletingLastPathComponent())
      let label = earlier.label.split(separator: ":").first.map(String.init) ?? commit
      let loader = GitProtoImportLoader(
        repository: repository, commit: commit, roots: proto.roots, revisionLabel: label,
        cache: importCache, git: cache)
      return ProtoToolchain.image(
        earlier.bytes, importPath: importPath, displayPath: earlier.label, loader: loader)
    }
    var roots = displayRoots(proto.roots)
    if subject.versionsPattern == nil, case .directory(let folder, let display) = against {
      roots = rebased(roots, onto: folder, display: display)
    }
    return ProtoToolchain.image(
      earlier.bytes, importPath: importPath, displayPath: earlier.label,
      loader: ProtoRoot.loader(roots))
  }

  /// Roots below the base folder moved to the same place under `folder` (`--against DIR`).
  private func rebased(_ roots: [ProtoRoot], onto folder: URL, display: String) -> [ProtoRoot] {
    let base = baseDirectory.standardizedFileURL.path
    return roots.map { root in
      let path = root.url.path
      guard path == base || path.hasPrefix(base + "/") else { return root }
      let relative = String(path.dropFirst(base.count).drop { $0 == "/" })
      let shown = PathText.normalized(display + "/" + relative)
      return ProtoRoot(
        url: relative.isEmpty ? folder : folder.appendingPathComponent(relative),
        displayPrefix: shown.hasSuffix("/") ? shown : shown + "/")
    }
  }

  /// Roots with the prefix findings show them with (relative to the current directory).
  func displayRoots(_ roots: [URL]) -> [ProtoRoot] {
    let base = baseDirectory.standardizedFileURL.path
    return roots.map { root in
      let path = root.standardizedFileURL.path
      if path == base { return ProtoRoot(url: root, displayPrefix: displayPrefix) }
      if path.hasPrefix(base + "/") {
        return ProtoRoot(
          url: root, displayPrefix: displayPrefix + path.dropFirst(base.count + 1) + "/")
      }
      return ProtoRoot(url: root, displayPrefix: path + "/")
    }
  }
}
