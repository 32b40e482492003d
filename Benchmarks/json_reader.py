#!/usr/bin/env python3
"""Times schemacheck's JSON reader against Python's json module on the same ~50 MB file.

Usage (from anywhere): python3 Benchmarks/json_reader.py [--runs 5]
Parse-only times exclude reading the file for both sides; whole-process times include
start-up, reading, parsing and exit.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data", "events-50mb.json")


PYTHON_LOAD = "import json, sys; json.load(open(sys.argv[1], 'rb'))"


def whole_process_commands(bench: str, data: str, python: str = sys.executable) -> dict:
    """The two whole processes compared: Python's json.load and one parse by schemacheck-bench."""
    return {"python json": [python, "-c", PYTHON_LOAD, data],
            "schemacheck": [bench, "json", data, "1"]}


def best_wall(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    if not os.path.exists(DATA):
        os.makedirs(os.path.dirname(DATA), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate_json.py"),
                        DATA], check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck-bench"],
                   cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.strip()
    bench = os.path.join(bin_dir, "schemacheck-bench")

    with open(DATA, "rb") as file:
        data = file.read()
    megabytes = len(data) / 1e6

    # Python, parse only: json.loads on the bytes (includes UTF-8 decoding, as ours validates).
    python_best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        value = json.loads(data)
        python_best = min(python_best, time.perf_counter() - start)
        del value

    output = subprocess.run([bench, "json", DATA, str(runs)], check=True, capture_output=True,
                            text=True).stdout
    match = re.search(r"best_seconds=([0-9.e-]+)", output)
    if not match:
        sys.exit(f"unexpected bench output: {output}")
    ours_best = float(match.group(1))

    commands = whole_process_commands(bench, DATA)
    python_process = best_wall(commands["python json"], runs)
    ours_process = best_wall(commands["schemacheck"], runs)

    print(f"file: {os.path.relpath(DATA, ROOT)} ({megabytes:.1f} MB), best of {runs}")
    print("parse only (file already in memory):")
    print(f"  python json.loads  {python_best:7.3f} s  {megabytes / python_best:7.1f} MB/s")
    print(f"  schemacheck        {ours_best:7.3f} s  {megabytes / ours_best:7.1f} MB/s")
    print(f"  ratio (python / ours): {python_best / ours_best:.2f}x")
    print("whole process (start, read, parse, exit):")
    print(f"  python -c json.load {python_process:7.3f} s  {megabytes / python_process:7.1f} MB/s")
    print(f"  schemacheck-bench   {ours_process:7.3f} s  {megabytes / ours_process:7.1f} MB/s")
    print(f"  ratio (python / ours): {python_process / ours_process:.2f}x")


if __name__ == "__main__":
    main()
