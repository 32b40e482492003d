import Parsers
import SchemaModel

/// Buf's ENUM_NO_ALLOW_ALIAS: an enum sets `allow_alias = true`.
public struct EnumNoAllowAliasRule: LintRule {
  public static let description = RuleDescription.buf(
    "ENUM_NO_ALLOW_ALIAS", "an enum sets `allow_alias = true`",
    "aliased values give one number several names, so the JSON form and generated code depend on which name a reader picks"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    return file.allEnums.compactMap { protoEnum in
      guard let option = protoEnum.options.named("allow_alias"), option.value == .bool(true)
      else { return nil }
      return finding(
        "enum \"\(protoEnum.name)\" must not set allow_alias",
        at: input.location(option.span), path: input.path)
    }
  }
}
