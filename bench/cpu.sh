#!/usr/bin/env bash
# Requests/s and the server's CPU time per request under load: `zhengce serve` on INDEX, the 140
# distinct development queries of tests/eval/questions.jsonl (its 70 questions and the first
# gold passage of each; no held-out set) in rotation (bench/rotate.lua), 5 s of warm-up, then
# wrk with 2 threads and CONNECTIONS connections for DURATION seconds. Prints the load average
# at the start, requests/s, p50 and p99 (ms), requests, failures and CPU ms per request (user +
# system time of the server during the run, divided by its requests: on a shared machine a
# steadier figure than requests/s). BIN=path/to/zhengce measures another build.
# Usage: bash bench/cpu.sh [DURATION=20] [CONNECTIONS=16] [INDEX=index]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
index=${3:-index}
. bench/common.sh
port=18082
work=$(mktemp -d)
server=""
trap 'kill $server 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/queries.py tests/eval/questions.jsonl |
  sed 's|.*|/api/search?q=&\&limit=10|' >"$work/paths"
start_server "$bin" "$index" "$port" "$work/server.log"
PATHS="$work/paths" wrk -t2 -c"$connections" -d5s -s bench/rotate.lua "http://127.0.0.1:$port" >/dev/null
load=$(cut -d' ' -f1 /proc/loadavg)
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
before=$(ticks)
result=$(PATHS="$work/paths" wrk -t2 -c"$connections" -d"${duration}s" -s bench/rotate.lua "http://127.0.0.1:$port" | grep '^RESULT')
after=$(ticks)
echo "$result" | awk -v load="$load" -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" \
  '{ printf "load %s: %.1f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d failed, CPU %.2f ms/request\n",
     load, $2, $3, $4, $5, $6 + $7, t * 1000 / hz / $5 }'
