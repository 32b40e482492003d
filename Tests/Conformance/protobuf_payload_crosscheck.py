#!/usr/bin/env python3
"""Cross-check `schemacheck validate` on Protobuf payloads against Python `protobuf`.

Not run by `swift test`. Usage (from anywhere; the script makes its own venv):

    python3 Tests/Conformance/protobuf_payload_crosscheck.py [--per-message 300] [--seed 11]
        [--out DIR] [--schemacheck BIN | --skip-build] [--peer-only] [--verbose]

It writes three .proto files (a proto3 order with every well-known type the JSON mapping
treats specially: Timestamp, Duration, wrappers, Struct/Value/ListValue, Any, FieldMask, Empty;
maps with string, int64 and bool keys, a oneof, enums, 64-bit and fixed-width integers, bytes,
floats, optional and json_name; a proto2 record with required fields, nested required fields,
a closed enum and a packed repeated field; a recursive proto3 tree), compiles them with
`protoc --include_imports --descriptor_set_out` (Debian's protobuf-compiler) and loads the
message classes with `message_factory.GetMessageClass` from that descriptor set.

With a fixed seed it fills random valid messages and derives payloads from them:

- JSON (the proto3 JSON mapping; one JSON Lines file per message): `MessageToDict` in its
  several forms (json or original names, enums as names or numbers), then valid variations
  (64-bit integers as numbers, 32-bit as strings, integral floats, NaN/Infinity, URL-safe and
  unpadded base64, null for defaults, time zone offsets, Any holding a well-known type, ...) and
  invalid ones (unknown fields and enum names, both name forms, oneof set twice, integers out of
  range or fractional, float overflow, bad base64, null in a list, bad timestamps and durations,
  wrappers as objects, bad map keys, wrong JSON types, unknown Any types, snake_case field
  masks, duplicate keys, missing proto2 required fields, unknown closed-enum numbers).
  Python decides with `json_format.Parse(text, Msg(), descriptor_pool=pool)`; the file is run
  again with `--allow-unknown-fields` against `ignore_unknown_fields=True`.
- binary (one `.bin` file a message): `SerializeToString(deterministic=True)`, valid
  variations (unknown fields, fields reordered, packed fields unpacked, cut at a field
  boundary) and invalid ones (cut inside a field, a nested message cut inside, a known field
  with another wire type, wire types 6 and 7, an unmatched end-group, field number 0, invalid
  UTF-8 at any depth, an 11-byte varint, a length past the end, missing required fields, an
  unknown closed-enum value). Python decides with `ParseFromString`. The same files run again
  behind Confluent framing (magic byte 0, schema id 1, the message indexes of the message),
  and once more as one length-delimited file (`--delimited`), verdicts by record number.
  Empty .bin files (an all-default message is zero bytes) are validated one at a time, so that
  a file the CLI refuses (exit 2) costs only its own verdict (which then counts as invalid).

Python's `ParseFromString` and `json_format.Parse` do not check proto2 required fields (C++
`ParseFromString`, Java `parseFrom` and protoc's JSON parser do): the Python verdict is "no
exception and `IsInitialized()`", and the summary says how many payloads that decided.

Disagreements are grouped by (mode, label, our verdict, Python's verdict); KNOWN lists the
classes that are understood, with the reason. Prints totals per mode with classes and
examples, then "N passed, N failed" (failed = unexplained). Exit 1 on any unexplained
disagreement or when schemacheck cannot run.
"""

import argparse
import base64
import copy
import os
import random
import struct
import subprocess
import sys
import tempfile

from payload_peers import (apply_alone, apply_delimited, apply_report, build, dumps, ensure_peers,
                           rule_ids)


PROTOS = {
    "shop/v1/common.proto": """
syntax = "proto3";
package shop.v1;

message Money {
  string currency_code = 1;
  int64 units = 2;
  int32 nanos = 3;
}
""",
    "shop/v1/order.proto": """
syntax = "proto3";
package shop.v1;

import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/empty.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";
import "shop/v1/common.proto";

enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_PLACED = 1;
  STATUS_PAID = 2;
  STATUS_SHIPPED = 3;
}

message Card {
  string number = 1;
  int32 expiry_month = 2;
  int32 expiry_year = 3;
}

message LineItem {
  string sku = 1;
  uint32 quantity = 2;
  Money unit_price = 3;
  repeated string tags = 4;
}

message Order {
  string order_id = 1;
  int64 customer_id = 2;
  uint64 sequence = 3;
  Status status = 4;
  repeated LineItem items = 5;
  map<string, int32> counters = 6;
  map<int64, string> notes_by_id = 7;
  map<bool, string> flags = 8;
  oneof payment {
    Card card = 9;
    string voucher_code = 10;
    google.protobuf.Empty cash = 11;
  }
  bytes signature = 12;
  double ratio = 13;
  float weight = 14;
  google.protobuf.Timestamp created_at = 15;
  google.protobuf.Duration ttl = 16;
  google.protobuf.Int32Value priority = 17;
  google.protobuf.StringValue channel = 18;
  google.protobuf.Struct metadata = 19;
  google.protobuf.Value extra = 20;
  google.protobuf.ListValue history = 21;
  google.protobuf.Any attachment = 22;
  google.protobuf.FieldMask update_mask = 23;
  optional string note = 24;
  sint32 delta = 25;
  fixed64 checksum = 26;
  sfixed32 offset = 27;
  bool gift = 28;
  repeated int64 related_ids = 29;
  repeated Status status_history = 30;
  google.protobuf.BoolValue express = 31;
  google.protobuf.Int64Value big_wrapper = 32;
  google.protobuf.BytesValue blob_wrapper = 33;
  uint32 renamed = 34 [json_name = "customName"];
  map<string, LineItem> items_by_sku = 35;
}
""",
    "legacy/record.proto": """
syntax = "proto2";
package legacy;

enum Kind {
  KIND_A = 1;
  KIND_B = 2;
}

message Record {
  required int32 id = 1;
  required string name = 2;
  optional Kind kind = 3;
  repeated int32 codes = 4 [packed = true];
  message Inner {
    required int64 value = 1;
    optional string label = 2;
  }
  optional Inner inner = 5;
  repeated Kind kinds = 6;
  optional bytes data = 7;
  optional double score = 8 [default = 1.5];
}
""",
    "tree/node.proto": """
syntax = "proto3";
package tree;

message Node {
  string name = 1;
  repeated Node children = 2;
  Node parent_hint = 3;
  sint64 weight = 4;
}
""",
}

