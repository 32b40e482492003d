#!/usr/bin/env python3
"""Differential check of schemacheck's Buf lint rules against `buf lint` itself.

Not run by `swift test`. Usage (from anywhere):

    python3 Tests/Conformance/buf_lint_differential.py --buf PATH/TO/buf
        [--schemacheck BIN | --skip-build] [--out DIR] [--verbose] [--only CASE]

Each case below is a small module of .proto files (violating and clean examples of Buf's
MINIMAL, BASIC, STANDARD, COMMENTS and UNARY_RPC rules). The script writes every case into a
folder of its own with a `buf.yaml` (`version: v2`, `lint: use: [STANDARD, COMMENTS,
UNARY_RPC]`) and a `schemacheck.yaml` whose subjects are the case's files and whose `lint: use:`
names the same sets, then runs `buf lint --error-format json` and `schemacheck lint --format
json` there and compares the findings as (rule id, file, line, column). PROTOVALIDATE is not
implemented by schemacheck and its findings (and buf's COMPILE errors) are left out.

Prints each differing case with both sides' extra findings, then "N passed, N known, N failed"
(a case passes when both sides report exactly the same set; KNOWN lists the cases understood
to differ, with the reason). Exit 1 on any other difference.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SETS = ["STANDARD", "COMMENTS", "UNARY_RPC"]
SKIPPED_TYPES = {"PROTOVALIDATE", "COMPILE"}

# Cases known to differ, with the reason. They are run and printed but not counted as failed;
# a known case that starts agreeing is reported so that this list shrinks.
KNOWN = {
    "tabs_and_unicode": "columns after a tab or a non-ASCII character: schemacheck's parser "
    "counts as protoc does (UTF-8 bytes, tab stops of 8); buf counts characters with tab "
    "stops of 4. Same rules, same lines.",
}

CLEAN = """syntax = "proto3";

// Orders.
package acme.orders.v1;

// An order.
message Order {
  // The id.
  string order_id = 1;
  // A line.
  repeated Line lines = 2;
  // The state.
  State state = 3;
  // How it is paid.
  oneof payment {
    // A card.
    string card_token = 4;
    // A voucher.
    string voucher_code = 5;
  }
  // Labels.
  map<string, string> labels = 6;
  // An optional note.
  optional string note = 7;
  // field_1 style names pass.
  int32 field_1 = 8;
}

// A line.
message Line {
  // The SKU.
  string sku = 1;
}

// The state.
enum State {
  // Unknown.
  STATE_UNSPECIFIED = 0;
  // Open.
  STATE_OPEN = 1;
}

// Reads orders.
service OrderService {
  // Gets one.
  rpc GetOrder(GetOrderRequest) returns (GetOrderResponse);
  // Lists them.
  rpc ListOrders(OrderServiceListOrdersRequest) returns (OrderServiceListOrdersResponse);
}

// Request.
message GetOrderRequest {
  // The id.
  string order_id = 1;
}

// Response.
message GetOrderResponse {
  // The order.
  Order order = 1;
}

// Request.
message OrderServiceListOrdersRequest {}

// Response.
message OrderServiceListOrdersResponse {}
"""

CASES = {
    "clean": {"acme/orders/v1/orders.proto": CLEAN},
    "naming": {"acme/naming/v1/naming.proto": """syntax = "proto3";
package acme.naming.v1;

message order_line {
  string orderId = 1;
  int32 Field2 = 2;
  string HTTPServer = 3;
  string field__x = 4;
  string _lead = 5;
  string v2_name = 6;
  string name2x = 7;
  oneof PayMent {
    string a = 8;
    string b = 9;
  }
  message innerMsg {
    string ok_name = 1;
  }
  enum inner_kind {
    INNER_KIND_UNSPECIFIED = 0;
  }
}

message HTTPRequest {}
message Foo_Bar {}
message FOOBar {}

enum status {
  STATUS_UNSPECIFIED = 0;
  status_ok = 1;
  STATUS__BAD = 2;
  StatusMixed = 3;
}

enum HTTPCode {
  HTTP_CODE_UNSPECIFIED = 0;
  HTTPCODE_OK = 1;
  HTTP_CODE_NOT_FOUND = 2;
}

enum Level {
  LEVEL_NONE = 0;
  OTHER = 1;
}

