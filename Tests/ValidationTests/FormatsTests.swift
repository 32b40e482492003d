import Parsers
import Testing

@testable import Validation

@Test(arguments: [
  ("date-time", "2024-02-29T23:59:60Z", true), ("date-time", "2023-02-29T00:00:00Z", false),
  ("date", "2024-12-31", true), ("time", "23:59:60+01:00", false),
  ("duration", "P1Y2M3DT4H5M6S", true), ("duration", "PT", false),
  ("email", "a.b@example.com", true), ("email", "a..b@example.com", false),
  ("idn-email", "실례@실례.테스트", true), ("hostname", "-bad.example", false),
  ("idn-hostname", "xn--ihqwcrb4cv8a8dqg056pqjye", true), ("ipv4", "192.168.01.1", false),
  ("ipv6", "::ffff:192.168.0.1", true), ("ipv6", "1::2::3", false),
  ("uri", "https://example.com/a?b#c", true), ("uri", "/relative", false),
  ("uri-reference", "/relative", true), ("iri", "http://ƒøø.ßår/?∂éœ=πîx#πîüx", true),
  ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true),
  ("uuid", "2eb8aa08aa9811eab4aa73b441d16380", false),
  ("json-pointer", "/a~1b/~0", true), ("json-pointer", "/a~2", false),
  ("relative-json-pointer", "1/a", true), ("relative-json-pointer", "01/a", false),
  ("uri-template", "http://example.com/{id}{?q*}", true), ("uri-template", "{open", false),
  ("regex", "^(a|b)+$", true), ("regex", "^(abc]", false),
  ("ipv6", "1:2:3:4:5:6:7:8", true), ("ipv6", "::", true), ("ipv6", "1::2:3:4:5:6:7:8", false),
  ("date-time", "2024-01-01T00:00:00.Z", false), ("email", "\"joe bloggs\"@example.com", true),
  ("email", "joe@[IPv6:::1]", true), ("uri", "http://[::1]:8080/", true),
  ("uri", "http://example.com:8o/", false), ("uri", "urn:isbn:0451450523", true),
  ("uri-template", "{+path,x}/here", true), ("uri-template", "{var:0}", false),
  ("duration", "PT1২S", false), ("idn-hostname", "xn--", false), ("hostname", "xn--a", false),
])
func formats(format: String, value: String, valid: Bool) {
  #expect(JSONSchemaFormats.isValid(value, format: format, draft: .draft202012) == valid)
}

@Test func unknownFormatsAreAnnotationsOnly() {
  #expect(JSONSchemaFormats.isValid("x", format: "color", draft: .draft202012) == nil)
  // `duration` arrived in 2019-09.
  #expect(JSONSchemaFormats.isValid("P1D", format: "duration", draft: .draft7) == nil)
}

@Test func knownFormatsGrowWithTheDrafts() {
  #expect(
    JSONSchemaFormats.knownFormats(in: .draft4) == [
      "date-time", "email", "hostname", "ipv4", "ipv6", "uri",
    ])
  #expect(JSONSchemaFormats.knownFormats(in: .draft202012).count == 19)
  #expect(JSONSchemaFormats.knownFormats(in: .draft7).contains("regex"))
}
