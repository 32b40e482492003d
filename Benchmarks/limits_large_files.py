#!/usr/bin/env python3
"""Large payload files through the release binary: time, peak memory and exit code.

Generates, in a temporary folder, a JSON Schema, one JSON payload file of --single-mb MiB
(default 1024: the "1 GB payload file"), a JSON Lines file of --lines-mb MiB (default 500), and
a JSON payload just under the 64 MiB file limit; runs `schemacheck validate` on each under
`/usr/bin/time -f '%e %M'` and prints one row per file: size, exit code, seconds, peak resident
memory, and the last line schemacheck printed.

Too slow for `swift test`; run it by hand after `swift build -c release`:

    python3 Benchmarks/limits_large_files.py [--binary .build/release/schemacheck]
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

MIB = 1 << 20

SCHEMA = """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["id", "amount", "tags"],
  "properties": {
    "id": {"type": "string", "pattern": "^ORD-[0-9]{6}$"},
    "amount": {"type": "number", "minimum": 0},
    "currency": {"enum": ["EUR", "USD", "GBP"]},
    "tags": {"type": "array", "items": {"type": "string", "maxLength": 16}},
    "note": {"type": "string"}
  }
}
"""


def event(rng, index):
    """One payload as JSON text; every 1,000th is invalid (a negative amount)."""
    amount = -1 if index % 1000 == 999 else rng.randint(0, 100000) / 100
    tags = ",".join('"t%d"' % rng.randint(0, 99) for _ in range(rng.randint(0, 4)))
    return (
        '{"id":"ORD-%06d","amount":%s,"currency":"%s","tags":[%s],"note":"%s"}'
        % (index % 1000000, amount, rng.choice(["EUR", "USD", "GBP"]), tags, "x" * rng.randint(0, 40))
    )


def write_lines(path, size):
    """JSON Lines of about `size` bytes; returns the number of lines."""
    rng = random.Random(8)
    count = 0
    written = 0
    with open(path, "w") as out:
        while written < size:
            chunk = "\n".join(event(rng, count + i) for i in range(10000)) + "\n"
            out.write(chunk)
            written += len(chunk)
            count += 10000
    return count


def write_document(path, size):
    """One JSON array of about `size` bytes (a single payload)."""
    rng = random.Random(9)
    written = 1
    index = 0
    with open(path, "w") as out:
        out.write("[")
        while written < size:
            chunk = ",".join(event(rng, index + i) for i in range(10000))
            out.write(("," if index else "") + chunk)
            written += len(chunk) + 1
            index += 10000
        out.write("]\n")


def run(binary, schema, payload):
    """(exit code, seconds, peak KiB, last output line) of one validate run."""
    command = ["/usr/bin/time", "-f", "%e %M", binary, "validate", "--schema", schema, payload]
    result = subprocess.run(command, capture_output=True, text=True)
    timing = result.stderr.strip().splitlines()[-1].split()
    # `/usr/bin/time` prefixes a failing exit with a line of its own; the numbers come last.
    seconds, peak = float(timing[0]), int(timing[1])
    output = (result.stdout.strip().splitlines() or [""])[-1]
    messages = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    last = messages[-1] if messages else output
    return result.returncode, seconds, peak, last


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/schemacheck")
    parser.add_argument("--single-mb", type=int, default=1024)
    parser.add_argument("--lines-mb", type=int, default=500)
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    if not os.access(binary, os.X_OK):
        sys.exit("no binary at %s; run `swift build -c release` first" % binary)
    with tempfile.TemporaryDirectory(prefix="schemacheck-limits-") as folder:
        schema = os.path.join(folder, "schema.json")
        with open(schema, "w") as out:
            out.write(SCHEMA)
        inputs = []
        single = os.path.join(folder, "single.json")
        write_document(single, arguments.single_mb * MIB)
        inputs.append(("JSON document", single))
        under = os.path.join(folder, "under_limit.json")
        write_document(under, 60 * MIB)
        inputs.append(("JSON document", under))
        lines = os.path.join(folder, "events.jsonl")
        count = write_lines(lines, arguments.lines_mb * MIB)
        inputs.append(("JSON Lines (%d lines)" % count, lines))
        print("| input | size | exit | seconds | peak memory | last line |")
        print("|---|---|---|---|---|---|")
        for label, path in inputs:
            size = os.path.getsize(path)
            code, seconds, peak, last = run(binary, schema, path)
            print(
                "| %s | %.0f MiB | %d | %.2f | %.0f MiB | %s |"
                % (label, size / MIB, code, seconds, peak / 1024, last[:90])
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
