import Parsers
import SchemaModel

/// Buf's SERVICE_SUFFIX: a service name does not end with the configured suffix (`Service` by default).
public struct ServiceSuffixRule: LintRule {
  public static let description = RuleDescription.buf(
    "SERVICE_SUFFIX",
    "a service name does not end with the configured suffix (`Service` by default)",
    "a common suffix tells services apart from messages in generated code and in APIs (lint: service-suffix)"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromStandard

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let suffix = context.options.serviceSuffix
    return file.services.filter { !$0.name.hasSuffix(suffix) }.map {
      finding(
        "service \"\($0.name)\" should end with \"\(suffix)\"",
        at: input.location($0.nameSpan), path: input.path)
    }
  }
}