MESSAGES = {
    "shop.v1.Order": "shop/v1/order.proto",
    "legacy.Record": "legacy/record.proto",
    "tree.Node": "tree/node.proto",
}
# Payloads per message, as a multiple of --per-message (the order has most to test).
WEIGHTS = {"shop.v1.Order": 4, "legacy.Record": 1, "tree.Node": 1}


# --------------------------------------------------------------------------------------------
# Random valid messages

WORDS = ["a", "Z", "0", " ", "é", "ß", "日本", "😀", "\"", "\\", "\n", "-", "_"]


def random_text(rng, low=0, high=6):
    return "".join(rng.choice(WORDS) for _ in range(rng.randrange(low, high + 1)))


def random_float32(rng):
    return struct.unpack("<f", struct.pack("<f", rng.uniform(-1e4, 1e4)))[0]


class Filler:
    """Fills messages with random, valid content."""

    def __init__(self, rng, pool, classes):
        self.rng, self.pool, self.classes = rng, pool, classes

    def message_class(self, descriptor):
        return self.classes(descriptor)

    def scalar(self, field):
        from google.protobuf.descriptor import FieldDescriptor as F
        rng = self.rng
        kind = field.type
        if kind in (F.TYPE_INT32, F.TYPE_SINT32, F.TYPE_SFIXED32):
            return rng.choice([rng.randint(-1000, 1000), rng.randint(-2**31, 2**31 - 1),
                               2**31 - 1, -2**31])
        if kind in (F.TYPE_INT64, F.TYPE_SINT64, F.TYPE_SFIXED64):
            return rng.choice([rng.randint(-10**6, 10**6), rng.randint(-2**63, 2**63 - 1),
                               2**63 - 1, -2**63])
        if kind in (F.TYPE_UINT32, F.TYPE_FIXED32):
            return rng.choice([rng.randint(0, 1000), 2**32 - 1])
        if kind in (F.TYPE_UINT64, F.TYPE_FIXED64):
            return rng.choice([rng.randint(0, 10**6), 2**64 - 1, rng.randint(0, 2**64 - 1)])
        if kind == F.TYPE_BOOL:
            return rng.random() < 0.5
        if kind == F.TYPE_DOUBLE:
            return rng.choice([rng.uniform(-1e6, 1e6), 0.5, -2.0, 1e-300])
        if kind == F.TYPE_FLOAT:
            return random_float32(rng)
        if kind == F.TYPE_STRING:
            return random_text(rng)
        if kind == F.TYPE_BYTES:
            return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 9)))
        if kind == F.TYPE_ENUM:
            return rng.choice(field.enum_type.values).number
        raise ValueError(field.full_name)

    def map_key(self, field):
        from google.protobuf.descriptor import FieldDescriptor as F
        if field.type == F.TYPE_STRING:
            return random_text(self.rng, 0, 3) + str(self.rng.randrange(100))
        if field.type == F.TYPE_BOOL:
            return self.rng.random() < 0.5
        return self.scalar(field)

    def fill(self, message, depth=0):
        rng = self.rng
        descriptor = message.DESCRIPTOR
        name = descriptor.full_name
        special = {
            "google.protobuf.Timestamp": self.timestamp,
            "google.protobuf.Duration": self.duration,
            "google.protobuf.Struct": lambda m, d: m.update(self.json_object(d)),
            "google.protobuf.Value": self.value,
            "google.protobuf.ListValue": lambda m, d: m.extend(self.json_list(d)),
            "google.protobuf.Any": self.any,
            "google.protobuf.FieldMask": lambda m, d: m.paths.extend(rng.sample(
                ["order_id", "items.sku", "created_at", "status"], rng.randrange(1, 4))),
            "google.protobuf.Empty": lambda m, d: None,
        }
        if name in special:
            special[name](message, depth)
            return message
        chosen = {}
        for oneof in descriptor.oneofs:
            if rng.random() < 0.7:
                chosen[oneof.name] = rng.choice(oneof.fields).name
        for field in descriptor.fields:
            oneof = field.containing_oneof
            if oneof is not None and not oneof.name.startswith("_"):
                if chosen.get(oneof.name) != field.name:
                    continue
            elif not getattr(field, "is_required", False) and rng.random() < 0.35:
                continue
            entry = field.message_type
            if entry is not None and entry.GetOptions().map_entry:
                target = getattr(message, field.name)
                key_field, value_field = entry.fields_by_name["key"], entry.fields_by_name["value"]
                for _ in range(rng.randrange(0, 3 if depth < 2 else 1)):
                    key = self.map_key(key_field)
                    if value_field.message_type is not None:
                        self.fill(target[key], depth + 1)
                    else:
                        target[key] = self.scalar(value_field)
            elif field.is_repeated:
                target = getattr(message, field.name)
                for _ in range(rng.randrange(0, 3 if depth < 2 else 1)):
                    if field.message_type is not None:
                        self.fill(target.add(), depth + 1)
                    else:
                        target.append(self.scalar(field))
            elif field.message_type is not None:
                if depth < 3 or getattr(field, "is_required", False):
                    self.fill(getattr(message, field.name), depth + 1)
            else:
                setattr(message, field.name, self.scalar(field))
        return message

    def timestamp(self, message, depth):
        message.seconds = self.rng.randint(-62135596800, 253402300799)
        message.nanos = self.rng.choice([0, 0, 123000000, 456000, self.rng.randrange(10**9)])

    def duration(self, message, depth):
        seconds = self.rng.randint(-10**6, 10**6)
        nanos = self.rng.choice([0, 500000000, self.rng.randrange(10**9)])
        message.seconds = seconds
        message.nanos = -nanos if seconds < 0 else nanos

    def json_scalar(self):
        return self.rng.choice([None, True, False, 1.5, -3.0, random_text(self.rng)])

    def json_object(self, depth):
        out = {}
        for _ in range(self.rng.randrange(0, 4)):
            key = random_text(self.rng, 0, 2) + str(self.rng.randrange(10))
            out[key] = self.json_any(depth + 1)
        return out

    def json_list(self, depth):
        return [self.json_any(depth + 1) for _ in range(self.rng.randrange(0, 4))]

    def json_any(self, depth):
        roll = self.rng.random()
        if depth < 3 and roll < 0.15:
            return self.json_object(depth)
        if depth < 3 and roll < 0.3:
            return self.json_list(depth)
        return self.json_scalar()

    def value(self, message, depth):
        from google.protobuf import struct_pb2
        roll = self.rng.random()
        if roll < 0.15:
            message.null_value = struct_pb2.NULL_VALUE
        elif roll < 0.35:
            message.number_value = self.rng.choice([1.0, -2.5, 1e10])
        elif roll < 0.55:
            message.string_value = random_text(self.rng)
        elif roll < 0.7:
            message.bool_value = self.rng.random() < 0.5
        elif roll < 0.85:
            message.struct_value.update(self.json_object(depth))
        else:
            message.list_value.extend(self.json_list(depth))

    def any(self, message, depth):
        names = ["shop.v1.Card", "shop.v1.Money", "google.protobuf.Duration",
                 "google.protobuf.Timestamp", "google.protobuf.Struct",
                 "google.protobuf.Int32Value"]
        descriptor = self.pool.FindMessageTypeByName(self.rng.choice(names))
        inner = self.message_class(descriptor)()
        self.fill(inner, depth + 1)
        message.Pack(inner)


