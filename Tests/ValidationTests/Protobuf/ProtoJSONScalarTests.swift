import Testing
import Validation

/// Scalars, as Python `protobuf`'s `json_format.Parse` judged them (see the report of the
/// change that added these tables); `[]` means valid.
private let mismatch = "PAYLOAD_TYPE_MISMATCH"
private let range = "PAYLOAD_OUT_OF_RANGE"
private let format = "PAYLOAD_INVALID_FORMAT"

@Suite struct ProtoJSONScalarTests {

  static let integersCases: [(String, [String])] = [
    (#"{"i32": 1}"#, []),
    (#"{"i32": 1.0}"#, []),
    (#"{"i32": "1"}"#, []),
    (#"{"i32": "1.0"}"#, []),
    (#"{"i32": 1e2}"#, []),
    (#"{"i32": "1e2"}"#, []),
    (#"{"i32": "1.5e1"}"#, []),
    (#"{"i32": "5."}"#, []),
    (#"{"i32": "+1"}"#, []),
    (#"{"i32": "01"}"#, []),
    (#"{"i32": -0}"#, []),
    (#"{"i32": "-2147483648"}"#, []),
    (#"{"i32": 1.5}"#, ["\(mismatch)@/i32"]),
    (#"{"i32": ".5"}"#, ["\(mismatch)@/i32"]),
    (#"{"i32": 1e400}"#, ["\(mismatch)@/i32"]),
    (#"{"i32": 2147483648}"#, ["\(range)@/i32"]),
    (#"{"s32": -2147483649}"#, ["\(range)@/s32"]),
    (#"{"i32": " 1"}"#, ["\(format)@/i32"]),
    (#"{"i32": "0x10"}"#, ["\(format)@/i32"]),
    (#"{"i32": ""}"#, ["\(format)@/i32"]),
    // Python's int() takes these; protoc does not.
    (#"{"i32": "1_000"}"#, ["\(format)@/i32"]),
    (#"{"i32": true}"#, ["\(mismatch)@/i32"]),
    (#"{"i32": [1]}"#, ["\(mismatch)@/i32"]),
    (#"{"u32": -1}"#, ["\(range)@/u32"]),
    (#"{"u32": 4294967295}"#, []),
    (#"{"f32": 4294967296}"#, ["\(range)@/f32"]),
    (#"{"sf32": 2147483647}"#, []),
    (#"{"i64": 9223372036854775807}"#, []),
    (#"{"i64": -9223372036854775808}"#, []),
    (#"{"i64": 9223372036854775808}"#, ["\(range)@/i64"]),
    (#"{"i64": "9223372036854775807"}"#, []),
    (#"{"i64": "9223372036854775808"}"#, ["\(range)@/i64"]),
    (#"{"i64": 9007199254740993}"#, []),
    (#"{"i64": 9.223372036854775807e18}"#, ["\(range)@/i64"]),
    // Python reads this exactly; protoc allows only 2^53 for numbers written as doubles.
    (#"{"i64": -9.223372036854775808e18}"#, ["\(range)@/i64"]),
    (#"{"i64": 9007199254740992e0}"#, []),
    (#"{"i64": 9007199254740994e0}"#, ["\(range)@/i64"]),
    (#"{"u64": "18014398509481984.0"}"#, []),
    (#"{"i64": 1e3}"#, []),
    (#"{"s64": "1e3"}"#, []),
    (#"{"sf64": 1.5}"#, ["\(mismatch)@/sf64"]),
    (#"{"u64": "18446744073709551615"}"#, []),
    (#"{"u64": 18446744073709551616}"#, ["\(range)@/u64"]),
    (#"{"u64": 1.8446744073709552e19}"#, ["\(range)@/u64"]),
    (#"{"u64": -1}"#, ["\(range)@/u64"]),
    (#"{"u64": "-0"}"#, []),
    (#"{"f64": "99999999999999999999999"}"#, ["\(range)@/f64"]),
  ]

  static let floatsCases: [(String, [String])] = [
    (#"{"fl": 1.5}"#, []),
    (#"{"fl": "1.5"}"#, []),
    (#"{"fl": "1e5"}"#, []),
    (#"{"fl": "NaN"}"#, []),
    (#"{"fl": "Infinity"}"#, []),
    (#"{"fl": "-Infinity"}"#, []),
    (#"{"fl": 1e-50}"#, []),
    (#"{"fl": 3.4028234663852886e38}"#, []),
    (#"{"fl": 3.4028235e38}"#, ["\(range)@/fl"]),
    (#"{"fl": 1e39}"#, ["\(range)@/fl"]),
    (#"{"fl": -1e39}"#, ["\(range)@/fl"]),
    (#"{"fl": "nan"}"#, ["\(format)@/fl"]),
    (#"{"fl": "inf"}"#, []),
    (#"{"fl": "-Infinity "}"#, []),
    (#"{"fl": "NAN"}"#, []),
    (#"{"fl": "1e39"}"#, ["\(range)@/fl"]),
    (#"{"fl": "3.4028235e38"}"#, []),
    (#"{"fl": "1_0"}"#, ["\(format)@/fl"]),
    (#"{"db": 1e308}"#, []),
    (#"{"db": 1e309}"#, ["\(range)@/db"]),
    (#"{"db": "+1.5"}"#, []),
    (#"{"db": ".5"}"#, []),
    (#"{"db": "0x1p3"}"#, ["\(format)@/db"]),
    (#"{"db": " 1.5"}"#, []),
    (#"{"db": "1e309"}"#, []),
    (#"{"db": true}"#, ["\(mismatch)@/db"]),
    (#"{"db": {}}"#, ["\(mismatch)@/db"]),
  ]

  static let othersCases: [(String, [String])] = [
    (#"{"b": true}"#, []),
    (#"{"b": false}"#, []),
    (#"{"b": "true"}"#, ["\(mismatch)@/b"]),
    (#"{"b": 1}"#, ["\(mismatch)@/b"]),
    (#"{"s": "text"}"#, []),
    (#"{"s": 1}"#, ["\(mismatch)@/s"]),
    (#"{"by": "AQID"}"#, []),
    (#"{"by": "AQI="}"#, []),
    (#"{"by": "AQI"}"#, []),
    (#"{"by": "AQ=="}"#, []),
    // Python also takes partial padding; protoc does not.
    (#"{"by": "AQ="}"#, ["\(format)@/by"]),
    (#"{"by": "-_-_"}"#, []),
    (#"{"by": "+/+/"}"#, []),
    (#"{"by": ""}"#, []),
    (#"{"by": "A"}"#, ["\(format)@/by"]),
    (#"{"by": "AQ==AQ=="}"#, ["\(format)@/by"]),
    (#"{"by": "!!!!"}"#, ["\(format)@/by"]),
    (#"{"by": "A Q I D"}"#, ["\(format)@/by"]),
    (#"{"by": "AQID="}"#, ["\(format)@/by"]),
    (#"{"by": 1}"#, ["\(mismatch)@/by"]),
    (#"{"color": "RED"}"#, []),
    (#"{"color": 1}"#, []),
    (#"{"color": 1.0}"#, []),
    (#"{"color": 99}"#, []),
    (#"{"color": "99"}"#, []),
    (#"{"color": "+1"}"#, []),
    (#"{"color": -1}"#, []),
    (#"{"color": " 1"}"#, []),
    (#"{"color": "red"}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/color"]),
    (#"{"color": "BLUE"}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/color"]),
    (#"{"color": "1e0"}"#, ["PAYLOAD_UNKNOWN_SYMBOL@/color"]),
    (#"{"color": 2147483648}"#, ["\(range)@/color"]),
    (#"{"color": 1.5}"#, ["\(mismatch)@/color"]),
    (#"{"color": true}"#, ["\(mismatch)@/color"]),
    (#"{"nv": "NULL_VALUE"}"#, []),
    (#"{"nv": 0}"#, []),
  ]

  @Test(arguments: integersCases) func integers(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: floatsCases) func floats(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }

  @Test(arguments: othersCases) func boolsStringsBytesAndEnums(json: String, expected: [String]) {
    #expect(ProtoJSONTestSchemas.findings(json) == expected, "\(json)")
  }
}
