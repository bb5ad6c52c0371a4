#!/usr/bin/env bash
# Regenerates overview.png, region.png and document.png beside this script: builds the CLI and the browser tests,
# runs `interregio demo` on a throwaway database and a free loopback port, and lets the ReadmeScreenshots test photograph
# the pages at 1280 px in Chromium (INTERREGIO_CHROMIUM, else /usr/bin/chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
art=${INTERREGIO_ARTIFACTS:-$(mktemp -d)}
work=$(mktemp -d)

dotnet build "$root/src/Interregio.Cli" -c Release --artifacts-path "$art" -v q -nologo
dotnet build "$root/tests/Interregio.Web.BrowserTests" -c Release --artifacts-path "$art" -v q -nologo

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
(cd "$work" && exec dotnet "$art/bin/Interregio.Cli/release/Interregio.Cli.dll" demo --db "$work/demo.db" --urls "$url") >"$work/demo.log" 2>&1 &
demo=$!
# SIGTERM stops the server as Ctrl+C does (a background job in a script ignores SIGINT).
trap 'kill -TERM $demo 2>/dev/null || true; wait $demo 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 120); do
  grep -q "is serving" "$work/demo.log" 2>/dev/null && break
  kill -0 $demo 2>/dev/null || { cat "$work/demo.log"; exit 1; }
  sleep 1
done
grep -q "is serving" "$work/demo.log" || { echo "the demo did not start serving" >&2; cat "$work/demo.log"; exit 1; }

INTERREGIO_SCREENSHOT_URL="$url" INTERREGIO_SCREENSHOT_DIR="$here" \
  dotnet "$art/bin/Interregio.Web.BrowserTests/release/Interregio.Web.BrowserTests.dll" \
  -class Interregio.Web.BrowserTests.ReadmeScreenshots
ls -l "$here"/*.png