# --------------------------------------------------------------------------------------------
# JSON payloads


class Payload:
    def __init__(self, message, mode, label, text=None, data=None):
        self.message, self.mode, self.label, self.text, self.data = (
            message, mode, label, text, data)
        self.file = self.line = None
        self.ours = self.ours_errors = self.theirs = self.their_error = None
        self.initialized_decided = False


def json_key(d, snake, camel):
    """The key the dict uses for a field (json or original name), or the json name."""
    return snake if snake in d else camel


# Each JSON mutation: label -> (messages it applies to or None for all, function(dict, rng)).
# A function returns the new dict, a str (raw JSON text), or None when it does not apply.

def m_set(key_snake, key_camel, value):
    def apply(d, rng):
        d[json_key(d, key_snake, key_camel)] = value(rng) if callable(value) else value
        return d
    return apply


def m_many(values):
    """Sets several fields, each under the name form the dict already uses for it."""
    def apply(d, rng):
        for (snake, camel), value in values.items():
            d[json_key(d, snake, camel)] = value
        return d
    return apply


def m_both_names(d, rng):
    d["order_id"] = "A-1"
    d["orderId"] = "A-2"
    return d


def m_oneof_twice(d, rng):
    for key in ("card", "voucherCode", "voucher_code", "cash"):
        d.pop(key, None)
    d["card"] = {"number": "4111"}
    d[rng.choice(["voucherCode", "voucher_code"])] = "SAVE10"
    return d


def m_nulls(d, rng):
    keys = [k for k in d if k not in ("card", "voucherCode", "voucher_code", "cash")]
    for key in rng.sample(keys, min(len(keys), 3)):
        d[key] = None
    return d


class RawText(str):
    """A payload's JSON text as it is (for what json.dumps cannot write)."""


def m_duplicate_key(d, rng):
    """The first member again, in front (json.dumps cannot write that)."""
    if not d:
        return RawText('{"orderId":"a","orderId":"b"}')
    key = next(iter(d))
    return RawText("{" + dumps(key) + ":" + dumps(d[key]) + "," + dumps(d)[1:])


def m_int64_numbers(d, rng):
    d[json_key(d, "customer_id", "customerId")] = rng.randint(-2**53, 2**53)
    d[json_key(d, "related_ids", "relatedIds")] = [rng.randint(0, 2**40), -5]
    return d


def m_field_mask(value):
    def apply(d, rng):
        d[json_key(d, "update_mask", "updateMask")] = value
        return d
    return apply


def m_item_quantity(value):
    def apply(d, rng):
        key = json_key(d, "items", "items")
        items = d.get(key) or [{"sku": "S-1"}]
        items[0]["quantity"] = value
        d[key] = items
        return d
    return apply


def m_null_in_list(d, rng):
    d["items"] = [{"sku": "S-1", "tags": ["a", None]}] if rng.random() < 0.5 else [None]
    return d


def m_drop(key):
    def apply(d, rng):
        if key not in d:
            return None
        del d[key]
        return d
    return apply


def b64(data, urlsafe=False, pad=True):
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode()
    return text if pad else text.rstrip("=")


ORDER = ["shop.v1.Order"]
RECORD = ["legacy.Record"]
NODE = ["tree.Node"]

