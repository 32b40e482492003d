#!/usr/bin/env python3
"""Times `schemacheck compat --mode FILE` against `buf breaking` on googleapis-common-protos.

Usage (from anywhere): python3 Benchmarks/proto_breaking.py [--runs 3] [--skip-build]

Installs googleapis-common-protos and buf-bin (PyPI) into a venv under Benchmarks/data
(gitignored), copies the package's google/**/*.proto files into a temporary git repository,
commits them, and times both tools on the same tree, best of --runs:

- "against itself": the work tree equals HEAD, as the issue asks. schemacheck skips an earlier
  version whose content equals the new one (the registry never stores a schema twice), so it
  only reads, parses and links the new side; Buf builds and compares both images.
- "every file changed": a comment line is appended to every file in the work tree, so that
  schemacheck, too, reads every earlier version from git, links it with the imports of that
  revision and runs Buf's FILE rules on each file. Nothing breaks, so both exit 0.
- "one breaking change": as above, plus `HttpRule.selector` in google/api/http.proto changed
  from string to int64; both must report it, at the same place (checked and printed).

Each scenario is timed twice: against the git revision (schemacheck `--against HEAD`, Buf
`--against .git#ref=HEAD`, which clones the repository first) and against a folder holding the
committed tree (`--against DIR` for both, which spares Buf the clone). Prints the times and the
ratio buf / schemacheck (above 1 means schemacheck is faster).
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
VENV = os.path.join(DATA, "venv")  # shared by every benchmark (Benchmarks/run)


def venv_python() -> str:
    return os.path.join(VENV, "bin", "python")


def ensure_venv() -> None:
    if not os.path.exists(venv_python()):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([venv_python(), "-m", "pip", "install", "-q", "googleapis-common-protos",
                    "buf-bin"], check=True)


def package_protos() -> tuple[str, list[str], str]:
    """The site-packages folder, the package's .proto files (relative), and its version."""
    script = (
        "import importlib.metadata as m, os\n"
        "d = m.distribution('googleapis-common-protos')\n"
        "print(d.version)\n"
        "print(os.path.abspath(d.locate_file('')))\n"
        "for f in d.files or []:\n"
        "    if str(f).endswith('.proto'): print(f)\n")
    lines = subprocess.run([venv_python(), "-c", script], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    return lines[1], sorted(lines[2:]), lines[0]


def buf_binary() -> str:
    found = shutil.which("buf", path=os.path.join(VENV, "bin"))
    if not found:
        sys.exit("buf was not installed by buf-bin")
    return found


def git(repo: str, *args: str) -> None:
    subprocess.run(["git", "-C", repo, "-c", "user.name=bench", "-c", "user.email=bench@example.com",
                    "-c", "commit.gpgsign=false", *args], check=True, stdout=subprocess.DEVNULL)


def make_repo(site: str, protos: list[str]) -> tuple[str, str, list[str]]:
    """A temporary git repository under Benchmarks/data with the package's .proto files
    committed, a folder holding the committed tree, and the files (relative, sorted)."""
    repo = tempfile.mkdtemp(prefix="proto-bench-", dir=DATA)
    for relative in protos:
        target = os.path.join(repo, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(site, relative), target)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "googleapis-common-protos")
    against_dir = repo + "-head"
    os.makedirs(against_dir)
    archive = subprocess.run(["git", "-C", repo, "archive", "HEAD"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", against_dir], input=archive, check=True)
    files = sorted(glob.glob("google/**/*.proto", root_dir=repo, recursive=True))
    return repo, against_dir, files


def remove_repo(repo: str) -> None:
    shutil.rmtree(repo, ignore_errors=True)
    shutil.rmtree(repo + "-head", ignore_errors=True)


def commands(schemacheck: str, buf: str, against_dir: str,
             files: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """schemacheck and buf against git HEAD, then both against the folder; run in the repo."""
    ours_git = [schemacheck, "compat", *files, "--against", "HEAD", "--proto-path", ".",
                "--mode", "FILE"]
    buf_git = [buf, "breaking", ".", "--against", ".git#ref=HEAD"]
    ours_dir = [schemacheck, "compat", *files, "--against", against_dir, "--proto-path", ".",
                "--mode", "FILE"]
    buf_dir = [buf, "breaking", ".", "--against", against_dir]
    return ours_git, buf_git, ours_dir, buf_dir


def touch_every_file(repo: str, files: list[str]) -> None:
    """Appends a comment to every file: every earlier version is read and compared."""
    for f in files:
        with open(os.path.join(repo, f), "a", encoding="utf-8") as handle:
            handle.write("\n// touched by the benchmark\n")


def break_http_selector(repo: str) -> None:
    """One breaking change: `HttpRule.selector` string -> int64 (FIELD_SAME_TYPE)."""
    http = os.path.join(repo, "google", "api", "http.proto")
    with open(http, encoding="utf-8") as handle:
        text = handle.read()
    with open(http, "w", encoding="utf-8") as handle:
        handle.write(text.replace("  string selector = 1;", "  int64 selector = 1;", 1))


def best_wall(command: list[str], cwd: str, runs: int) -> tuple[float, subprocess.CompletedProcess]:
    best = float("inf")
    last = None
    for _ in range(runs):
        start = time.perf_counter()
        last = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
    return best, last


def report(name: str, result: subprocess.CompletedProcess) -> None:
    if result.returncode != 0:
        print(f"  {name} exited {result.returncode}")
        output = (result.stdout + result.stderr).strip().splitlines()
        for line in output[:20]:
            print("    " + line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()

    os.makedirs(DATA, exist_ok=True)
    ensure_venv()
    site, protos, version = package_protos()
    buf = buf_binary()
    buf_version = subprocess.run([buf, "--version"], check=True, capture_output=True,
                                 text=True).stdout.strip()
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"], cwd=ROOT,
                       check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.strip()
    schemacheck = os.path.join(bin_dir, "schemacheck")

    repo, against_dir, files = make_repo(site, protos)
    try:
        size = sum(os.path.getsize(os.path.join(repo, f)) for f in files)
        print(f"googleapis-common-protos {version}: {len(files)} .proto files, "
              f"{size / 1e6:.2f} MB; {buf_version and 'buf ' + buf_version}; best of {args.runs}")
        ours_git, buf_git, ours_dir, buf_dir = commands(schemacheck, buf, against_dir, files)
        for scenario in ["against itself", "every file changed", "one breaking change"]:
            if scenario == "every file changed":
                touch_every_file(repo, files)
            if scenario == "one breaking change":
                break_http_selector(repo)
            print(f"{scenario}:")
            for kind, ours_command, buf_command in [("git", ours_git, buf_git),
                                                    ("dir", ours_dir, buf_dir)]:
                ours, ours_result = best_wall(ours_command, repo, args.runs)
                theirs, buf_result = best_wall(buf_command, repo, args.runs)
                print(f"  against {kind}: schemacheck {ours:6.3f} s (exit {ours_result.returncode}), "
                      f"buf {theirs:6.3f} s (exit {buf_result.returncode}), "
                      f"ratio buf / schemacheck {theirs / ours:5.2f}x")
                if scenario == "one breaking change":
                    ours_places = sorted(line.split(": error: ")[0] for line in
                                         ours_result.stdout.splitlines() if ": error: " in line)
                    buf_places = sorted(":".join(line.split(":")[:3]) for line in
                                        buf_result.stdout.splitlines() if line.strip())
                    print(f"    findings: schemacheck {ours_places}, buf {buf_places}: "
                          f"{'same' if ours_places == buf_places else 'DIFFERENT'}")
                else:
                    report("schemacheck", ours_result)
                    report("buf", buf_result)
    finally:
        remove_repo(repo)


if __name__ == "__main__":
    main()
