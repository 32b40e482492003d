#!/usr/bin/env python3
"""Times `schemacheck validate` against jsonschema-rs, fastjsonschema and jsonschema.

Usage (from anywhere): python3 Benchmarks/validate_json.py [--payloads 100000] [--runs 3]

Writes one realistic event schema (draft-07, since fastjsonschema reads drafts 4-7 only:
nested objects, arrays, enums, formats, patterns, $refs; about 40 properties) and JSON Lines
payloads, half of them invalid, under Benchmarks/data. Every tool validates the same file in
one process (start-up, reading, parsing and validating included) and counts valid and invalid
payloads; the counts must agree. Invalid payloads break structural keywords only (types, enums,
patterns, bounds, required), never just a `format`, because the tools differ on whether
`format` asserts. The Python peers are installed into a venv under Benchmarks/data.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
SCHEMA = os.path.join(DATA, "validate-schema.json")
VENV = os.path.join(DATA, "venv")  # shared by every benchmark (Benchmarks/run)
PEERS = ["jsonschema-rs", "fastjsonschema", "jsonschema"]

MONEY = {"type": "object", "additionalProperties": False, "required": ["amount", "currency"],
         "properties": {"amount": {"type": "number", "minimum": 0, "maximum": 1000000},
                        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}}}
ADDRESS = {"type": "object", "required": ["line1", "city", "country"],
           "properties": {"line1": {"type": "string", "minLength": 1, "maxLength": 200},
                          "line2": {"type": "string", "maxLength": 200},
                          "city": {"type": "string", "minLength": 1},
                          "postalCode": {"type": "string", "pattern": "^[A-Z0-9 -]{3,10}$"},
                          "country": {"type": "string", "pattern": "^[A-Z]{2}$"}}}
ITEM = {"type": "object", "additionalProperties": False,
        "required": ["sku", "quantity", "unitPrice"],
        "properties": {"sku": {"type": "string", "pattern": "^SKU-[0-9]{5}$"},
                       "name": {"type": "string", "maxLength": 100},
                       "quantity": {"type": "integer", "minimum": 1, "maximum": 999},
                       "unitPrice": {"$ref": "#/definitions/money"},
                       "discount": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
                       "tags": {"type": "array", "items": {"type": "string"},
                                "uniqueItems": True, "maxItems": 5}}}
SCHEMA_DOC = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "Order placed",
    "type": "object",
    "required": ["eventId", "eventType", "occurredAt", "source", "customer", "items", "total",
                 "status"],
    "properties": {
        "eventId": {"type": "string", "format": "uuid"},
        "eventType": {"const": "order.placed"},
        "schemaVersion": {"type": "integer", "minimum": 1},
        "occurredAt": {"type": "string", "format": "date-time"},
        "source": {"type": "object", "required": ["service", "region"],
                   "properties": {"service": {"enum": ["checkout", "mobile", "pos", "partner"]},
                                  "region": {"type": "string", "pattern": "^[a-z]{2}-[a-z]+-[0-9]$"},
                                  "host": {"type": "string", "format": "hostname"}}},
        "customer": {"type": "object", "required": ["id", "email"],
                     "properties": {"id": {"type": "string", "pattern": "^CUS-[0-9]{6}$"},
                                    "email": {"type": "string", "format": "email"},
                                    "name": {"type": "string", "maxLength": 200},
                                    "vip": {"type": "boolean"},
                                    "segment": {"enum": ["consumer", "business", "staff"]},
                                    "address": {"$ref": "#/definitions/address"}}},
        "items": {"type": "array", "minItems": 1, "maxItems": 50,
                  "items": {"$ref": "#/definitions/item"}},
        "total": {"$ref": "#/definitions/money"},
        "shipping": {"type": "object",
                     "properties": {"method": {"enum": ["standard", "express", "pickup"]},
                                    "address": {"$ref": "#/definitions/address"},
                                    "cost": {"$ref": "#/definitions/money"}}},
        "status": {"enum": ["placed", "paid", "cancelled"]},
        "couponCode": {"type": ["string", "null"], "pattern": "^[A-Z0-9]{4,12}$"},
        "notes": {"type": "string", "maxLength": 500},
        "traceId": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
    },
    "definitions": {"money": MONEY, "address": ADDRESS, "item": ITEM},
}


def payload(rng, number):
    def money(low, high):
        return {"amount": round(rng.uniform(low, high), 2),
                "currency": rng.choice(["EUR", "USD", "GBP"])}
    address = {"line1": f"{rng.randrange(1, 300)} Main Street", "city": rng.choice(
        ["Berlin", "Lyon", "Leeds", "Porto"]), "postalCode": f"{rng.randrange(10000, 99999)}",
        "country": rng.choice(["DE", "FR", "GB", "PT"])}
    items = [{"sku": f"SKU-{rng.randrange(100000):05d}", "name": "Widget",
              "quantity": rng.randrange(1, 10), "unitPrice": money(1, 200),
              "discount": None if rng.random() < 0.7 else 0.1,
              "tags": rng.sample(["new", "sale", "gift", "eco"], 2)}
             for _ in range(rng.randrange(1, 6))]
    event = {
        "eventId": f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
                   f"a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
        "eventType": "order.placed", "schemaVersion": 3,
        "occurredAt": f"2026-11-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:"
                      f"{rng.randrange(60):02d}:00Z",
        "source": {"service": rng.choice(["checkout", "mobile", "pos"]), "region": "eu-west-1",
                   "host": f"node-{rng.randrange(64)}.internal"},
        "customer": {"id": f"CUS-{rng.randrange(10**6):06d}",
                     "email": f"user{rng.randrange(10**6)}@example.com", "name": "Ada Lovelace",
                     "vip": rng.random() < 0.1, "segment": "consumer", "address": address},
        "items": items, "total": money(1, 5000),
        "shipping": {"method": "standard", "address": address, "cost": money(0, 20)},
        "status": "placed", "couponCode": None, "notes": "Leave at the door",
        "traceId": f"{rng.getrandbits(128):032x}",
    }
    if number % 2 == 1:
        breakage = (number // 2) % 6
        if breakage == 0:
            event["status"] = "lost"
        elif breakage == 1:
            event["customer"]["id"] = "CUS-12"
        elif breakage == 2:
            event["items"][-1]["quantity"] = 0
        elif breakage == 3:
            del event["total"]
        elif breakage == 4:
            event["total"]["amount"] = "12.50"
        else:
            event["items"][0]["unitPrice"]["extra"] = True
    return event


def generate(path, count):
    os.makedirs(DATA, exist_ok=True)
    with open(SCHEMA, "w", encoding="utf-8") as out:
        json.dump(SCHEMA_DOC, out, indent=2)
    if os.path.exists(path):
        with open(path, "rb") as existing:
            if sum(1 for _ in existing) == count:
                return
    rng = random.Random(20261126)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for number in range(count):
            out.write(json.dumps(payload(rng, number), separators=(",", ":")) + "\n")


PEER_SCRIPT = r"""
import json, sys
tool, schema_path, data_path = sys.argv[1:4]
schema = json.load(open(schema_path))
if tool == "jsonschema-rs":
    import jsonschema_rs
    check = jsonschema_rs.validator_for(schema).is_valid
