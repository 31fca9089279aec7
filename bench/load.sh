#!/usr/bin/env bash
# Load test of /api/search with wrk (Debian package `wrk`): builds the release binary, serves
# the index of corpus/ on a loopback port, runs a mixed query set for DURATION seconds, stops.
# Usage: bash bench/load.sh [DURATION=20] [CONNECTIONS=16] [INDEX=index]
# (INDEX=target/bench/index-50mb after `zhengce bench search` for the 111,000-measure corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
index=${3:-index}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/zhengce"
port=18080
"$bin" --index "$index" serve --addr "127.0.0.1:$port" >/tmp/zhengce-load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat /tmp/zhengce-load.log >&2; exit 1; }
  sleep 0.5
done
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/search.lua "http://127.0.0.1:$port"
