#!/usr/bin/env python3
"""Times `schemacheck validate --delimited` on binary Protobuf messages against Python protobuf.

Usage (from anywhere): python3 Benchmarks/validate_proto_binary.py [--payloads 100000]
    [--runs 5] [--skip-build] [--schemacheck BIN]

Writes a realistic order event (.proto: nested messages, repeated line items, a map, enums, a
Timestamp, int64 and fixed64 fields, bytes, optional strings) and that many random valid
messages into one length-delimited file (each message prefixed with its length as a varint, as
Java's writeDelimitedTo and Python's `_VarintBytes(len) + data` write them; seeded) under
Benchmarks/data (gitignored). The message classes come from `protoc --descriptor_set_out
--include_imports` (Debian's protobuf-compiler) and `message_factory.GetMessageClass`, in a
venv under Benchmarks/data with PyPI `protobuf`. Then it times whole processes, best of --runs:

- `schemacheck validate --schema order.proto --message shop.events.v1.OrderPlaced
  --delimited FILE.bin`;
- a Python process that loads the descriptor set, reads the file, decodes each varint prefix
  and calls `ParseFromString` on every message (counting valid and invalid).

It prints the Python protobuf backend (`api_implementation.Type()`: upb, the default, is C),
seconds, messages/s and the ratio of Python's time to ours (above 1: schemacheck is faster),
and checks that both find every message valid.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
VENV = os.path.join(DATA, "venv")  # shared by every benchmark (Benchmarks/run)
PROTO_ROOT = os.path.join(DATA, "validate-proto")
PROTO_FILE = "shop/events/v1/order.proto"
MESSAGE = "shop.events.v1.OrderPlaced"
DESCRIPTORS = os.path.join(DATA, "validate-proto-order.binpb")

PROTO = """
syntax = "proto3";
package shop.events.v1;

import "google/protobuf/timestamp.proto";

enum Service {
  SERVICE_UNSPECIFIED = 0;
  SERVICE_CHECKOUT = 1;
  SERVICE_MOBILE = 2;
  SERVICE_POS = 3;
}

enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_PLACED = 1;
  STATUS_PAID = 2;
  STATUS_CANCELLED = 3;
}

message Money {
  string currency_code = 1;
  int64 units = 2;
  int32 nanos = 3;
}

message Address {
  string line1 = 1;
  optional string line2 = 2;
  string city = 3;
  string postal_code = 4;
  string country = 5;
}

message Customer {
  string id = 1;
  string email = 2;
  optional string name = 3;
  bool vip = 4;
  Address address = 5;
}

message LineItem {
  string sku = 1;
  string name = 2;
  uint32 quantity = 3;
  Money unit_price = 4;
  optional double discount = 5;
  repeated string tags = 6;
}

message Shipping {
  string method = 1;
  Address address = 2;
  Money cost = 3;
}