JSON_MUTATIONS = {
    # valid variations
    "valid_int64_as_number": (ORDER, m_int64_numbers),
    "valid_int32_as_string": (ORDER, m_set("delta", "delta", lambda r: str(r.randint(-99, 99)))),
    "valid_uint64_as_string_max": (ORDER, m_set("sequence", "sequence", str(2**64 - 1))),
    "valid_integral_float_for_int": (ORDER, m_set("delta", "delta", 12.0)),
    "valid_nan_infinity": (ORDER, lambda d, r: {**d, "ratio": r.choice(
        ["NaN", "Infinity", "-Infinity"]), "weight": r.choice(["NaN", "-Infinity"])}),
    "valid_base64_urlsafe_unpadded": (ORDER, m_set("signature", "signature", lambda r: b64(
        bytes([0xFB, 0xFF, 0xBF, r.randrange(256)]), urlsafe=True, pad=False))),
    "valid_base64_standard": (ORDER, m_set("signature", "signature", lambda r: b64(
        bytes([0xFB, 0xFF, r.randrange(256)])))),
    "valid_nulls_for_defaults": (ORDER, m_nulls),
    "valid_timestamp_offset": (ORDER, m_set("created_at", "createdAt",
                                            "2026-11-26T10:00:00.5+01:00")),
    "valid_timestamp_nanos": (ORDER, m_set("created_at", "createdAt",
                                           "1970-01-01T00:00:00.123456789Z")),
    "valid_duration_forms": (ORDER, m_set("ttl", "ttl", lambda r: r.choice(
        ["1.5s", "-0.5s", "0s", "3.000001s", "-315576000000s"]))),
    "valid_any_wkt": (ORDER, m_set("attachment", "attachment", {
        "@type": "type.googleapis.com/google.protobuf.Duration", "value": "2s"})),
    "valid_any_message": (ORDER, m_set("attachment", "attachment", {
        "@type": "type.googleapis.com/shop.v1.Card", "number": "4111", "expiryMonth": 3})),
    "valid_field_mask": (ORDER, m_field_mask("orderId,items.sku,createdAt")),
    "valid_map_keys": (ORDER, m_many({("notes_by_id", "notesById"): {"12": "a", "-3": "b"},
                                      ("flags", "flags"): {"true": "x", "false": "y"}})),
    "valid_open_enum_number": (ORDER, m_set("status", "status", 42)),
    "valid_wrappers": (ORDER, m_many({("priority", "priority"): 3, ("channel", "channel"): "web",
                                      ("express", "express"): True,
                                      ("big_wrapper", "bigWrapper"): "12",
                                      ("blob_wrapper", "blobWrapper"): "AQI="})),
    "valid_value_forms": (ORDER, m_set("extra", "extra", lambda r: r.choice(
        [None, 1.5, "x", True, {"a": [1, None]}, []]))),
    "valid_empty_object": (ORDER + NODE, lambda d, r: {}),
    "valid_json_name_option": (ORDER, m_set("renamed", "customName", 7)),
    "valid_closed_enum_name": (RECORD, m_set("kind", "kind", "KIND_B")),
    # invalid
    "unknown_field": (None, lambda d, r: {**d, "unexpectedField": 1}),
    "unknown_enum_name": (ORDER, m_set("status", "status", "STATUS_LOST")),
    "both_name_forms": (ORDER, m_both_names),
    "oneof_set_twice": (ORDER, m_oneof_twice),
    "int32_out_of_range": (ORDER, m_set("delta", "delta", 2**31)),
    "uint32_negative": (ORDER, m_item_quantity(-1)),
    "int64_out_of_range": (ORDER, m_set("customer_id", "customerId", str(2**63))),
    "fractional_int": (ORDER, m_item_quantity(1.5)),
    "float_out_of_range": (ORDER, m_set("weight", "weight", 1e39)),
    "nan_misspelled": (ORDER, m_set("ratio", "ratio", "nan")),
    "bad_base64": (ORDER, m_set("signature", "signature", "@@@=")),
    "null_in_list": (ORDER, m_null_in_list),
    "timestamp_bad_month": (ORDER, m_set("created_at", "createdAt", "2026-13-01T00:00:00Z")),
    "timestamp_no_offset": (ORDER, m_set("created_at", "createdAt", "2026-11-26T10:00:00")),
    "timestamp_space": (ORDER, m_set("created_at", "createdAt", "2026-11-26 10:00:00Z")),
    "timestamp_ten_digits": (ORDER, m_set("created_at", "createdAt",
                                          "2026-11-26T10:00:00.1234567890Z")),
    "timestamp_year_zero": (ORDER, m_set("created_at", "createdAt", "0000-01-01T00:00:00Z")),
    "timestamp_feb_30": (ORDER, m_set("created_at", "createdAt", "2026-02-30T00:00:00Z")),
    "duration_no_suffix": (ORDER, m_set("ttl", "ttl", "1.5")),
    "duration_out_of_range": (ORDER, m_set("ttl", "ttl", "315576000001s")),
    "duration_ten_digits": (ORDER, m_set("ttl", "ttl", "1.0000000001s")),
    "duration_plus_sign": (ORDER, m_set("ttl", "ttl", "+1s")),
    "wrapper_as_object": (ORDER, m_set("priority", "priority", {"value": 3})),
    "struct_not_object": (ORDER, m_set("metadata", "metadata", [1, 2])),
    "list_value_not_array": (ORDER, m_set("history", "history", {"a": 1})),
    "any_unknown_type": (ORDER, m_set("attachment", "attachment", {
        "@type": "type.googleapis.com/shop.v1.NoSuchMessage", "x": 1})),
    "any_without_type": (ORDER, m_set("attachment", "attachment", {"number": "4111"})),
    "any_unknown_field": (ORDER, m_set("attachment", "attachment", {
        "@type": "type.googleapis.com/shop.v1.Card", "nope": 1})),
    "field_mask_snake_case": (ORDER, m_field_mask("order_id")),
    "map_bad_int64_key": (ORDER, m_set("notes_by_id", "notesById", {"abc": "x"})),
    "map_bad_bool_key": (ORDER, m_set("flags", "flags", {"True": "x"})),
    "bool_as_string": (ORDER, m_set("gift", "gift", "true")),
    "string_as_number": (ORDER, m_set("order_id", "orderId", 5)),
    "bytes_as_number": (ORDER, m_set("signature", "signature", 5)),
    "enum_as_bool": (ORDER, m_set("status", "status", True)),
    "repeated_not_array": (ORDER, m_set("related_ids", "relatedIds", "5")),
    "message_not_object": (ORDER, m_set("card", "card", "4111")),
    "top_level_array": (None, lambda d, r: r.choice([[], [1]])),
    "top_level_number": (None, lambda d, r: 5),
    "top_level_string": (None, lambda d, r: "x"),
    "top_level_null": (None, lambda d, r: RawText("null")),
    "duplicate_key": (ORDER, m_duplicate_key),
    "missing_required": (RECORD, m_drop("name")),
    "nested_missing_required": (RECORD, m_set("inner", "inner", {"label": "x"})),
    "closed_enum_unknown_number": (RECORD, m_set("kind", "kind", 99)),
    "closed_enum_unknown_name": (RECORD, m_set("kind", "kind", "KIND_C")),
    "int32_as_bad_string": (RECORD, m_set("id", "id", "12abc")),
    "recursive_bad_leaf": (NODE, lambda d, r: {**d, "children": [
        {"name": "x", "children": [{"weight": "1.5"}]}]}),
}


