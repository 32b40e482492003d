#!/usr/bin/env bash
# Checks the HTML catalog in a real browser (Debian's `chromium`, headless).
#
#   Tests/Browser/check_catalog.sh CATALOG_DIR [SHOTS_DIR [EVENT_PAGE]]
#
# CATALOG_DIR is a folder written by `schemacheck catalog --format html` (index.html, events/,
# services/, owners/). For the HTML renderer's own sample site:
#
#   SCHEMACHECK_CATALOG_OUT=/tmp/site swift test --filter HTMLRendererTests/writesTheSampleSite
#   Tests/Browser/check_catalog.sh /tmp/site /tmp/shots
#
# What it does, for index.html and one event page (EVENT_PAGE, e.g. events/orders.order-placed.html;
# default: the first in name order):
#   - renders each to PNG, light and dark (prefers-color-scheme forced by --force-dark-mode
#     and blink's preferredColorScheme), 1280 px wide, into SHOTS_DIR (default: a temp folder);
#   - fails when chromium logs any console message for the page: uncaught errors, CSP
#     violations ("Content Security Policy"), failed loads. The pages log nothing themselves, so
#     every console line is a problem. Chromium prints them with --enable-logging=stderr as
#     `INFO:CONSOLE(...)` lines; nothing is injected into the pages;
#   - opens index.html?q=WORD with --dump-dom and checks the search script ran under the CSP and
#     listed results;
#   - first proves the detector works: a page that breaks its own CSP must be caught.
# Requires: chromium (apt-get install -y chromium). Not part of `swift test` (CI has no browser).
# Exit: 0 all good, 1 a check failed, 2 cannot run (no chromium, no catalog).
set -euo pipefail

catalog=${1:?usage: check_catalog.sh CATALOG_DIR [SHOTS_DIR [EVENT_PAGE]]}
shots=${2:-$(mktemp -d -t catalog-shots.XXXXXX)}
command -v chromium >/dev/null || { echo "chromium not installed (apt-get install -y chromium)" >&2; exit 2; }
[ -f "$catalog/index.html" ] || { echo "no index.html in $catalog" >&2; exit 2; }
catalog=$(cd "$catalog" && pwd)
mkdir -p "$shots"
work=$(mktemp -d -t catalog-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0

# chromium ARGS... : runs headless with a throwaway profile; stderr goes to $work/log.
browse() {
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run \
    --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
    --virtual-time-budget=3000 "$@" 2>"$work/log"
}

# console_lines: the console messages chromium logged in the last run.
console_lines() {
  grep -E 'CONSOLE|Uncaught|Content Security Policy' "$work/log" || true
}

# The detector must catch a page that violates its own CSP.
cat >"$work/bad.html" <<'HTML'
<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<style>p{color:red}</style></head><body><p>x</p><script>undefinedFunction()</script></body></html>
HTML
browse --screenshot="$work/bad.png" --window-size=400,300 "file://$work/bad.html" >/dev/null || true
if [ -z "$(console_lines)" ]; then
  echo "FAIL: chromium logged nothing for a page that breaks its CSP; cannot detect errors" >&2
  exit 2
fi

event=${3:-$(cd "$catalog" && ls events/*.html 2>/dev/null | LC_ALL=C sort | awk 'NR==1' || true)}
[ -z "$event" ] || [ -f "$catalog/$event" ] || { echo "no $event in $catalog" >&2; exit 2; }
pages=("index.html")
[ -n "$event" ] && pages+=("$event")

for page in "${pages[@]}"; do
  name=$(basename "$page" .html)
  for scheme in light dark; do
    flags=()
    [ "$scheme" = dark ] && flags=(--force-dark-mode --blink-settings=preferredColorScheme=0)
    shot="$shots/$name-$scheme.png"
    rm -f "$shot"
    browse "${flags[@]}" --screenshot="$shot" --window-size=1280,1600 "file://$catalog/$page" \
      >/dev/null || true
    if [ ! -s "$shot" ]; then
      echo "FAIL: $page ($scheme): no screenshot" >&2
      failures=$((failures + 1))
    fi
    problems=$(console_lines)
    if [ -n "$problems" ]; then
      echo "FAIL: $page ($scheme): console messages:" >&2
      echo "$problems" >&2
      failures=$((failures + 1))
    else
      echo "ok: $page ($scheme) -> $shot"
    fi
  done
done

# The search runs under the CSP: search for a word of the first indexed id.
word=$(grep -o '"id":"[A-Za-z0-9_.-]*' "$catalog/index.html" | awk 'NR==1' | sed 's/"id":"//' \
  | tr -c 'A-Za-z0-9\n' ' ' | awk '{print $1}')
if [ -n "$word" ]; then
  browse --dump-dom "file://$catalog/index.html?q=$word" >"$work/dom.html" || true
  if grep -q '<ol id="search-results"><li>' "$work/dom.html" && [ -z "$(console_lines)" ]; then
    echo "ok: search for '$word' lists results"
  else
    echo "FAIL: search for '$word' listed nothing or logged errors:" >&2
    console_lines >&2
    failures=$((failures + 1))
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed; screenshots in $shots" >&2
  exit 1
fi
echo "all browser checks passed; screenshots in $shots"