service orders {
  rpc get_order(GetOrderRequest) returns (GetOrderResponse);
  rpc listOrders(ListOrdersRequest) returns (ListOrdersResponse);
}

message GetOrderRequest {}
message GetOrderResponse {}
message ListOrdersRequest {}
message ListOrdersResponse {}
"""},
    "package_missing": {"loose.proto": """syntax = "proto3";

message Loose {}
"""},
    "syntax_missing": {"acme/legacy/v1/legacy.proto": """package acme.legacy.v1;

message Legacy {
  optional string name = 1;
  required int32 id = 2;
}
"""},
    "package_forms": {
        "acme/ok/v1/a.proto": 'syntax = "proto3";\npackage acme.ok.v1;\n',
        "acme/ok/v1beta1/a.proto": 'syntax = "proto3";\npackage acme.ok.v1beta1;\n',
        "acme/ok/v1alpha2/a.proto": 'syntax = "proto3";\npackage acme.ok.v1alpha2;\n',
        "acme/ok/v1p1beta1/a.proto": 'syntax = "proto3";\npackage acme.ok.v1p1beta1;\n',
        "acme/ok/v2test/a.proto": 'syntax = "proto3";\npackage acme.ok.v2test;\n',
        "acme/ok/v1testfoo/a.proto": 'syntax = "proto3";\npackage acme.ok.v1testfoo;\n',
        "acme/bad/v0/a.proto": 'syntax = "proto3";\npackage acme.bad.v0;\n',
        "acme/bad/v1beta/a.proto": 'syntax = "proto3";\npackage acme.bad.v1beta;\n',
        "acme/bad/version1/a.proto": 'syntax = "proto3";\npackage acme.bad.version1;\n',
        "acme/bad/v01/a.proto": 'syntax = "proto3";\npackage acme.bad.v01;\n',
        "acme/bad/v1beta0/a.proto": 'syntax = "proto3";\npackage acme.bad.v1beta0;\n',
        "acme/bad/v1p0beta1/a.proto": 'syntax = "proto3";\npackage acme.bad.v1p0beta1;\n',
        "acme/bad/v1gamma1/a.proto": 'syntax = "proto3";\npackage acme.bad.v1gamma1;\n',
        "acme/none/a.proto": 'syntax = "proto3";\npackage acme.none;\n',
        "v1/a.proto": 'syntax = "proto3";\npackage v1;\n',
        "Acme/Caps/v1/a.proto": 'syntax = "proto3";\npackage Acme.Caps.v1;\n',
        "acme/fooBar/v1/a.proto": 'syntax = "proto3";\npackage acme.fooBar.v1;\n',
    },
    "directories": {
        "acme/dir/v1/a.proto": 'syntax = "proto3";\npackage acme.dir.v1;\n',
        "acme/dir/v1/b.proto": 'syntax = "proto3";\npackage acme.other.v1;\n',
        "acme/dir/v1/c.proto": 'syntax = "proto3";\n',
        "elsewhere/d.proto": 'syntax = "proto3";\n\npackage acme.dir.v1;\n',
        "root.proto": 'syntax = "proto3";\npackage acme.root.v1;\n',
    },
    "file_names": {
        "acme/files/v1/OrderEvents.proto": 'syntax = "proto3";\npackage acme.files.v1;\n',
        "acme/files/v1/order-events.proto": 'syntax = "proto3";\npackage acme.files.v1;\n',
        "acme/files/v1/order_events2.proto": 'syntax = "proto3";\npackage acme.files.v1;\n',
    },
    "package_options": {
        "acme/opts/v1/a.proto": """syntax = "proto3";
package acme.opts.v1;
option go_package = "example.com/acme/optsv1";
option java_package = "com.acme.opts.v1";
option java_multiple_files = true;
option csharp_namespace = "Acme.Opts.V1";
option php_namespace = "Acme\\\\Opts\\\\V1";
option ruby_package = "Acme::Opts::V1";
option swift_prefix = "AO";
""",
        "acme/opts/v1/b.proto": """syntax = "proto3";
package acme.opts.v1;
option go_package = "example.com/acme/other";
option java_package = "com.acme.opts.v1";
option java_multiple_files = false;
option csharp_namespace = "Acme.Other";
option php_namespace = "Acme\\\\Other";
option ruby_package = "Acme::Other";
option swift_prefix = "AX";
""",
        "acme/opts/v1/c.proto": """syntax = "proto3";
