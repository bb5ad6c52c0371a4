#!/usr/bin/env bash
# API latency at scale (issue 6, item 5), with the server alone in its own process: builds the CLI and the API bench,
# generates (or reuses) a fact base of --facts facts in an SQLite file, starts `interregio serve` on 127.0.0.1, and
# drives each endpoint with wrk (50 connections in a closed loop, 2 threads) for a fixed time after a warm-up,
# cycling through the same paths the in-process bench (bench/Interregio.Bench.Api) asks for. Prints one markdown row
# per endpoint: p50/p95/p99 as wrk's latency histogram gives them, req/s, KB per response (as sent).
#
# usage: bench/api-latency.sh [--facts N] [--db FILE | --pg CONNECTION] [--seconds S] [--warmup S] [--concurrency N]
#                             [--only TEXT[,TEXT]] [--gzip]
# --pg generates into (or reuses, when it holds facts) a PostgreSQL database and serves it.
# Needs wrk (Debian package `wrk`; installed with apt-get when missing and run as root). Every request goes to this
# machine's loopback address. The database is kept (bench/out/api-<facts>.db by default) so reruns skip generation.
set -euo pipefail
cd "$(dirname "$0")/.."

facts=1000000 db="" pg="" seconds=10 warmup=3 concurrency=50 only="" gzip=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --facts) facts=$2; shift 2;;
    --db) db=$2; shift 2;;
    --pg) pg=$2; shift 2;;
    --seconds) seconds=$2; shift 2;;
    --warmup) warmup=$2; shift 2;;
    --concurrency) concurrency=$2; shift 2;;
    --only) only=$2; shift 2;;
    --gzip) gzip=1; shift;;
    *) echo "api-latency.sh: unknown option $1" >&2; exit 2;;
  esac
done
out=bench/out
artifacts=$out/artifacts
db=${db:-$out/api-$facts.db}
mkdir -p "$out"

if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "== apt-get install wrk" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
  else
    echo "api-latency.sh: wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2
  fi
fi

echo "== build (Release, artifacts in $artifacts)" >&2
dotnet build src/Interregio.Cli -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2
dotnet build bench/Interregio.Bench.Api -c Release --artifacts-path "$artifacts" -nologo -v quiet >&2

paths=$out/api-paths
rm -rf "$paths"
only_args=()
[[ -n $only ]] && only_args=(--only "$only")
# Generates the base when the file does not exist yet, then writes the paths to ask for (one file per endpoint).
store_args=(--db "$db")
serve_db=$db
if [[ -n $pg ]]; then
  serve_db=$pg
  # The bench generates into PostgreSQL only when the database holds no documents yet.
  store_args=(--pg "$pg")
fi
dotnet "$artifacts/bin/Interregio.Bench.Api/release/Interregio.Bench.Api.dll" --facts "$facts" "${store_args[@]}" \
  --requests 4000 --paths-out "$paths" "${only_args[@]}" >&2

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
dotnet "$artifacts/bin/Interregio.Cli/release/Interregio.Cli.dll" serve --db "$serve_db" --urls "$base" >"$out/api-serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -fs -o /dev/null "$base/health" && break
  kill -0 $server 2>/dev/null || { echo "api-latency.sh: the server stopped:" >&2; cat "$out/api-serve.log" >&2; exit 1; }
  sleep 0.2
done

headers=()
[[ $gzip == 1 ]] && headers=(-H "Accept-Encoding: gzip")
lua=bench/Interregio.Bench.Api/wrk-paths.lua
if [[ -n $pg ]]; then described="PostgreSQL"; else described="$(sqlite3 "$db" 'select count(*) from facts' 2>/dev/null || echo '?') facts in $db"; fi
echo "# Interregio API latency (wrk, server alone in its own process): $described"
echo "# $concurrency connections, 2 wrk threads, ${warmup} s warm-up then ${seconds} s measured per endpoint; Accept-Encoding: $([[ $gzip == 1 ]] && echo gzip || echo none)"
echo "# machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | first ms | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | KB/resp |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
worst=0
while IFS=$'\t' read -r name file; do
  # The endpoint's first request, alone: for the answers cached per data version it is the cost of building one.
  first=$(curl -s -o /dev/null -w '%{time_total}' "${headers[@]}" "$base$(head -1 "$file")")
  wrk -t2 -c"$concurrency" -d"${warmup}s" "${headers[@]}" -s "$lua" "$base" -- "$file" >/dev/null
  line=$(wrk -t2 -c"$concurrency" -d"${seconds}s" "${headers[@]}" -s "$lua" "$base" -- "$file" | grep '^RESULT')
  row=$(python3 - "$name" "$first" "$line" <<'PY'
import sys
name, first, line = sys.argv[1], float(sys.argv[2]) * 1000, sys.argv[3]
r = dict(kv.split('=') for kv in line.split()[1:])
n = int(r['requests']); errors = int(r['socket_errors']) + int(r['non2xx'])
print(f"| {name} | {first:.1f} | {n:,} | {errors} | {n / float(r['seconds']):,.0f} | {float(r['p50']):.1f} | {float(r['p95']):.1f} "
      f"| {float(r['p99']):.1f} | {float(r['max']):.1f} | {int(r['bytes']) / 1024 / max(1, n):.1f} |\t{r['p99']}")
PY
)
  echo "${row%%$'\t'*}"
  worst=$(python3 -c "print(max($worst, ${row##*$'\t'}))")
done < "$paths/endpoints.tsv"
echo
echo "# worst p99: $worst ms (target < 50 ms); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