message OrderPlaced {
  string event_id = 1;
  google.protobuf.Timestamp occurred_at = 2;
  int32 schema_version = 3;
  Service source = 4;
  string region = 5;
  Customer customer = 6;
  repeated LineItem items = 7;
  Money total = 8;
  Shipping shipping = 9;
  Status status = 10;
  optional string coupon_code = 11;
  map<string, string> attributes = 12;
  fixed64 trace_hi = 13;
  fixed64 trace_lo = 14;
  bytes signature = 15;
}
"""


def ensure_peers():
    """Re-runs this script inside the venv when protobuf is not importable."""
    try:
        import google.protobuf  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("SCHEMACHECK_PEER_VENV") == "1":
        sys.exit(f"protobuf is not importable even inside {VENV}")
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "fastavro", "protobuf"],
                   check=True)
    env = dict(os.environ, SCHEMACHECK_PEER_VENV="1")
    os.execve(python, [python, os.path.abspath(__file__)] + sys.argv[1:], env)


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def compile_proto():
    path = os.path.join(PROTO_ROOT, PROTO_FILE)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(PROTO.lstrip())
    subprocess.run(["protoc", f"--proto_path={PROTO_ROOT}", "--include_imports",
                    f"--descriptor_set_out={DESCRIPTORS}", PROTO_FILE], check=True,
                   cwd=PROTO_ROOT)


def message_class():
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    files = descriptor_pb2.FileDescriptorSet()
    with open(DESCRIPTORS, "rb") as handle:
        files.ParseFromString(handle.read())
    pool = descriptor_pool.DescriptorPool()
    for file_proto in files.file:
        pool.Add(file_proto)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(MESSAGE))


def fill(message, rng):
    message.event_id = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
    message.occurred_at.seconds = 1795000000 + rng.randrange(10**6)
    message.occurred_at.nanos = rng.randrange(1000) * 1000000
    message.schema_version = 3
    message.source = rng.randrange(1, 4)
    message.region = "eu-west-1"
    customer = message.customer
    customer.id = f"CUS-{rng.randrange(10**6):06d}"
    customer.email = f"user{rng.randrange(10**6)}@example.com"
    customer.name = "Ada Lovelace"
    customer.vip = rng.random() < 0.1
    address = customer.address
    address.line1 = f"{rng.randrange(1, 300)} Main Street"
    if rng.random() < 0.3:
        address.line2 = "Flat 2"
    address.city = rng.choice(["Berlin", "Lyon", "Leeds", "Porto"])
    address.postal_code = f"{rng.randrange(10000, 99999)}"
    address.country = rng.choice(["DE", "FR", "GB", "PT"])
    currency = rng.choice(["EUR", "USD", "GBP"])
    total = 0
    for _ in range(rng.randrange(1, 6)):
        item = message.items.add()
        item.sku = f"SKU-{rng.randrange(100000):05d}"
        item.name = "Widget"
        item.quantity = rng.randrange(1, 10)
        item.unit_price.currency_code = currency
        item.unit_price.units = rng.randrange(1, 200)
        item.unit_price.nanos = rng.randrange(100) * 10000000
        if rng.random() < 0.3:
            item.discount = 0.1
        item.tags.extend(rng.sample(["new", "sale", "gift", "eco"], 2))
        total += item.quantity * item.unit_price.units
    message.total.currency_code = currency
    message.total.units = total
    if rng.random() < 0.8:
        message.shipping.method = "standard"
        message.shipping.address.CopyFrom(address)
        message.shipping.cost.currency_code = currency
        message.shipping.cost.units = rng.randrange(0, 20)
    message.status = 1
    if rng.random() < 0.2:
        message.coupon_code = "WINTER25"
    message.attributes["channel"] = rng.choice(["web", "app"])
    message.attributes["ab"] = rng.choice(["a", "b"])
    message.trace_hi = rng.getrandbits(64)
    message.trace_lo = rng.getrandbits(64)
    message.signature = bytes(rng.getrandbits(8) for _ in range(16))


def generate(path, count, cls):
    stamp = path + ".count"
    if os.path.exists(path) and os.path.exists(stamp):
        with open(stamp) as handle:
            if handle.read().strip() == str(count):
                return
    rng = random.Random(20261126)
    with open(path, "wb") as out:
        for _ in range(count):
            message = cls()
            fill(message, rng)
            data = message.SerializeToString(deterministic=True)
            out.write(varint(len(data)) + data)
    with open(stamp, "w") as handle:
        handle.write(str(count))


PEER_SCRIPT = r"""
import sys
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
descriptors, name, data_path = sys.argv[1:4]
files = descriptor_pb2.FileDescriptorSet()
files.ParseFromString(open(descriptors, "rb").read())
pool = descriptor_pool.DescriptorPool()
for file_proto in files.file:
    pool.Add(file_proto)
cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(name))
data = open(data_path, "rb").read()
valid = invalid = 0
pos, end = 0, len(data)
while pos < end:
    length = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        length |= (byte & 0x7F) << shift
        if byte < 0x80:
            break
        shift += 7
    message = cls()
    try:
        message.ParseFromString(data[pos:pos + length])
        valid += 1
    except Exception:
        invalid += 1
    pos += length