def json_payloads(rng, filler, name, cls, count, pool):
    from google.protobuf import json_format
    labels = [label for label, (targets, _) in JSON_MUTATIONS.items()
              if targets is None or name in targets]
    payloads = []
    while len(payloads) < count:
        message = filler.fill(cls())
        d = json_format.MessageToDict(
            message, preserving_proto_field_name=rng.random() < 0.3,
            use_integers_for_enums=rng.random() < 0.2,
            always_print_fields_with_no_presence=rng.random() < 0.2, descriptor_pool=pool)
        label = "valid" if rng.random() < 0.3 else rng.choice(labels)
        if label != "valid":
            result = JSON_MUTATIONS[label][1](copy.deepcopy(d), rng)
            if result is None:
                continue
            d = result
        text = d if isinstance(d, RawText) else dumps(d)
        payloads.append(Payload(name, "json", label, text=text))
    return payloads


# --------------------------------------------------------------------------------------------
# Binary payloads


def read_varint(data, pos):
    result = shift = 0
    for count in range(10):
        if pos >= len(data):
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
    raise ValueError("varint longer than 10 bytes")


def write_varint(value):
    value &= 2**64 - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def records(data):
    """The top-level fields: (number, wire type, start, value start, end)."""
    out, pos = [], 0
    while pos < len(data):
        start = pos
        tag, pos = read_varint(data, pos)
        number, wire = tag >> 3, tag & 7
        value_start = pos
        if wire == 0:
            _, pos = read_varint(data, pos)
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            length, value_start = read_varint(data, pos)
            pos = value_start + length
        else:
            raise ValueError(f"wire type {wire}")
        out.append((number, wire, start, value_start, pos))
    return out


def locate(data, descriptor, base=0, found=None):
    """Every string (UTF-8 checked by proto3) and nested message at any depth:
    (kind, absolute start, length, field)."""
    from google.protobuf.descriptor import FieldDescriptor as F
    found = [] if found is None else found
    for number, wire, start, value_start, end in records(data):
        field = descriptor.fields_by_number.get(number)
        if field is None or wire != 2:
            continue
        if field.type == F.TYPE_STRING:
            found.append(("string", base + value_start, end - value_start, field))
        elif field.type == F.TYPE_MESSAGE:
            found.append(("message", base + value_start, end - value_start, field))
            locate(data[value_start:end], field.message_type, base + value_start, found)
    return found


def singular_varint_fields(descriptor):
    from google.protobuf.descriptor import FieldDescriptor as F
    kinds = {F.TYPE_INT32, F.TYPE_INT64, F.TYPE_UINT32, F.TYPE_UINT64, F.TYPE_SINT32,
             F.TYPE_SINT64, F.TYPE_BOOL, F.TYPE_ENUM}
    return {f.number for f in descriptor.fields if f.type in kinds and not f.is_repeated}


def packed_fields(descriptor):
    from google.protobuf.descriptor import FieldDescriptor as F
    return {f.number for f in descriptor.fields if f.is_repeated and f.type in (
        F.TYPE_INT32, F.TYPE_INT64, F.TYPE_ENUM)}


