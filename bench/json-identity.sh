#!/bin/bash
# json-identity.sh BINARY OUTDIR: `zhengce search --json` of every question of the development
# sets of tests/eval/ over the 111,341-measure index, without filters and with a region and a
# domain filter. The held-out sets (heldout, traps-heldout, blind sets 9–11) stay out: a run
# prints its outputs, and held-out questions are never looked at.
set -euo pipefail
B=$1; O=$2; IDX=${IDX:-target/bench/index-50mb}
mkdir -p "$O"
DEV="questions.jsonl traps.jsonl paraphrases-2026-12-01.jsonl own-2026-12-01.jsonl precedents-2026-12-01.jsonl blind-2026-12-01.jsonl blind3-2026-12-01.jsonl blind4-2026-12-01.jsonl blind5-2026-12-01.jsonl blind6-2026-12-01.jsonl blind7-2026-12-02.jsonl blind8-2026-12-02.jsonl"
(cd tests/eval && cat $DEV) | python3 -c 'import json,sys
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
