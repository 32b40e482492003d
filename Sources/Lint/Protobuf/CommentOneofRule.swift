import Parsers
import SchemaModel

/// Buf's COMMENT_ONEOF: a oneof has no leading comment.
public struct CommentOneofRule: LintRule {
  public static let description = RuleDescription.buf(
    "COMMENT_ONEOF", "a oneof has no leading comment",
    "the comment above a oneof is its documentation in generated code and in schema catalogs")
  public static let sets: Set<LintRuleSet> = [.comments]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let elements: [(name: String, span: SourceSpan, comments: ProtoComments)] = file.allOneofs.map {
      ($0.oneof.name, $0.oneof.span, $0.oneof.comments)
    }
    return elements.filter { !BufComments.documents($0.comments) }.map {
      finding(
        "oneof \"\($0.name)\" should have a comment that documents it",
        at: input.location($0.span), path: input.path)
    }
  }
}