def binary_mutation(data, descriptor, rng, label, proto3):
    """Returns the mutated bytes, or None when the mutation does not apply."""
    fields = records(data)
    if label == "valid_unknown_field":
        extra = rng.choice([write_varint(9999 << 3) + write_varint(7),
                            write_varint((9998 << 3) | 2) + write_varint(3) + b"abc",
                            write_varint((9997 << 3) | 5) + b"\x01\x02\x03\x04"])
        return data + extra
    if label == "valid_fields_reordered":
        if len(fields) < 2:
            return None
        chunks = [data[s:e] for _, _, s, _, e in fields]
        rng.shuffle(chunks)
        return b"".join(chunks)
    if label == "valid_unpacked_repeated":
        packed = [f for f in fields if f[0] in packed_fields(descriptor) and f[1] == 2]
        if not packed:
            return None
        number, _, start, value_start, end = rng.choice(packed)
        values, pos, out = data[value_start:end], 0, b""
        while pos < len(values):
            value, pos = read_varint(values, pos)
            out += write_varint(number << 3) + write_varint(value)
        return data[:start] + out + data[end:]
    if label == "truncated_at_field_boundary":
        if len(fields) < 2:
            return None
        return data[:fields[rng.randrange(1, len(fields))][2]]
    if label == "truncated_inside_field":
        spans = [(s, e) for _, _, s, _, e in fields if e - s > 1]
        if not spans:
            return None
        start, end = rng.choice(spans)
        return data[:rng.randrange(start + 1, end)]
    if label == "nested_truncated":
        found = [m for m in locate(data, descriptor) if m[0] == "message" and m[2] > 1]
        top = [f for f in fields if f[1] == 2 and f[0] in {
            m[3].number for m in found} and any(m[1] == f[3] for m in found)]
        if not top:
            return None
        number, _, start, value_start, end = rng.choice(top)
        inner = data[value_start:end]
        try:
            inner_fields = records(inner)
        except ValueError:
            return None
        cut_points = [p for p in range(1, len(inner))
                      if all(p != s for _, _, s, _, _ in inner_fields)]
        if not cut_points:
            return None
        cut = inner[:rng.choice(cut_points)]
        return data[:start] + write_varint((number << 3) | 2) + write_varint(len(cut)) + cut + \
            data[end:]
    if label == "wrong_wire_type":
        candidates = [f for f in fields if f[0] in singular_varint_fields(descriptor)]
        if not candidates:
            return None
        number, _, start, _, end = rng.choice(candidates)
        replacement = rng.choice([write_varint((number << 3) | 5) + b"\x01\x00\x00\x00",
                                  write_varint((number << 3) | 1) + b"\x01" + b"\x00" * 7,
                                  write_varint((number << 3) | 2) + b"\x01\x01"])
        return data[:start] + replacement + data[end:]
    if label == "invalid_wire_type":
        position = fields[rng.randrange(len(fields))][2] if fields else 0
        return data[:position] + write_varint((rng.randrange(1, 50) << 3) | rng.choice(
            [6, 7])) + b"\x01" + data[position:]
    if label == "unmatched_end_group":
        position = fields[-1][4] if fields else 0
        return data[:position] + write_varint((5 << 3) | 4) + data[position:]
    if label == "field_number_zero":
        if not fields:
            return None
        position = fields[0][4]  # after the first field: a leading 0 byte reads as Confluent
        return data[:position] + b"\x00\x01" + data[position:]
    if label == "invalid_utf8":
        strings = [m for m in locate(data, descriptor) if m[0] == "string" and m[2] > 0]
        if not strings:
            return None
        _, start, length, _ = rng.choice(strings)
        mutable = bytearray(data)
        mutable[start + rng.randrange(length)] = rng.choice([0xFF, 0xFE, 0xC0])
        return bytes(mutable)
    if label == "overlong_varint":
        candidates = [f for f in fields if f[1] == 0]
        if not candidates:
            return None
        number, _, start, value_start, end = rng.choice(candidates)
        return data[:value_start] + b"\xff" * 10 + b"\x01" + data[end:]
    if label == "length_past_end":
        candidates = [f for f in fields if f[1] == 2]
        if not candidates:
            return None
        number, _, start, value_start, end = candidates[-1]
        return data[:start] + write_varint((number << 3) | 2) + write_varint(
            end - value_start + rng.randrange(1, 20)) + data[value_start:end]
    if label == "missing_required":
        candidates = [f for f in fields if f[0] in (1, 2)]
        if not candidates:
            return None
        number, _, start, _, end = rng.choice(candidates)
        rest = data[:start] + data[end:]
        return rest if all(f[0] != number for f in records(rest)) else None
    if label == "closed_enum_unknown_value":
        return data + write_varint(3 << 3) + write_varint(99)
    raise ValueError(label)


BINARY_LABELS_ANY = [
    "valid_unknown_field", "valid_fields_reordered", "valid_unpacked_repeated",
    "truncated_at_field_boundary", "truncated_inside_field", "nested_truncated",
    "wrong_wire_type", "invalid_wire_type", "unmatched_end_group", "field_number_zero",
    "invalid_utf8", "overlong_varint", "length_past_end",
]
BINARY_LABELS_PROTO2 = ["missing_required", "closed_enum_unknown_value"]


def binary_payloads(rng, filler, name, cls, count):
    proto3 = cls.DESCRIPTOR.file.syntax == "proto3" if hasattr(
        cls.DESCRIPTOR.file, "syntax") else name != "legacy.Record"
    labels = BINARY_LABELS_ANY + ([] if name != "legacy.Record" else BINARY_LABELS_PROTO2)
    payloads = []
    while len(payloads) < count:
        message = filler.fill(cls())
        data = message.SerializeToString(deterministic=True)
        label = "valid" if rng.random() < 0.3 else rng.choice(labels)
        if label != "valid":
            data = binary_mutation(data, cls.DESCRIPTOR, rng, label, proto3)
            if data is None:
                continue
            if label == "invalid_utf8" and not proto3:
                label = "invalid_utf8_proto2"
        payloads.append(Payload(name, "binary", label, data=data))
    return payloads


# --------------------------------------------------------------------------------------------
# Python verdicts


def python_verdicts(payloads, cls, pool, ignore_unknown=False):
    from google.protobuf import json_format
    for payload in payloads:
        message = cls()
        try:
            if payload.mode == "binary":
                message.ParseFromString(payload.data)
            else:
                json_format.Parse(payload.text, message, ignore_unknown_fields=ignore_unknown,
                                  descriptor_pool=pool)
        except Exception as error:  # DecodeError, ParseError, and the odd TypeError
            payload.theirs = False
            payload.their_error = f"{type(error).__name__}: {str(error)[:140]}"
            continue
        if not message.IsInitialized():
            payload.theirs = False
            payload.initialized_decided = True
            payload.their_error = "parsed, but IsInitialized() is false: " + ", ".join(
                message.FindInitializationErrors())[:100]
            continue
        payload.theirs = True


# --------------------------------------------------------------------------------------------
# schemacheck


