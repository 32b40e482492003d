#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS,
# one after another, then prints the executions of each.
# Usage: FuzzTesting/run.sh TARGET|all SECONDS     (e.g. run.sh FuzzJSONReader 60)
#        FuzzTesting/run.sh regressions            (replays Regressions/ through every target)
# Findings are written to FuzzTesting/Artifacts/<target>/ (crash-*, timeout-*, oom-*, leak-*).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
targets=(
  FuzzJSONReader FuzzYAMLReader FuzzAvroParser FuzzProtoParser FuzzJSONSchemaCompiler
  FuzzJSONSchemaValidation FuzzAvroBinary FuzzProtoBinary FuzzAvroCompatibility
)

usage() {
  echo "usage: $0 TARGET|all SECONDS | $0 regressions" >&2
  echo "targets: ${targets[*]}" >&2
  exit 2
}

# Longest input libFuzzer makes for a target: schemas and pairs of schemas need more room.
max_len() {
  case "$1" in
    FuzzJSONSchemaCompiler | FuzzAvroCompatibility | FuzzProtoParser) echo 16384 ;;
    *) echo 8192 ;;
  esac
}

# libFuzzer's own instrumentation for clang's -fsanitize=fuzzer.
coverage="edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table"

build() {
  local target
  echo "building: $*" >&2
  # One build at a time: each `--product` is built in turn into the same .build/. The Swift
  # driver keeps only the last `-sanitize=` flag it is given, and SwiftPM passes
  # `-sanitize=fuzzer -sanitize=address`: without the explicit coverage flags the Swift code
  # would get AddressSanitizer but no coverage, and libFuzzer would fuzz blind.
  for target in "$@"; do
    (cd "$here" && swift build -c debug --sanitize=fuzzer --sanitize=address \
      -Xswiftc "-sanitize-coverage=$coverage" --product "$target" 2>&1 |
      grep -v "Cannot export local symbol" >&2)
  done
}

export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
binaries="$here/.build/debug"

if [[ "${1:-}" == "regressions" ]]; then
  build "${targets[@]}"
  status=0
  for target in "${targets[@]}"; do
    inputs=("$here/Regressions/$target"/*)
    if [[ ! -e "${inputs[0]}" ]]; then
      echo "$target: no regression inputs"
      continue
    fi
    log="$here/Artifacts/$target-regressions.log"
    mkdir -p "$here/Artifacts"
    if "$binaries/$target" -timeout=10 -rss_limit_mb=2048 "${inputs[@]}" >"$log" 2>&1; then
      echo "$target: ${#inputs[@]} regression inputs ok"
    else
      echo "$target: FAILED (log: ${log#"$here"/})"
      grep -E "ERROR|SUMMARY|Running:" "$log" | tail -5
      status=1
    fi
  done
  exit "$status"
fi

[[ $# == 2 && "$2" =~ ^[0-9]+$ ]] || usage
if [[ "$1" == "all" ]]; then
  selected=("${targets[@]}")
else
  [[ " ${targets[*]} " == *" $1 "* ]] || usage
  selected=("$1")
fi
seconds="$2"

[[ -d "$here/Corpus" ]] || "$here/seed.sh" >&2
build "${selected[@]}"

summary=()
status=0
for target in "${selected[@]}"; do
  corpus="$here/Corpus/$target"
  artifacts="$here/Artifacts/$target"
  log="$here/Artifacts/$target.log"
  mkdir -p "$corpus" "$artifacts" "$here/Regressions/$target"
  echo "== $target for ${seconds}s (log: ${log#"$here"/})" >&2
  # New inputs go to the first folder (Corpus); Regressions seeds the run read-only.
  set +e
  "$binaries/$target" "$corpus" "$here/Regressions/$target" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
  code=$?
  set -e
  runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)"
  found="ok"
  if [[ $code != 0 ]]; then
    found="FOUND: $(grep -Eo 'ERROR: [A-Za-z]+: [^(]*|Fatal error: [^\n]*|ALARM: .*|out-of-memory.*' \
      "$log" | head -1)"
    status=1
  fi
  summary+=("$(printf '%-26s %12s executions in %ss  %s' "$target" "${runs:-?}" "$seconds" "$found")")
done

echo
printf '%s\n' "${summary[@]}"
exit "$status"