print(valid, invalid)
"""


def prepare(count):
    """Compiles the .proto and writes count seeded messages; returns the data file's path.

    Needs `google.protobuf` importable (run inside the venv)."""
    os.makedirs(DATA, exist_ok=True)
    compile_proto()
    data = os.path.join(DATA, f"validate-proto-{count}.bin")
    generate(data, count, message_class())
    return data


def tools(binary, python, data):
    """The whole-process command of schemacheck and of Python protobuf, validating data."""
    from google.protobuf.internal import api_implementation

    script = os.path.join(DATA, "validate_proto_peer.py")
    with open(script, "w", encoding="utf-8") as out:
        out.write(PEER_SCRIPT)
    ours = [binary, "validate", "--schema", os.path.join(PROTO_ROOT, PROTO_FILE), "--message",
            MESSAGE, "--proto-path", PROTO_ROOT, "--delimited", data]
    return {"schemacheck": ours,
            f"python protobuf ({api_implementation.Type()})": [
                python, script, DESCRIPTORS, MESSAGE, data]}


def verdicts(name, result, command):
    """(valid, invalid) from a finished tool process; exits when the tool failed."""
    if name == "schemacheck":
        if result.returncode not in (0, 1):
            sys.exit(f"schemacheck failed ({result.returncode}): {result.stderr[-2000:]}")
        match = re.search(r"(\d+) payloads? validated, (\d+) failed", result.stdout)
        return ((int(match.group(1)) - int(match.group(2)), int(match.group(2)))
                if match else our_counts(command))
    if result.returncode != 0:
        sys.exit(f"{name} failed: {result.stderr[-2000:]}")
    return tuple(int(part) for part in result.stdout.split())


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def our_counts(command):
    """Valid and invalid messages from schemacheck's JSON report (an untimed run)."""
    result = subprocess.run(command + ["--format", "json"], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"schemacheck failed ({result.returncode}): {result.stderr[-2000:]}")
    entries = json.loads(result.stdout)["payloads"]
    valid = sum(1 for entry in entries if entry["valid"])
    example = next((entry for entry in entries if not entry["valid"]), None)
    if example:
        print("schemacheck's first invalid message:", json.dumps(example)[:600])
    return valid, len(entries) - valid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--payloads", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--schemacheck", default=None, help="the binary (default: build it)")
    args = parser.parse_args()
    ensure_peers()
    import google.protobuf
    from google.protobuf.internal import api_implementation

    data = prepare(args.payloads)
    print(f"{args.payloads} messages, {os.path.getsize(data) / 1e6:.1f} MB, length-delimited")
    print(f"python protobuf {google.protobuf.__version__}, backend "
          f"{api_implementation.Type()}, CPython {sys.version.split()[0]}")
    binary = args.schemacheck or os.path.join(ROOT, ".build", "release", "schemacheck")
    if not args.schemacheck and not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"],
                       cwd=ROOT, check=True, capture_output=True)
    results = {}
    for name, command in tools(binary, sys.executable, data).items():
        best = None
        for _ in range(args.runs):
            seconds, result = timed(command)
            best = seconds if best is None else min(best, seconds)
        results[name] = (best, verdicts(name, result, command))

    base = results["schemacheck"][0]
    print(f"best of {args.runs}, whole process")
    print(f"{'tool':<26}{'seconds':>9}{'messages/s':>13}{'ratio':>8}  valid/invalid")
    for name, (seconds, counts) in results.items():
        print(f"{name:<26}{seconds:>9.2f}{args.payloads / seconds:>13,.0f}"
              f"{seconds / base:>7.2f}x  {counts[0]}/{counts[1]}")
    agreed = all(counts == (args.payloads, 0) for _, counts in results.values())
    print("both: every message valid" if agreed else "VERDICTS DIFFER: see the counts")
    sys.exit(0 if agreed else 1)


if __name__ == "__main__":
    main()