package acme.opts.v1;
option java_package = "com.acme.opts.v1";
""",
        "acme/same/v1/a.proto": 'syntax = "proto3";\npackage acme.same.v1;\noption go_package = "x/y";\n',
        "acme/same/v1/b.proto": 'syntax = "proto3";\npackage acme.same.v1;\noption go_package = "x/y";\n',
    },
    "imports": {
        "acme/imp/v1/base.proto": """syntax = "proto3";
package acme.imp.v1;
message Base {}
""",
        "acme/imp/v1/other.proto": """syntax = "proto3";
package acme.imp.v1;
message Other {}
""",
        "acme/imp/v1/user.proto": """syntax = "proto3";
package acme.imp.v1;
import public "acme/imp/v1/base.proto";
import "acme/imp/v1/other.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/duration.proto";
message User {
  google.protobuf.Timestamp at = 1;
}
""",
    },
    "options_used": {
        "acme/ext/v1/rules.proto": """syntax = "proto3";
package acme.ext.v1;
import "google/protobuf/descriptor.proto";
extend google.protobuf.FieldOptions {
  string label = 50001;
}
""",
        "acme/ext/v1/use.proto": """syntax = "proto3";
package acme.ext.v1;
import "acme/ext/v1/rules.proto";
message Use {
  string name = 1 [(acme.ext.v1.label) = "x"];
}
""",
    },
    "cycle": {
        "acme/a/v1/a.proto": """syntax = "proto3";
package acme.a.v1;
import "acme/b/v1/b.proto";
message A { acme.b.v1.B b = 1; }
""",
        "acme/b/v1/b.proto": """syntax = "proto3";
package acme.b.v1;
import "acme/c/v1/c.proto";
message B { acme.c.v1.C c = 1; }
""",
        "acme/c/v1/c.proto": """syntax = "proto3";
package acme.c.v1;
import "acme/a/v1/x.proto";
message C { acme.a.v1.X x = 1; }
""",
        "acme/a/v1/x.proto": """syntax = "proto3";
package acme.a.v1;
message X {}
""",
    },
    "rpcs": {"acme/rpc/v1/rpc.proto": """syntax = "proto3";
package acme.rpc.v1;
import "google/protobuf/empty.proto";