elif tool == "fastjsonschema":
    import fastjsonschema
    compiled = fastjsonschema.compile(schema)
    def check(instance):
        try:
            compiled(instance)
            return True
        except fastjsonschema.JsonSchemaException:
            return False
else:
    import jsonschema
    check = jsonschema.validators.validator_for(schema)(schema).is_valid
valid = invalid = 0
with open(data_path, "rb") as lines:
    for line in lines:
        if line.strip():
            if check(json.loads(line)):
                valid += 1
            else:
                invalid += 1
print(valid, invalid)
"""


def tools(binary, python, data):
    """The whole-process command of schemacheck and of each peer, validating data."""
    script = os.path.join(DATA, "validate_peer.py")
    with open(script, "w", encoding="utf-8") as out:
        out.write(PEER_SCRIPT)
    commands = {"schemacheck": [binary, "validate", "--schema", SCHEMA, data]}
    for peer in PEERS:
        commands[peer] = [python, script, peer, SCHEMA, data]
    return commands


def verdicts(name, result):
    """(valid, invalid) from a finished tool process; exits when the tool failed."""
    if name == "schemacheck":
        match = re.search(r"(\d+) payloads? validated, (\d+) failed", result.stdout)
        if result.returncode not in (0, 1) or not match:
            sys.exit(f"schemacheck failed ({result.returncode}): {result.stderr[-2000:]}")
        total, failed = int(match.group(1)), int(match.group(2))
        return total - failed, failed
    if result.returncode != 0:
        sys.exit(f"{name} failed: {result.stderr[-2000:]}")
    return tuple(int(part) for part in result.stdout.split())


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        venv.create(VENV, with_pip=True)
    missing = subprocess.run([python, "-c", "import jsonschema_rs, fastjsonschema, jsonschema"],
                             capture_output=True).returncode != 0
    if missing:
        subprocess.run([python, "-m", "pip", "install", "--quiet"] + PEERS, check=True)
    versions = subprocess.run(
        [python, "-m", "pip", "list", "--format", "freeze"], capture_output=True, text=True
    ).stdout
    shown = [line for line in versions.splitlines()
             if line.split("==")[0].lower().replace("_", "-")
             in {"jsonschema-rs", "jsonschema", "fastjsonschema"}]
    print("peers:", ", ".join(shown))
    return python


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--payloads", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = os.path.join(DATA, f"validate-payloads-{args.payloads}.jsonl")
    generate(data, args.payloads)
    print(f"{args.payloads} payloads, {os.path.getsize(data) / 1e6:.1f} MB, "
          f"{len(SCHEMA_DOC['properties'])} top-level properties")
    subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"], cwd=ROOT,
                   check=True, capture_output=True)
    binary = os.path.join(ROOT, ".build", "release", "schemacheck")
    python = ensure_venv()
    results = {}
    for name, command in tools(binary, python, data).items():
        best = None
        for _ in range(args.runs):
            seconds, result = timed(command)
            best = seconds if best is None else min(best, seconds)
        results[name] = (best, verdicts(name, result))

    base = results["schemacheck"][0]
    print(f"{'tool':<16}{'seconds':>9}{'payloads/s':>13}{'vs schemacheck':>16}  valid/invalid")
    for name, (seconds, counts) in results.items():
        print(f"{name:<16}{seconds:>9.2f}{args.payloads / seconds:>13,.0f}"
              f"{seconds / base:>15.2f}x  {counts[0]}/{counts[1]}")
    agreed = len({counts for _, counts in results.values()}) == 1
    print("counts agree" if agreed else "COUNTS DISAGREE")
    sys.exit(0 if agreed else 1)


if __name__ == "__main__":
    main()
