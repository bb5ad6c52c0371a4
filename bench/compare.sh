#!/usr/bin/env bash
# Interleaved A/B of extract: the library at BASE (a git revision) against the working tree, in one process over
# the generated corpus (bench/Interregio.Bench.Compare). On the shared 2-core VM separate runs of one build differ
# by 10-40%; this puts both builds under the same neighbours. An A/A pair reads 0.99-1.02, so a smaller difference
# is not told. Everything it writes goes to bench/out/compare (git-ignored).
#
# usage: bench/compare.sh BASE [--lang en|ru] [--rounds N] [--chunk N]      e.g. bench/compare.sh HEAD --rounds 8
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 && $1 != -* ]] || { echo "usage: bench/compare.sh BASE [--lang en|ru] [--rounds N] [--chunk N]" >&2; exit 2; }
base=$(git rev-parse --verify "$1^{commit}") || { echo "compare: $1 is no revision" >&2; exit 2; }
shift
out=bench/out/compare
rm -rf "$out"
mkdir -p "$out"
tree=$(mktemp -d)
git worktree add -q --detach "$tree" "$base"
trap 'git worktree remove --force "$tree"' EXIT

echo "== build $base and the working tree (Release)" >&2
dotnet build "$tree/src/Interregio.Cli" -c Release -o "$out/base" -nologo -v quiet >&2
dotnet build src/Interregio.Cli -c Release -o "$out/work" -nologo -v quiet >&2
dotnet build bench/Interregio.Bench.Compare -c Release -o "$out/tool" -nologo -v quiet >&2
if [[ ! -d bench/corpus/en || ! -d bench/corpus/ru ]]; then
  echo "== generate the corpus (bench/corpus)" >&2
  dotnet build bench/Interregio.Bench.EndToEnd -c Release -o "$out/generator" -nologo -v quiet >&2
  dotnet "$out/generator/Interregio.Bench.EndToEnd.dll" generate --corpus bench/corpus >&2
fi
echo "== A = $base, B = the working tree" >&2
dotnet "$out/tool/Interregio.Bench.Compare.dll" --a "$out/base" --b "$out/work" --corpus bench/corpus "$@"
