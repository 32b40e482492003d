import Parsers
import SchemaModel
import Validation

/// The schemas of the proto3 JSON tests, and a one-line way to run the validator. The tables'
/// verdicts were compared with Python `protobuf`'s `json_format.Parse` on these same schemas;
/// the cases where this validator is stricter on purpose say so in a comment.
enum ProtoJSONTestSchemas {
  static let proto3 = """
    syntax = "proto3";
    package acme;
    import "google/protobuf/timestamp.proto";
    import "google/protobuf/duration.proto";
    import "google/protobuf/wrappers.proto";
    import "google/protobuf/struct.proto";
    import "google/protobuf/any.proto";
    import "google/protobuf/field_mask.proto";
    import "google/protobuf/empty.proto";
    enum Color { COLOR_UNSPECIFIED = 0; RED = 1; GREEN = 2; }
    message Line { string sku = 1; int32 qty = 2; }
    message All {
      int32 i32 = 1; sint32 s32 = 2; sfixed32 sf32 = 3; uint32 u32 = 4; fixed32 f32 = 5;
      int64 i64 = 6; sint64 s64 = 7; sfixed64 sf64 = 8; uint64 u64 = 9; fixed64 f64 = 10;
      float fl = 11; double db = 12; bool b = 13; string s = 14; bytes by = 15;
      Color color = 16; Line line = 17; repeated Line lines = 18; repeated int32 nums = 19;
      map<string, int32> m = 20; map<bool, string> mb = 21; map<int64, Line> mi = 22;
      map<uint32, Color> mu = 23;
      oneof choice { string a = 24; int32 bnum = 25; Line cl = 26; }
      optional int32 opt = 27;
      string json_custom = 28 [json_name = "jc"];
      google.protobuf.Timestamp ts = 30; google.protobuf.Duration du = 31;
      google.protobuf.Int32Value w32 = 32; google.protobuf.Int64Value w64 = 33;
      google.protobuf.StringValue ws = 34; google.protobuf.BoolValue wb = 35;
      google.protobuf.BytesValue wby = 36; google.protobuf.DoubleValue wd = 37;
      google.protobuf.FloatValue wf = 38; google.protobuf.UInt64Value wu64 = 39;
      google.protobuf.UInt32Value wu32 = 40;
      google.protobuf.Struct st = 41; google.protobuf.Value v = 42;
      google.protobuf.ListValue lv = 43; google.protobuf.Any any = 44;
      google.protobuf.FieldMask fm = 45; google.protobuf.Empty em = 46;
      repeated google.protobuf.Value vs = 47; google.protobuf.NullValue nv = 48;
      repeated Color colors = 49; map<string, google.protobuf.Value> mv = 50;
      string order_id = 51;
      All child = 52;
    }
    """

  static let proto2 = """
    syntax = "proto2";
    package legacy;
    enum Status { ACTIVE = 1; DISABLED = 2; }
    message Req {
      required string id = 1;
      optional Status status = 2;
      repeated Status statuses = 3;
      optional int32 n = 4 [default = 5];
      optional group Grp = 5 { optional int32 x = 6; }
      optional Inner inner = 7;
      map<string, Inner> ms = 8;
      extensions 100 to 200;
    }
    message Inner { required int32 k = 1; }
    extend Req { optional int32 ext_field = 100; }
    """

  static let proto3Index = ProtoIndexTestImages.index(proto3, path: "p3.proto")
  static let proto2Index = ProtoIndexTestImages.index(proto2, path: "p2.proto")

  /// `RULE@/pointer` for each report (`RULE@/pointer~warning` for warnings), in report order;
  /// nil when the schema or the JSON text does not load.
  static func findings(
    _ json: String, message: String = "acme.All", options: PayloadOptions = PayloadOptions()
  ) -> [String]? {
    let index = message.hasPrefix("legacy.") ? proto2Index : proto3Index
    guard let index, let value = try? JSONReader.parse(json),
      let validator = try? ProtoJSONValidator(index: index, messageName: message, options: options)
    else { return nil }
    return validator.validate(value).map {
      "\($0.ruleID.rawValue)@\($0.instanceLocation)" + ($0.severity == .warning ? "~warning" : "")
    }
  }
}
