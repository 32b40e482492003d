import Parsers
import SchemaModel

/// Buf's MESSAGE_PASCAL_CASE: a message name is not PascalCase.
public struct MessagePascalCaseRule: LintRule {
  public static let description = RuleDescription.buf(
    "MESSAGE_PASCAL_CASE", "a message name is not PascalCase",
    "generated classes take the message name as it is, and PascalCase is the Protobuf style guide convention for it"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allMessages.compactMap { x in
      let expected = BufNaming.pascalCase(x.name)
      guard x.name != expected else { return nil }
      return finding(
        "message \"\(x.name)\" is not PascalCase (for example \"\(expected)\")",
        at: input.location(x.nameSpan), path: input.path)
    }
  }
}
