#!/usr/bin/env bash
# zhengce and Meilisearch side by side: the same measures, the same rotating queries, the same
# load, then the ratios. Meilisearch is used only when one is given:
#
#   MEILI_URL=http://127.0.0.1:7700 [MEILI_KEY=…] bash bench/compare.sh [DURATION=20] [CONNECTIONS=16] [INDEX=index]
#
# (INDEX=target/bench/index-50mb after `zhengce bench search` for the 111,341-measure corpus.)
# Without MEILI_URL it measures zhengce alone and says so. BIN=path/to/zhengce measures another
# build. Needs wrk and python3.
#
# The measures are those of INDEX (`zhengce export`), loaded into the Meilisearch index
# `zhengce_<count>` unless it already holds that many: id with `.` replaced by `_`, title,
# text, region, domain, lead_units; searchable title, text, lead_units; filterable region,
# domain, lead_units; Chinese segmentation for every attribute. The queries are those of
# `bash bench/cpu.sh`: the 70 questions of tests/eval/questions.jsonl and, as keyword queries,
# the first gold passage of each (140 distinct queries, in rotation; no held-out set).
# Both engines count the same three facets over every match: zhengce
# GET /api/search?q=Q&limit=10&facets=region,domain,lead_unit, Meilisearch
# GET /indexes/NAME/search?q=Q&limit=10&facets=region,domain,lead_units.
# Each engine runs alone on the machine: first under CONNECTIONS connections, then one
# request at a time (wrk, 1 connection).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
index=${3:-index}
command -v python3 >/dev/null || { echo "python3 is needed to prepare the queries" >&2; exit 1; }
. bench/common.sh
port=18081
work=$(mktemp -d)
server=""
trap 'kill $server 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

python3 bench/queries.py tests/eval/questions.jsonl >"$work/queries"
sed 's|.*|/api/search?q=&\&limit=10\&facets=region,domain,lead_unit|' "$work/queries" >"$work/zhengce.paths"
sed 's|.*|/indexes/NAME/search?q=&\&limit=10\&facets=region,domain,lead_units|' "$work/queries" >"$work/meili.paths"
echo "queries: $(wc -l <"$work/queries") distinct, in rotation"

# run NAME BASE_URL PATHS [HEADER]: the load, then one at a time; prints a line of figures.
run() {
  local name=$1 base=$2 paths=$3 header=${4:-}
  local loaded single
  loaded=$(PATHS="$paths" HEADER="$header" wrk -t2 -c"$connections" -d"${duration}s" -s bench/rotate.lua "$base" | grep '^RESULT')
  single=$(PATHS="$paths" HEADER="$header" wrk -t1 -c1 -d"${duration}s" -s bench/rotate.lua "$base" | grep '^RESULT')
  echo "$name $loaded $single" >>"$work/figures"
}

start_server "$bin" "$index" "$port" "$work/server.log"
run zhengce "http://127.0.0.1:$port" "$work/zhengce.paths"
server_rss=$(awk '/VmHWM/ { print $2 }' /proc/$server/status)
kill $server; wait $server 2>/dev/null || true
server=""

if [ -n "${MEILI_URL:-}" ]; then
  auth=()
  header=""
  if [ -n "${MEILI_KEY:-}" ]; then
    auth=(-H "Authorization: Bearer $MEILI_KEY")
    header="Authorization: Bearer $MEILI_KEY"
  fi
  "$bin" --index "$index" export >"$work/measures.jsonl"
  count=$(wc -l <"$work/measures.jsonl")
  name="zhengce_$count"
  held=$(curl -fs "${auth[@]}" "$MEILI_URL/indexes/$name/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("numberOfDocuments", 0))' 2>/dev/null || echo 0)
  if [ "$held" != "$count" ]; then
    echo "loading $count measures into Meilisearch index $name"
    python3 - "$work/measures.jsonl" >"$work/meili.ndjson" <<'EOF'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    print(json.dumps({"id": m["id"].replace(".", "_"), "title": m.get("title"), "text": m["text"],
                      "region": m["region"], "domain": m["domain"],
                      "lead_units": m.get("lead_units", [])}, ensure_ascii=False))
EOF
    wait_task() {
      local uid=$1 status=""
      while true; do
        status=$(curl -fs "${auth[@]}" "$MEILI_URL/tasks/$uid" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        case $status in succeeded) return 0 ;; failed|canceled) echo "Meilisearch task $uid $status" >&2; exit 1 ;; esac
        sleep 1
      done
    }
    task() { python3 -c 'import json,sys; print(json.load(sys.stdin)["taskUid"])'; }
    curl -fs "${auth[@]}" -X DELETE "$MEILI_URL/indexes/$name" >/dev/null || true
    uid=$(curl -fs "${auth[@]}" -X POST "$MEILI_URL/indexes" -H 'Content-Type: application/json' \
      --data "{\"uid\": \"$name\", \"primaryKey\": \"id\"}" | task)
    wait_task "$uid"
    uid=$(curl -fs "${auth[@]}" -X PATCH "$MEILI_URL/indexes/$name/settings" -H 'Content-Type: application/json' \
      --data '{"searchableAttributes": ["title", "text", "lead_units"], "filterableAttributes": ["region", "domain", "lead_units"], "localizedAttributes": [{"attributePatterns": ["*"], "locales": ["cmn"]}]}' | task)
    wait_task "$uid"
    started=$(date +%s.%N)
    uid=$(curl -fs "${auth[@]}" -X POST "$MEILI_URL/indexes/$name/documents" -H 'Content-Type: application/x-ndjson' \
      --data-binary "@$work/meili.ndjson" | task)
    wait_task "$uid"
    awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "Meilisearch indexed them in %.1f s\n", b - a }'
  fi
  sed "s/NAME/$name/" "$work/meili.paths" >"$work/meili.paths.named"
  run meilisearch "$MEILI_URL" "$work/meili.paths.named" "$header"
else
  echo "MEILI_URL is not set: zhengce alone (no Meilisearch to compare with)"
fi

echo
echo "$connections connections and one at a time, ${duration} s each, $(grep -c . "$work/zhengce.paths") rotating queries; zhengce's peak RSS ${server_rss} kB"
python3 - "$work/figures" <<'EOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    # name RESULT rps p50 p99 requests non2xx errors RESULT rps p50 p99 requests non2xx errors
    rows[f[0]] = dict(rps=float(f[2]), p50=float(f[3]), p99=float(f[4]), bad=int(f[6]) + int(f[7]),
                      one_rps=float(f[9]), one_p50=float(f[10]), one_p99=float(f[11]),
                      one_bad=int(f[13]) + int(f[14]))
print("| engine | req/s | p50 ms | p99 ms | failed | one at a time: req/s | p50 ms | p99 ms |")
print("|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    print(f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['bad'] + r['one_bad']} "
          f"| {r['one_rps']:.0f} | {r['one_p50']:.1f} | {r['one_p99']:.1f} |")
if "meilisearch" in rows:
    z, m = rows["zhengce"], rows["meilisearch"]
    print(f"| zhengce / Meilisearch | {z['rps'] / m['rps']:.2f}x | {z['p50'] / m['p50']:.2f}x "
          f"| {z['p99'] / m['p99']:.2f}x | | {z['one_rps'] / m['one_rps']:.2f}x "
          f"| {z['one_p50'] / m['one_p50']:.2f}x | {z['one_p99'] / m['one_p99']:.2f}x |")
EOF
