import Compat
import Foundation
import SchemaModel
import Validation

extension CheckRun {
  /// How a subject's fixtures are read: its `avro-encoding:` and `allow-unknown-fields:`, the
  /// config's JSON Schema settings and Protobuf roots.
  func payloadSettings(for subject: Subject) -> PayloadSettings {
    var settings = PayloadSettings(
      jsonSchema: jsonSchema.runSettings(root: baseDirectory),
      avroEncoding: subject.avroEncoding,
      options: PayloadOptions(allowUnknownFields: subject.allowUnknownFields),
      protoRoots: displayRoots(proto.roots))
    settings.framing = subject.framing
    return settings
  }

  /// A version's payload validator, made with the preparation `checkFixtures` hands it.
  typealias ValidatorMaker = (PayloadSchemaPreparation) -> Result<
    any PayloadValidating, PreparationFailure
  >

  /// The subject's examples and counterexamples against the new schema, and its examples across
  /// the earlier versions its mode covers (`previous`, as the compatibility check fetched them).
  /// A new schema that cannot be prepared for payloads is a finding and makes the subject
  /// unreadable; an earlier one is left out of the cross-version reading.
  func checkFixtures(
    of subject: Subject, mode: CompatibilityMode, new: ValidatorMaker,
    previous: [(label: String, validator: ValidatorMaker)]
  ) throws(WorkspaceError) -> PayloadFixtureCheck.Outcome {
    let check = PayloadFixtureCheck(
      subject: subject, baseDirectory: baseDirectory, displayPrefix: displayPrefix,
      settings: payloadSettings(for: subject))
    guard check.hasFixtures else { return PayloadFixtureCheck.Outcome() }
    let validator: any PayloadValidating
    switch new(payloadPreparation(for: subject)) {
    case .success(let prepared): validator = prepared
    case .failure(let failure):
      return PayloadFixtureCheck.Outcome(findings: failure.diagnostics, unreadable: true)
    }
    // Earlier versions read data the new schema writes: fields they do not know are what
    // evolution adds (a Protobuf reader keeps them as unknown fields), so they are no errors.
    let earlierPreparation = payloadPreparation(for: subject, allowUnknownFields: true)
    let directions = mode.directions
    let earlier = previous.compactMap { version -> PayloadFixtureCheck.EarlierVersion? in
      guard case .success(let old) = version.validator(earlierPreparation) else { return nil }
      return PayloadFixtureCheck.EarlierVersion(
        label: version.label, validator: old, backward: directions.contains(.backward),
        forward: directions.contains(.forward))
    }
    return try check.run(new: validator, earlier: earlier)
  }

  /// The preparation of payload validators for a subject.
  func payloadPreparation(for subject: Subject, allowUnknownFields: Bool = false)
    -> PayloadSchemaPreparation
  {
    var settings = payloadSettings(for: subject)
    if allowUnknownFields { settings.options.allowUnknownFields = true }
    return PayloadSchemaPreparation(settings: settings, compiler: JSONSchemaCompiler())
  }
}
