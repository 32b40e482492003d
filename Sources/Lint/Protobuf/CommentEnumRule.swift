import Parsers
import SchemaModel

/// Buf's COMMENT_ENUM: a enum has no leading comment.
public struct CommentEnumRule: LintRule {
  public static let description = RuleDescription.buf(
    "COMMENT_ENUM", "a enum has no leading comment",
    "the comment above a enum is its documentation in generated code and in schema catalogs")
  public static let sets: Set<LintRuleSet> = [.comments]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let elements: [(name: String, span: SourceSpan, comments: ProtoComments)] = file.allEnums.map {
      ($0.name, $0.span, $0.comments)
    }
    return elements.filter { !BufComments.documents($0.comments) }.map {
      finding(
        "enum \"\($0.name)\" should have a comment that documents it",
        at: input.location($0.span), path: input.path)
    }
  }
}
