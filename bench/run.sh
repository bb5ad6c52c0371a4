#!/usr/bin/env bash
# Runs every Interregio benchmark and prints the final tables (issue 3, item 13).
#   1. BenchmarkDotNet micro-benchmarks (bench/Interregio.Benchmarks): each recogniser over its sentence list, the
#      text stages, and extract on one English and one Russian article; the short job (3 warm-ups, one launch) with
#      5 iterations of 250 ms so that a busy neighbour shows up as error rather than as the mean, in process (no
#      extra project builds).
#   2. End-to-end (bench/Interregio.Bench.EndToEnd): generates a ≥50 MB corpus into bench/corpus (git-ignored,
#      reused while the generator and seed are unchanged), measures extract on one thread, the one-regex speed
#      limit, and compromise / chrono-node under Node when node is installed; then a per-stage breakdown.
# Everything it writes goes to bench/out (git-ignored): build output, BenchmarkDotNet reports, results.md/json.
#
# usage: bench/run.sh [--skip-micro] [end-to-end options: --mb N --node-budget S --no-node --no-profile ...]
# A full run takes about 8-10 minutes on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
artifacts=$out/artifacts
skip_micro=0
args=()
for a in "$@"; do
  if [[ $a == --skip-micro ]]; then skip_micro=1; else args+=("$a"); fi
done

echo "== build (Release, artifacts in $artifacts)" >&2
dotnet build bench/Interregio.Bench.EndToEnd -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
if [[ $skip_micro == 0 ]]; then
  dotnet build bench/Interregio.Benchmarks -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
fi

# Reference libraries for Node, pinned by bench/node/package-lock.json. The library never uses them.
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ ! -d bench/node/node_modules/compromise || ! -d bench/node/node_modules/chrono-node ]]; then
    echo "== npm ci (bench/node)" >&2
    (cd bench/node && npm ci --no-audit --no-fund >&2) || echo "npm ci failed: the Node reference points will be skipped" >&2
  fi
else
  echo "node/npm not found: the Node reference points (compromise, chrono-node) will be skipped" >&2
fi

micro_reports=()
if [[ $skip_micro == 0 ]]; then
  echo "== BenchmarkDotNet (short job, in process)" >&2
  rm -rf "$out/benchmarkdotnet"
  dotnet "$artifacts/bin/Interregio.Benchmarks/release/Interregio.Benchmarks.dll" \
    --job short --iterationCount 5 --iterationTime 250 --inProcess --filter '*' --artifacts "$out/benchmarkdotnet" >"$out/benchmarkdotnet.log" 2>&1 \
    || { echo "BenchmarkDotNet failed; see $out/benchmarkdotnet.log" >&2; tail -30 "$out/benchmarkdotnet.log" >&2; exit 1; }
  mapfile -t micro_reports < <(ls "$out"/benchmarkdotnet/results/*-report-github.md 2>/dev/null | sort)
fi

echo "== end to end" >&2
dotnet "$artifacts/bin/Interregio.Bench.EndToEnd/release/Interregio.Bench.EndToEnd.dll" all --out "$out" "${args[@]}" >"$out/end-to-end.md"

{
  cat "$out/end-to-end.md"
  for r in "${micro_reports[@]}"; do
    echo
    echo "### BenchmarkDotNet: $(basename "$r" -report-github.md)"
    echo
    # keep the table and the environment block, drop BenchmarkDotNet's legend noise
    cat "$r"
  done
} | tee "$out/report.md"
echo "report: $out/report.md" >&2
