import Parsers
import Testing

@Test(arguments: [
  ("http://json-schema.org/draft-04/schema#", JSONSchemaDraft.draft4),
  ("https://json-schema.org/draft/2020-12/schema", .draft202012),
  ("http://json-schema.org/draft/2019-09/schema#", .draft201909),
])
func draftFromMetaSchemaURI(uri: String, draft: JSONSchemaDraft) {
  #expect(JSONSchemaDraft(metaSchemaURI: uri) == draft)
}

@Test func unknownMetaSchemaIsNil() {
  #expect(JSONSchemaDraft(metaSchemaURI: "http://example.com/my-schema") == nil)
}
