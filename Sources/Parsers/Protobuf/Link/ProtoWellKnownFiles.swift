/// The well-known types and editions feature files, built in so that `import
/// "google/protobuf/timestamp.proto";` links without an import root holding them (protoc ships
/// them too). A file the loader finds under the same path wins.
public enum ProtoWellKnownFiles {
  /// The built-in source of `importPath`, or nil.
  public static func source(_ importPath: String) -> String? { sources[importPath] }

  /// Every built-in import path.
  public static var paths: [String] { sources.keys.sorted() }

  static let sources: [String: String] = [
    "google/protobuf/any.proto": any,
    "google/protobuf/api.proto": api,
    "google/protobuf/duration.proto": duration,
    "google/protobuf/empty.proto": empty,
    "google/protobuf/field_mask.proto": fieldMask,
    "google/protobuf/source_context.proto": sourceContext,
    "google/protobuf/struct.proto": structProto,
    "google/protobuf/timestamp.proto": timestamp,
    "google/protobuf/type.proto": type,
    "google/protobuf/wrappers.proto": wrappers,
    "google/protobuf/descriptor.proto": descriptor,
    "google/protobuf/cpp_features.proto": cppFeatures,
    "google/protobuf/java_features.proto": javaFeatures,
    "google/protobuf/go_features.proto": goFeatures,
  ]

  static let any = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/anypb";
    option java_package = "com.google.protobuf";
    message Any {
      string type_url = 1;
      bytes value = 2;
    }
    """

  static let api = """
    syntax = "proto3";
    package google.protobuf;
    import "google/protobuf/source_context.proto";
    import "google/protobuf/type.proto";
    option go_package = "google.golang.org/protobuf/types/known/apipb";
    option java_package = "com.google.protobuf";
    message Api {
      string name = 1;
      repeated Method methods = 2;
      repeated Option options = 3;
      string version = 4;
      SourceContext source_context = 5;
      repeated Mixin mixins = 6;
      Syntax syntax = 7;
      string edition = 8;
    }
    message Method {
      string name = 1;
      string request_type_url = 2;
      bool request_streaming = 3;
      string response_type_url = 4;
      bool response_streaming = 5;
      repeated Option options = 6;
      Syntax syntax = 7 [deprecated = true];
      string edition = 8 [deprecated = true];
    }
    message Mixin {
      string name = 1;
      string root = 2;
    }
    """

  static let duration = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/durationpb";
    option java_package = "com.google.protobuf";
    message Duration {
      int64 seconds = 1;
      int32 nanos = 2;
    }
    """

  static let empty = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/emptypb";
    option java_package = "com.google.protobuf";
    message Empty {}
    """

  static let fieldMask = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/fieldmaskpb";
    option java_package = "com.google.protobuf";
    message FieldMask {
      repeated string paths = 1;
    }
    """

  static let sourceContext = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/sourcecontextpb";
    option java_package = "com.google.protobuf";
    message SourceContext {
      string file_name = 1;
    }
    """

  static let structProto = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/structpb";
    option java_package = "com.google.protobuf";
    message Struct {
      map<string, Value> fields = 1;
    }
    message Value {
      oneof kind {
        NullValue null_value = 1;
        double number_value = 2;
        string string_value = 3;
        bool bool_value = 4;
        Struct struct_value = 5;
        ListValue list_value = 6;
      }
    }
    enum NullValue {
      NULL_VALUE = 0;
    }
    message ListValue {
      repeated Value values = 1;
    }
    """

