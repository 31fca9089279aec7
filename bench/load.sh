#!/usr/bin/env bash
# Load test of /api/search with wrk (Debian package `wrk`): builds the release binary, serves
# an index on a loopback port, runs a mixed query set for DURATION seconds, stops.
# Usage: bash bench/load.sh [DURATION=20] [CONNECTIONS=16] [INDEX=index]
# (INDEX=target/bench/index-50mb after `zhengce bench search` for the 111,000-measure corpus)
#
# BIN=path/to/zhengce bash bench/load.sh …: measure that binary instead of building this tree.
# REBUILD=1 bash bench/load.sh …: the same load while `zhengce index` rebuilds the index again
# and again (a copy of corpus/ in a temporary directory, one document added, then removed, …),
# so every latency is measured during a rebuild; prints how many rebuilds ran (wrk prints the
# failed requests).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
index=${3:-index}
. bench/common.sh
port=18080
work=$(mktemp -d)
trap 'kill $server $rebuilder 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
server="" rebuilder=""
if [ "${REBUILD:-0}" = 1 ]; then
  cp -r corpus "$work/corpus"
  index="$work/index"
  "$bin" --index "$index" index --corpus "$work/corpus" >/dev/null
fi
start_server "$bin" "$index" "$port" "$work/server.log"
if [ "${REBUILD:-0}" = 1 ]; then
  # One document added (a copy of a seed plan under a new name), then removed, in a loop.
  seed=$(ls corpus/*.txt | head -1)
  (
    n=0
    while [ ! -e "$work/stop" ]; do
      if [ $((n % 2)) = 0 ]; then cp "$seed" "$work/corpus/added.txt"; else rm -f "$work/corpus/added.txt"; fi
      start=$(date +%s.%N)
      "$bin" --index "$index" index --corpus "$work/corpus" >/dev/null 2>>"$work/rebuild.log" || echo "rebuild failed" >>"$work/rebuild.log"
      awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }' >>"$work/rebuild-seconds"
      n=$((n + 1))
      echo $n >"$work/rebuilds"
    done
  ) &
  rebuilder=$!
fi
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/search.lua "http://127.0.0.1:$port"
if [ "${REBUILD:-0}" = 1 ]; then
  touch "$work/stop"; wait $rebuilder 2>/dev/null || true
  echo "rebuilds during the run: $(cat "$work/rebuilds" 2>/dev/null || echo 0)," \
    "$(awk '{ s += $1 } END { if (NR) printf "%.2f", s / NR }' "$work/rebuild-seconds" 2>/dev/null) s each on average"
  grep -c "rebuild failed" "$work/rebuild.log" | sed 's/^/failed rebuilds: /' || true
fi
