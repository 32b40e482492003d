import SchemaModel
import Testing

@testable import Parsers

struct AvroCanonicalCase: CustomTestStringConvertible, Sendable {
  var input: String
  var canonical: String
  /// The fingerprint as Java prints it (a signed long); nil where the vector has none.
  var fingerprint: Int64?
  var testDescription: String { input }

  init(_ input: String, _ canonical: String, _ fingerprint: Int64? = nil) {
    self.input = input
    self.canonical = canonical
    self.fingerprint = fingerprint
  }
}

/// Vectors from Apache Avro's shared test data (`share/test/data/schema-tests.txt`).
private let canonicalCases: [AvroCanonicalCase] = [
  .init(#""null""#, #""null""#, 7_195_948_357_588_979_594),
  .init(#"{"type":"null"}"#, #""null""#),
  .init(#""boolean""#, #""boolean""#, -6_970_731_678_124_411_036),
  .init(#""int""#, #""int""#, 8_247_732_601_305_521_295),
  .init(#"{"type":"long"}"#, #""long""#, -3_434_872_931_120_570_953),
  .init(#""float""#, #""float""#, 5_583_340_709_985_441_680),
  .init(#""double""#, #""double""#, -8_181_574_048_448_539_266),
  .init(#""bytes""#, #""bytes""#, 5_746_618_253_357_095_269),
  .init(#""string""#, #""string""#, -8_142_146_995_180_207_161),
  .init("[  ]", "[]", -1_241_056_759_729_112_623),
  .init(#"[ "int"  ]"#, #"["int"]"#, -5_232_228_896_498_058_493),
  .init(#"[ "int" , {"type":"boolean"} ]"#, #"["int","boolean"]"#, 5_392_556_393_470_105_090),
  .init(
    #"{"fields":[], "type":"record", "name":"foo"}"#,
    #"{"name":"foo","type":"record","fields":[]}"#, -4_824_392_279_771_201_922),
  .init(
    #"{"fields":[], "type":"record", "name":"foo", "namespace":"x.y"}"#,
    #"{"name":"x.y.foo","type":"record","fields":[]}"#, 5_916_914_534_497_305_771),
  .init(
    #"{"fields":[], "type":"record", "name":"a.b.foo", "namespace":"x.y"}"#,
    #"{"name":"a.b.foo","type":"record","fields":[]}"#, -4_616_218_487_480_524_110),
  .init(
    #"{"fields":[], "type":"record", "name":"foo", "doc":"foo", "aliases":["foo","bar"]}"#,
    #"{"name":"foo","type":"record","fields":[]}"#, -4_824_392_279_771_201_922),
  .init(
    #"{"fields":[{"type":{"type":"boolean"}, "name":"f1"}], "type":"record", "name":"foo"}"#,
    #"{"name":"foo","type":"record","fields":[{"name":"f1","type":"boolean"}]}"#,
    7_843_277_075_252_814_651),
  .init(
    #"{"fields":[{"type":"boolean", "aliases":[], "name":"f1", "default":true}, {"order":"descending","name":"f2","doc":"Hello","type":"int"}], "type":"record", "name":"foo"}"#,
    #"{"name":"foo","type":"record","fields":[{"name":"f1","type":"boolean"},{"name":"f2","type":"int"}]}"#,
    -4_860_222_112_080_293_046),
  .init(
    #"{"type":"enum", "name":"foo", "symbols":["A1"]}"#,
    #"{"name":"foo","type":"enum","symbols":["A1"]}"#, -6_342_190_197_741_309_591),
  .init(
    #"{"namespace":"x.y.z", "type":"enum", "name":"foo", "doc":"foo bar", "symbols":["A1", "A2"]}"#,
    #"{"name":"x.y.z.foo","type":"enum","symbols":["A1","A2"]}"#, -4_448_647_247_586_288_245),
  .init(
    #"{"name":"foo","type":"fixed","size":15}"#, #"{"name":"foo","type":"fixed","size":15}"#,
    1_756_455_273_707_447_556),
  .init(
    #"{"namespace":"x.y.z", "type":"fixed", "name":"foo", "doc":"foo bar", "size":32}"#,
    #"{"name":"x.y.z.foo","type":"fixed","size":32}"#, -3_064_184_465_700_546_786),
  .init(
    #"{ "items":{"type":"null"}, "type":"array"}"#, #"{"type":"array","items":"null"}"#,
    -589_620_603_366_471_059),
  .init(
    #"{ "values":"string", "type":"map"}"#, #"{"type":"map","values":"string"}"#,
    -8_732_877_298_790_414_990),
  .init(
    #"{"name":"PigValue","type":"record", "fields":[{"name":"value", "type":["null", "int", "long", "PigValue"]}]}"#,
    #"{"name":"PigValue","type":"record","fields":[{"name":"value","type":["null","int","long","PigValue"]}]}"#,
    -1_759_257_747_318_642_341),
]

@Suite("Avro parsing canonical form")
struct AvroCanonicalFormTests {
  @Test(arguments: canonicalCases)
  func canonicalFormAndFingerprint(_ testCase: AvroCanonicalCase) throws {
    let document = AvroTestSupport.parse(testCase.input)
    #expect(document.diagnostics == [])
    let canonical = try #require(AvroCanonicalForm.text(of: document))
    #expect(canonical == testCase.canonical)
    if let fingerprint = testCase.fingerprint {
      #expect(
        AvroCanonicalForm.fingerprint64(canonical.utf8) == UInt64(bitPattern: fingerprint))
    }
  }

  @Test func logicalTypesAndPropertiesAreStripped() throws {
    let plain = AvroTestSupport.parse(
      #"{"type": "record", "name": "R", "namespace": "n", "fields": [{"name": "t", "type": "long"}]}"#
    )
    let decorated = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "namespace": "n", "owner": "me", "fields": [
        {"name": "t", "type": {"type": "long", "logicalType": "timestamp-millis"}, "doc": "When."}
      ]}
      """)
    #expect(AvroCanonicalForm.text(of: plain) == AvroCanonicalForm.text(of: decorated))
    #expect(
      AvroCanonicalForm.text(of: plain)
        == #"{"name":"n.R","type":"record","fields":[{"name":"t","type":"long"}]}"#)
  }

  @Test func referencesUseFullNames() throws {
    let document = AvroTestSupport.parse(
      """
      {"type": "record", "name": "R", "namespace": "n", "fields": [
        {"name": "a", "type": {"type": "enum", "name": "E", "symbols": ["X"]}},
        {"name": "b", "type": "E"}
      ]}
      """)
    #expect(
      AvroCanonicalForm.text(of: document)
        == #"{"name":"n.R","type":"record","fields":[{"name":"a","type":{"name":"n.E","type":"enum","symbols":["X"]}},{"name":"b","type":"n.E"}]}"#
    )
  }

  @Test func aSchemaThatDidNotParseHasNoCanonicalForm() {
    let document = AvroTestSupport.parse(#"{"type": "array", "items": 3}"#)
    #expect(AvroCanonicalForm.text(of: document) == nil)
  }
}