  static let timestamp = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/timestamppb";
    option java_package = "com.google.protobuf";
    message Timestamp {
      int64 seconds = 1;
      int32 nanos = 2;
    }
    """

  static let type = """
    syntax = "proto3";
    package google.protobuf;
    import "google/protobuf/any.proto";
    import "google/protobuf/source_context.proto";
    option go_package = "google.golang.org/protobuf/types/known/typepb";
    option java_package = "com.google.protobuf";
    message Type {
      string name = 1;
      repeated Field fields = 2;
      repeated string oneofs = 3;
      repeated Option options = 4;
      SourceContext source_context = 5;
      Syntax syntax = 6;
      string edition = 7;
    }
    message Field {
      enum Kind {
        TYPE_UNKNOWN = 0;
        TYPE_DOUBLE = 1;
        TYPE_FLOAT = 2;
        TYPE_INT64 = 3;
        TYPE_UINT64 = 4;
        TYPE_INT32 = 5;
        TYPE_FIXED64 = 6;
        TYPE_FIXED32 = 7;
        TYPE_BOOL = 8;
        TYPE_STRING = 9;
        TYPE_GROUP = 10;
        TYPE_MESSAGE = 11;
        TYPE_BYTES = 12;
        TYPE_UINT32 = 13;
        TYPE_ENUM = 14;
        TYPE_SFIXED32 = 15;
        TYPE_SFIXED64 = 16;
        TYPE_SINT32 = 17;
        TYPE_SINT64 = 18;
      }
      enum Cardinality {
        CARDINALITY_UNKNOWN = 0;
        CARDINALITY_OPTIONAL = 1;
        CARDINALITY_REQUIRED = 2;
        CARDINALITY_REPEATED = 3;
      }
      Kind kind = 1;
      Cardinality cardinality = 2;
      int32 number = 3;
      string name = 4;
      string type_url = 6;
      int32 oneof_index = 7;
      bool packed = 8;
      repeated Option options = 9;
      string json_name = 10;
      string default_value = 11;
    }
    message Enum {
      string name = 1;
      repeated EnumValue enumvalue = 2;
      repeated Option options = 3;
      SourceContext source_context = 4;
      Syntax syntax = 5;
      string edition = 6;
    }
    message EnumValue {
      string name = 1;
      int32 number = 2;
      repeated Option options = 3;
    }
    message Option {
      string name = 1;
      Any value = 2;
    }
    enum Syntax {
      SYNTAX_PROTO2 = 0;
      SYNTAX_PROTO3 = 1;
      SYNTAX_EDITIONS = 2;
    }
    """

  static let wrappers = """
    syntax = "proto3";
    package google.protobuf;
    option go_package = "google.golang.org/protobuf/types/known/wrapperspb";
    option java_package = "com.google.protobuf";
    message DoubleValue {
      double value = 1;
    }
    message FloatValue {
      float value = 1;
    }
    message Int64Value {
      int64 value = 1;
    }
    message UInt64Value {
      uint64 value = 1;
    }
    message Int32Value {
      int32 value = 1;
    }
    message UInt32Value {
      uint32 value = 1;
    }
    message BoolValue {
      bool value = 1;
    }
    message StringValue {
      string value = 1;
    }
    message BytesValue {
      bytes value = 1;
    }
    """

  static let cppFeatures = """
    syntax = "proto2";
    package pb;
    import "google/protobuf/descriptor.proto";
    option java_package = "com.google.protobuf";
    option java_outer_classname = "CppFeaturesOuterClass";
    extend google.protobuf.FeatureSet {
      optional CppFeatures cpp = 1000;
    }
    message CppFeatures {
      optional bool legacy_closed_enum = 1;
      enum StringType {
        STRING_TYPE_UNKNOWN = 0;
        VIEW = 1;
        CORD = 2;
        STRING = 3;
      }
      optional StringType string_type = 2;
      optional bool enum_name_uses_string_view = 3;
      enum RepeatedType {
        REPEATED_TYPE_UNKNOWN = 0;
        LEGACY = 1;
        PROXY = 2;
      }
      optional RepeatedType repeated_type = 4;
    }
    """

  static let javaFeatures = """
    syntax = "proto2";
    package pb;
    import "google/protobuf/descriptor.proto";
    option java_package = "com.google.protobuf";
    option java_outer_classname = "JavaFeaturesProto";
    extend google.protobuf.FeatureSet {
      optional JavaFeatures java = 1001;
    }
    message JavaFeatures {
      optional bool legacy_closed_enum = 1;
      enum Utf8Validation {
        UTF8_VALIDATION_UNKNOWN = 0;
        DEFAULT = 1;
        VERIFY = 2;
      }
      optional Utf8Validation utf8_validation = 2;
      optional bool large_enum = 3;
      optional bool use_old_outer_classname_default = 4;
      message NestInFileClassFeature {
        enum NestInFileClass {
          NEST_IN_FILE_CLASS_UNKNOWN = 0;
          NO = 1;
          YES = 2;
          LEGACY = 3;
        }
        reserved 1 to max;
      }
      optional NestInFileClassFeature.NestInFileClass nest_in_file_class = 5;
      reserved 6;
    }
    """

  static let goFeatures = """
    syntax = "proto2";
    package pb;
    import "google/protobuf/descriptor.proto";
    option go_package = "google.golang.org/protobuf/types/gofeaturespb";
    extend google.protobuf.FeatureSet {
      optional GoFeatures go = 1002;
    }
    message GoFeatures {
      optional bool legacy_unmarshal_json_enum = 1;
      enum APILevel {
        API_LEVEL_UNSPECIFIED = 0;
        API_OPEN = 1;
        API_HYBRID = 2;
        API_OPAQUE = 3;
      }
      optional APILevel api_level = 2;
      enum StripEnumPrefix {
        STRIP_ENUM_PREFIX_UNSPECIFIED = 0;
        STRIP_ENUM_PREFIX_KEEP = 1;
        STRIP_ENUM_PREFIX_GENERATE_BOTH = 2;
        STRIP_ENUM_PREFIX_STRIP = 3;
      }
      optional StripEnumPrefix strip_enum_prefix = 3;
      message OptimizeModeFeature {
        enum OptimizeMode {
          OPTIMIZE_MODE_UNSPECIFIED = 0;
          SPEED = 1;
          CODE_SIZE = 2;
        }
      }
      optional OptimizeModeFeature.OptimizeMode optimize_mode = 4;
    }
    """
}