service PingService {
  rpc Ping(PingRequest) returns (PingResponse);
  rpc PingAgain(PingRequest) returns (PingResponse);
  rpc Echo(EchoRequest) returns (EchoRequest);
  rpc Stream(stream StreamRequest) returns (stream StreamResponse);
  rpc Up(stream UpRequest) returns (UpResponse);
  rpc Down(DownRequest) returns (stream DownResponse);
  rpc Nothing(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc Clear(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc Full(PingServiceFullRequest) returns (PingServiceFullResponse);
  rpc get_thing(GetThingRequest) returns (GetThingResponse);
}

service Pinger {
  rpc Other(OtherRequest) returns (OtherResponse);
}

message PingRequest {}
message PingResponse {}
message EchoRequest {}
message StreamRequest {}
message StreamResponse {}
message UpRequest {}
message UpResponse {}
message DownRequest {}
message DownResponse {}
message PingServiceFullRequest {}
message PingServiceFullResponse {}
message GetThingRequest {}
message GetThingResponse {}
message OtherRequest {}
message OtherResponse {}
"""},
    "comments": {"acme/doc/v1/doc.proto": """syntax = "proto3";
package acme.doc.v1;

// Documented.
message Documented {
  // Documented field.
  string a = 1;
  string b = 2; // trailing only
  //
  string c = 3;
  // buf:lint:ignore COMMENT_FIELD
  string d = 4;

  oneof choice {
    string e = 5;
  }
  optional string f = 6;
  map<string, int32> g = 7;
}

message Undocumented {
  enum Kind {
    KIND_UNSPECIFIED = 0;
  }
}

/* Block comment. */
enum Color {
  // Zero.
  COLOR_UNSPECIFIED = 0;
}

// Service.
service DocService {
  rpc Get(GetRequest) returns (GetResponse);
}

// Request.
message GetRequest {}
// Response.
message GetResponse {}

service BareService {
  // Documented rpc.
  rpc Put(PutRequest) returns (PutResponse);
}

// Request.
message PutRequest {}
// Response.
message PutResponse {}
"""},
    "proto2": {"acme/p2/v1/p2.proto": """syntax = "proto2";
package acme.p2.v1;

message Old {
  required string id = 1;
  optional group Result = 2 {
    optional string url = 3;
  }
  extensions 100 to 200;
}

extend Old {
  optional string extra_Name = 100;
}

enum Starts {
  STARTS_ONE = 1;
  STARTS_ZERO = 0;
}

enum Alias {
  option allow_alias = true;
  ALIAS_UNSPECIFIED = 0;
  ALIAS_ONE = 1;
  ALIAS_UNO = 1;
}
"""},
    "editions": {"acme/ed/v1/ed.proto": """edition = "2023";
package acme.ed.v1;

message Ed {
  string id = 1 [features.field_presence = LEGACY_REQUIRED];
  string ok = 2;
}
"""},
    "nested": {"acme/nest/v1/nest.proto": """syntax = "proto2";
package acme.nest.v1;

// Outer.
message Outer {
  // Inner.
  message inner_one {
    // Deep.
    enum deepKind {
      DEEP_KIND_UNSPECIFIED = 0;
      DEEPKIND_OTHER = 1;
    }
    optional string Inner_Field = 1;
  }
  // A group.
  optional group MyGroup = 2 {
    optional string groupField = 3;
  }
  extensions 100 to 200;
  extend Outer {
    optional string nestedExt = 100;
  }
  oneof Choice_A {
    string x = 4;
  }
}

message Foo2Bar {}
message foo2Bar {}
message ABC123 {}
message X {}

enum E2e {
  E2E_UNSPECIFIED = 0;
  E2E_A1_B = 1;
  E2e_LOWER = 2;
}
"""},
    "import_chain": {
        "acme/ch/v1/a.proto": """syntax = "proto3";
package acme.ch.v1;
import "acme/ch/v1/b.proto";
message A { C c = 1; }
""",
        "acme/ch/v1/b.proto": """syntax = "proto3";
package acme.ch.v1;
import public "acme/ch/v1/c.proto";
""",
        "acme/ch/v1/c.proto": """syntax = "proto3";
package acme.ch.v1;
message C {}
""",
    },
    "import_option_only": {
        "acme/oo/v1/opts.proto": """syntax = "proto3";
package acme.oo.v1;
import "google/protobuf/descriptor.proto";
extend google.protobuf.FileOptions {
  string owner = 50100;
}
extend google.protobuf.MethodOptions {
  bool audited = 50101;
}
""",
        "acme/oo/v1/use.proto": """syntax = "proto3";
package acme.oo.v1;
import "acme/oo/v1/opts.proto";
import "google/protobuf/descriptor.proto";
import "google/protobuf/any.proto";
option (owner) = "team";
service UseService {
  rpc Get(GetRequest) returns (GetResponse) {
    option idempotency_level = NO_SIDE_EFFECTS;
  }
}
message GetRequest {}
message GetResponse {}
""",
    },
    "root_mix": {
        "a.proto": 'syntax = "proto3";\npackage acme.rootmix.v1;\nmessage A {}\n',
        "b.proto": 'syntax = "proto3";\nmessage B {}\n',
        "acme/rootmix/v1/c.proto": 'syntax = "proto3";\npackage acme.rootmix.v1;\nmessage C {}\n',
    },
    "rpc_empty_cross_file": {
        "acme/e/v1/a.proto": """syntax = "proto3";
package acme.e.v1;
import "google/protobuf/empty.proto";
service AService {
  rpc One(google.protobuf.Empty) returns (OneResponse);
  rpc Two(TwoRequest) returns (google.protobuf.Empty);
}
message OneResponse {}
message TwoRequest {}
""",
        "acme/e/v1/b.proto": """syntax = "proto3";
package acme.e.v1;
import "google/protobuf/empty.proto";
import "acme/e/v1/a.proto";
service BService {
  rpc Three(google.protobuf.Empty) returns (OneResponse);
}
""",
    },
    "tabs_and_unicode": {"acme/tab/v1/tab.proto": """syntax = "proto3";
package acme.tab.v1;

// Caf\u00e9 \u2014 comments may hold any text.
message Tab {
\tstring\tbadName = 1;
  /* \u00e9\u00e9 */ string otherBad = 2;
\tmessage\tinner {}
}
"""},
    "suppressions": {"acme/sup/v1/sup.proto": """syntax = "proto3";
package acme.sup.v1;

message Sup {
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  string badName = 1;
  string otherBad = 2; // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  string thirdBad = 3;
}

// Docs first.
// buf:lint:ignore FIELD_LOWER_SNAKE_CASE
message Parent {
  string childBad = 1;
  message Nested {
    string deepBad = 1;
  }
}

// buf:lint:ignore MESSAGE_PASCAL_CASE, FIELD_LOWER_SNAKE_CASE
message bad_two {
  string x_Y = 1;
}

// buf:lint:ignore ENUM_VALUE_PREFIX
enum E {
  E_UNSPECIFIED = 0;
  OTHER = 1;
}

message After {
  string afterBad = 1;
}
"""},
}


def write_case(folder, files):
    os.makedirs(folder, exist_ok=True)
    for path, text in files.items():
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as handle:
            handle.write(text)
    with open(os.path.join(folder, "buf.yaml"), "w") as handle:
        handle.write("version: v2\nlint:\n  use: [%s]\n" % ", ".join(SETS))
    with open(os.path.join(folder, "schemacheck.yaml"), "w") as handle:
        handle.write("version: 1\nlint:\n  use: [%s]\nsubjects:\n" % ", ".join(SETS))
        for index, path in enumerate(sorted(files)):
            handle.write("  - name: s%d\n    schema: %s\n" % (index, path))


def buf_findings(buf, folder):
    result = subprocess.run([buf, "lint", "--error-format", "json"], cwd=folder,
                            capture_output=True, text=True)
    if result.returncode not in (0, 100):
        raise RuntimeError("buf lint failed (%d): %s" % (result.returncode, result.stderr))
    found = set()
    for line in result.stdout.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry.get("type") in SKIPPED_TYPES:
            continue
        found.add((entry["type"], entry.get("path", ""), entry.get("start_line", 1),
                   entry.get("start_column", 1)))
    return found


def our_findings(binary, folder, buf_ids):
    result = subprocess.run([binary, "lint", "--config", "schemacheck.yaml", "--format", "json"],
                            cwd=folder, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError("schemacheck lint failed (%d): %s %s" % (
            result.returncode, result.stderr, result.stdout[:500]))
    report = json.loads(result.stdout)
    found = set()
    for finding in report.get("findings", []):
        rule = finding.get("ruleId") or finding.get("rule")
        if rule not in buf_ids:
            continue
        location = finding.get("location") or {}
        found.add((rule, location.get("file", ""), location.get("line", 1),
                   location.get("column", 1)))
    return found


def buf_rule_ids(buf):
    result = subprocess.run([buf, "config", "ls-lint-rules", "--version", "v2", "--format",
                             "json"], capture_output=True, text=True, check=True)
    return {json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buf", default=os.environ.get("BUF", "buf"))
    parser.add_argument("--schemacheck")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--out")
    parser.add_argument("--only")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    binary = args.schemacheck
    if binary is None:
        if not args.skip_build:
            subprocess.run(["swift", "build", "--product", "schemacheck"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, ".build", "debug", "schemacheck")
    binary = os.path.abspath(binary)
    ids = buf_rule_ids(args.buf) - SKIPPED_TYPES
    out = args.out or tempfile.mkdtemp(prefix="buf-lint-diff-")
    passed = failed = known = agreed = 0
    for name, files in CASES.items():
        if args.only and name != args.only:
            continue
        folder = os.path.join(out, name)
        write_case(folder, files)
        theirs = buf_findings(args.buf, folder)
        ours = our_findings(binary, folder, ids)
        agreed += len(theirs & ours)
        if theirs == ours:
            passed += 1
            if args.verbose or name in KNOWN:
                print("ok   %s (%d findings)%s" % (
                    name, len(theirs), "; remove it from KNOWN" if name in KNOWN else ""))
            continue
        if name in KNOWN:
            known += 1
            print("KNOWN %s: %s" % (name, KNOWN[name]))
        else:
            failed += 1
            print("DIFF %s" % name)
        for item in sorted(theirs - ours):
            print("  buf only:         %s %s:%d:%d" % item)
        for item in sorted(ours - theirs):
            print("  schemacheck only: %s %s:%d:%d" % item)
    print("%d passed, %d known, %d failed (cases; %d findings agreed; modules in %s)" % (
        passed, known, failed, agreed, out))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
