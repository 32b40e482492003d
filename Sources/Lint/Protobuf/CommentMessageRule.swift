import Parsers
import SchemaModel

/// Buf's COMMENT_MESSAGE: a message has no leading comment.
public struct CommentMessageRule: LintRule {
  public static let description = RuleDescription.buf(
    "COMMENT_MESSAGE", "a message has no leading comment",
    "the comment above a message is its documentation in generated code and in schema catalogs")
  public static let sets: Set<LintRuleSet> = [.comments]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let elements: [(name: String, span: SourceSpan, comments: ProtoComments)] = file.allMessages.map
    { ($0.name, $0.span, $0.comments) }
    return elements.filter { !BufComments.documents($0.comments) }.map {
      finding(
        "message \"\($0.name)\" should have a comment that documents it",
        at: input.location($0.span), path: input.path)
    }
  }
}
