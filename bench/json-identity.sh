#!/bin/bash
# json-identity.sh BINARY OUTDIR: `zhengce search --json` of every question of tests/eval/*.jsonl
# over the 111,341-measure index, without filters and with a region and a domain filter.
set -euo pipefail
B=$1; O=$2; IDX=${IDX:-target/bench/index-50mb}
mkdir -p "$O"
cat tests/eval/*.jsonl | python3 -c 'import json,sys
for l in sys.stdin:
    l=l.strip()
    if l:
        q=json.loads(l).get("question")
        if q: print(q.replace("\n"," "))' > "$O/questions.txt"
wc -l < "$O/questions.txt"
$B search --index $IDX --json < "$O/questions.txt" > "$O/plain.jsonl"
$B search --index $IDX --json --region 山东省 < "$O/questions.txt" > "$O/region.jsonl"
$B search --index $IDX --json --domain 纳税 --region 威海 < "$O/questions.txt" > "$O/domain.jsonl"
md5sum "$O"/*.jsonl