def our_verdicts(binary, out, proto_root, message, payloads, mode, extra=(), suffix=""):
    command = [binary, "validate", "--schema", os.path.join(proto_root, MESSAGES[message]),
               "--message", message, "--proto-path", proto_root, "--format", "json", *extra]
    stem = message.replace(".", "_") + suffix
    if mode == "delimited":
        apply_delimited(payloads, command, os.path.join(out, stem + ".delimited"))
        return
    if mode == "binary":
        folder = os.path.join(out, stem + "-bin")
        os.makedirs(folder, exist_ok=True)
        batch = []
        for index, payload in enumerate(payloads):
            path = os.path.join(folder, f"{index:05d}.bin")
            with open(path, "wb") as handle:
                handle.write(payload.data)
            payload.file, payload.line = path, None
            if payload.data:
                batch.append(payload)
            else:
                apply_alone(payload, command + [path])
        if batch:
            apply_report(batch, command + [p.file for p in batch])
        return
    path = os.path.join(out, stem + ".jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for index, payload in enumerate(payloads):
            handle.write(payload.text + "\n")
            payload.file, payload.line = path, index + 1
    apply_report(payloads, command + [path])


# --------------------------------------------------------------------------------------------
# Explanations

# (mode or "*", label or "*", our verdict, Python's verdict, reason[, check]); "json" also
# matches "json --allow-unknown-fields"; a check names a condition in CHECKS that must hold too.
KNOWN = [
    ("json", "*", True, False,
     "a proto2 required field is missing: schemacheck warns (PAYLOAD_MISSING_FIELD) and passes, "
     "as json_format.Parse itself does; only the IsInitialized() this script adds fails it",
     "required_warning"),
    ("json", "bad_base64", False, True,
     "Python decodes bytes with base64.urlsafe_b64decode, which drops characters outside the "
     "alphabet instead of failing; protoc rejects them"),
    ("json", "enum_as_bool", False, True,
     "Python turns a non-name enum value into a number with int(value), and int(True) is 1; "
     "protoc wants a name string or an integer"),
    ("json", "both_name_forms", False, True,
     "Python's json_format looks for repeated JSON keys, not repeated fields, so order_id and "
     "orderId both pass (the last wins); protoc rejects the second as a duplicate field"),
    ("json", "top_level_array", False, True,
     "Python's json_format loops over the top-level value without checking that it is an "
     "object, so [] reads as an empty message"),
    ("json --allow-unknown-fields", "top_level_string", False, True,
     "Python's json_format loops over the characters of a top-level string as if they were "
     "field names, and ignore_unknown_fields then skips them"),
    ("json --allow-unknown-fields", "message_not_object", False, True,
     "Python's json_format loops over the characters of a string given for a message as if "
     "they were field names, and ignore_unknown_fields then skips them"),
    ("binary", "invalid_utf8_proto2", False, True,
     "upb and C++ do not check UTF-8 in proto2 strings (C++ only logs it in debug builds); "
     "schemacheck checks every string"),
    ("binary", "wrong_wire_type", False, True,
     "protobuf runtimes (C++, upb, Java) keep a field whose wire type does not match its "
     "declaration as an unknown field; schemacheck reports the mismatch (issue 5: wire types "
     "must match the declared types)"),
    ("binary", "closed_enum_unknown_value", False, True,
     "protobuf runtimes keep an unknown value of a closed (proto2) enum as an unknown field; "
     "schemacheck reports it"),
    ("json", "duration_ten_digits", False, True,
     "Python's Duration.FromJsonString drops fraction digits past the ninth; the proto3 JSON "
     "form allows at most 9 (schemacheck keeps to it, as protoc's C++ parser does)"),
    ("json", "duration_plus_sign", False, True,
     "Python's Duration.FromJsonString parses seconds with int(), which takes a leading '+'; "
     "the proto3 JSON form is -?digits(.digits)?s (schemacheck keeps to it, as protoc's C++ "
     "parser does)"),
]


CHECKS = {
    "required_warning": lambda payload: payload.initialized_decided
    and "PAYLOAD_MISSING_FIELD" in rule_ids(payload, "warning"),
}


def explain(payload):
    for row in KNOWN:
        mode, label, ours, theirs, reason = row[:5]
        if not (mode == "*" or payload.mode.startswith(mode)) or label not in (
                "*", payload.label) or (ours, theirs) != (payload.ours, payload.theirs):
            continue
        if len(row) > 5 and not CHECKS[row[5]](payload):
            continue
        return reason
    return "UNEXPLAINED"


def describe(payload):
    where = os.path.basename(payload.file or "?") + (f":{payload.line}" if payload.line else "")
    content = payload.text if payload.text is not None else payload.data.hex()
    if len(content) > 200:
        content = content[:197] + "..."
    warnings = rule_ids(payload, "warning")
    ours = ("valid" + (f" (warnings {','.join(warnings)})" if warnings else "")
            if payload.ours else "invalid " + ",".join(rule_ids(payload, "error")))
    theirs = "valid" if payload.theirs else f"invalid ({payload.their_error})"
    return f"{payload.message} {where} {content}\n          schemacheck: {ours}; python: {theirs}"


def report(mode, payloads, verbose):
    disagree = [p for p in payloads if p.ours != p.theirs]
    classes = {}
    for payload in disagree:
        key = (payload.label, payload.ours, payload.theirs, explain(payload))
        classes.setdefault(key, []).append(payload)
    unexplained = sum(len(v) for k, v in classes.items() if k[3] == "UNEXPLAINED")
    by_init = sum(1 for p in payloads if p.initialized_decided)
    print(f"{mode}: {len(payloads)} payloads, agree {len(payloads) - len(disagree)}, "
          f"disagree {len(disagree)} (explained {len(disagree) - unexplained}, unexplained "
          f"{unexplained}); Python invalid only through IsInitialized(): {by_init}")
    for (label, ours, theirs, reason), items in sorted(classes.items(),
                                                      key=lambda kv: -len(kv[1])):
        verdicts = f"ours {'valid' if ours else 'invalid'}, python " \
                   f"{'valid' if theirs else 'invalid'}"
        print(f"  {len(items):5d}  {label}: {verdicts}: {reason}")
        for example in items[:3 if verbose else 1]:
            print(f"         e.g. {describe(example)}")
    return len(payloads) - unexplained, unexplained


def label_table(mode, payloads, with_ours):
    counts = {}
    for payload in payloads:
        row = counts.setdefault(payload.label, [0, 0, 0])
        row[0] += 1
        row[1] += 0 if payload.theirs else 1
        row[2] += 0 if (payload.ours or not with_ours) else 1
    print(f"{mode}: label, payloads, python invalid" + (", schemacheck invalid"
                                                        if with_ours else ""))
    for label, row in sorted(counts.items()):
        print(f"  {label:<32}{row[0]:6d}{row[1]:8d}" + (f"{row[2]:8d}" if with_ours else ""))


def confluent_prefix(files, name):
    """Confluent's framing for a top-level message: magic byte 0, schema id 1 (4 bytes, big
    endian), then the message indexes as zigzag varints (count, then each index; [0] is
    written as one 0 byte)."""
    package, _, simple = name.rpartition(".")
    for file_proto in files.file:
        if file_proto.package == package:
            names = [m.name for m in file_proto.message_type]
            if simple in names:
                index = names.index(simple)
                indexes = b"\x00" if index == 0 else write_varint(2) + write_varint(2 * index)
                return b"\x00\x00\x00\x00\x01" + indexes
    raise ValueError(name)


def compile_protos(out):
    proto_root = os.path.join(out, "protos")
    for path, text in PROTOS.items():
        full = os.path.join(proto_root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text.lstrip())
    descriptor_set = os.path.join(out, "descriptors.binpb")
    subprocess.run(["protoc", f"--proto_path={proto_root}", "--include_imports",
                    f"--descriptor_set_out={descriptor_set}", *PROTOS.keys()],
                   check=True, cwd=proto_root)
    return proto_root, descriptor_set


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-message", type=int, default=300,
                        help="payloads per message and mode, times 4 for the order "
                             "(default 300)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", default=None, help="folder for the payloads (default: temp)")
    parser.add_argument("--schemacheck", default=None, help="the binary (default: build it)")
    parser.add_argument("--skip-build", action="store_true",
                        help="use .build/release/schemacheck as it is")
    parser.add_argument("--peer-only", action="store_true",
                        help="only generate and ask Python (no schemacheck)")
    parser.add_argument("--verbose", action="store_true", help="three examples per class")
    args = parser.parse_args()
    ensure_peers(__file__, "google.protobuf")
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    from google.protobuf.internal import api_implementation
    import google.protobuf

    if subprocess.run(["which", "protoc"], capture_output=True).returncode != 0:
        sys.exit("protoc is missing: apt-get install -y protobuf-compiler")
    out = args.out or tempfile.mkdtemp(prefix="protobuf-payload-crosscheck-")
    os.makedirs(out, exist_ok=True)
    proto_root, descriptor_set = compile_protos(out)
    files = descriptor_pb2.FileDescriptorSet()
    with open(descriptor_set, "rb") as handle:
        files.ParseFromString(handle.read())
    pool = descriptor_pool.DescriptorPool()
    for file_proto in files.file:
        pool.Add(file_proto)

    def classes(descriptor):
        return message_factory.GetMessageClass(descriptor)

    protoc_version = subprocess.run(["protoc", "--version"], capture_output=True,
                                    text=True).stdout.strip()
    print(f"python protobuf {google.protobuf.__version__} ({api_implementation.Type()} "
          f"backend), {protoc_version}; payload folder: {out}")
    binary = None
    if not args.peer_only:
        binary = args.schemacheck or build(args.skip_build)
    rng = random.Random(args.seed)
    filler = Filler(rng, pool, classes)
    modes = {"json": [], "json --allow-unknown-fields": [], "binary": [],
             "binary, Confluent framing": [], "binary, delimited stream": []}
    failures = []
    for name in MESSAGES:
        cls = classes(pool.FindMessageTypeByName(name))
        count = args.per_message * WEIGHTS[name]
        json_set = json_payloads(rng, filler, name, cls, count, pool)
        binary_set = binary_payloads(rng, filler, name, cls, count)
        allow_set = [copy.copy(p) for p in json_set]
        for payload in allow_set:
            payload.mode = "json --allow-unknown-fields"
        python_verdicts(json_set, cls, pool)
        python_verdicts(allow_set, cls, pool, ignore_unknown=True)
        python_verdicts(binary_set, cls, pool)
        prefix = confluent_prefix(files, name)
        framed_set = [copy.copy(p) for p in binary_set]  # the same messages, the same verdicts
        for payload in framed_set:
            payload.data = prefix + payload.data
        runs = [("json", json_set, "json", [], ""),
                ("json --allow-unknown-fields", allow_set, "json", ["--allow-unknown-fields"],
                 "-allow"),
                ("binary", binary_set, "binary", [], ""),
                ("binary, Confluent framing", framed_set, "binary", [], "-framed"),
                ("binary, delimited stream", [copy.copy(p) for p in binary_set], "delimited", [],
                 "-stream")]
        for mode, payloads, kind, extra, suffix in runs:
            if binary:
                try:
                    our_verdicts(binary, out, proto_root, name, payloads, kind, extra, suffix)
                except (RuntimeError, ValueError, KeyError) as error:
                    failures.append(f"{name} ({mode}): schemacheck: {error}")
                    continue
            modes[mode].extend(payloads)
    if args.peer_only:
        for mode, payloads in modes.items():
            label_table(mode, payloads, False)
        print("peer only: schemacheck not run")
        return
    passed = failed = 0
    for mode, payloads in modes.items():
        if payloads:
            good, bad = report(mode, payloads, args.verbose)
            passed, failed = passed + good, failed + bad
    if args.verbose:
        for mode, payloads in modes.items():
            label_table(mode, payloads, True)
    for failure in failures:
        print("ERROR", failure)
    print(f"{passed} passed, {failed + len(failures)} failed")
    sys.exit(1 if failed or failures else 0)


if __name__ == "__main__":
    main()
