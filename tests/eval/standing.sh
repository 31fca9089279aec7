#!/usr/bin/env bash
# Where the answer card stands against issue 10's bars, on every question set: prints one
# Markdown table row per set (the table in README.md, "Where the answers stand").
#
#   bash tests/eval/standing.sh [INDEX [REAL_INDEX]]   (default: index; binary: $ZHENGCE or target/release/zhengce)
#
# REAL_INDEX is an index of the real documents ($REAL_DOCS, not in this repository): the sets
# written over those documents (documents nobody tuned the extraction on) run on it, and are
# skipped without it.
#
# Each row runs `zhengce eval --index INDEX --ask FILE` (quote, first 3, answered, value,
# refused) and `zhengce eval --index INDEX FILE` (search hit@1). A figure meeting its bar is in
# bold. The own held-out sets come first: they are only run, never tuned on.
set -euo pipefail
cd "$(dirname "$0")/../.."
index=${1:-index}
real=${2:-}
bin=${ZHENGCE:-target/release/zhengce}
held="blind24-2026-12-05 blind23-2026-12-05 blind22-2026-12-05 blind21-2026-12-05 blind20-2026-12-04 blind19-2026-12-04 blind18-2026-12-04 blind17-2026-12-04 blind16-2026-12-04 blind15-2026-12-04 blind14-2026-12-04
blind13-2026-12-03 blind12-2026-12-03 blind11-2026-12-03 blind10-2026-12-02 blind9-2026-12-02 heldout
traps-heldout"
dev="questions traps blind-2026-12-01 blind3-2026-12-01 blind4-2026-12-01 blind5-2026-12-01
blind6-2026-12-01 blind7-2026-12-02 blind8-2026-12-02 precedents-2026-12-01 own-2026-12-01
paraphrases-2026-12-01 refuse-2026-12-04 refuse2-2026-12-04 figures-2026-12-04 counts-2026-12-04
dev20-2026-12-04 dev21-2026-12-05 dev25-2026-12-06"
real_held="blind25-2026-12-05 blind26-2026-12-06 blind27-2026-12-06 blind28-2026-12-06 blind29-2026-12-06 blind30-2026-12-07 blind31-2026-12-07 blind32-2026-12-07 blind33-2026-12-07 blind34-2026-12-07 blind35-2026-12-07 blind36-2026-12-08"
real_dev="dev22-2026-12-05 dev23-2026-12-05 dev24-2026-12-06 dev26-2026-12-06 dev27-2026-12-06 dev28-2026-12-07 dev29-2026-12-07 dev30-2026-12-07 dev31-2026-12-07 dev32-2026-12-08 named-2026-12-07"
row() {
  local name=$1 file=tests/eval/$1.jsonl index=${2:-$index}
  {
    "$bin" eval --index "$index" --ask "$file"
    echo "@@ search"
    "$bin" eval --index "$index" "$file"
  } | python3 -c '
import re, sys
name, text = sys.argv[1], sys.stdin.read()
def get(pattern):
    m = re.search(pattern, text)
    return m.groups() if m else None
quote, top3, answered = get(r"quote holds gold (\S+)\s+gold in top 3 (\S+)\s+answered (\S+)")
value = get(r"value holds expected (\S+) \(n=(\d+)\)")
refused = get(r"refused or uncovered (\S+) \(n=(\d+)\)")
hit = re.search(r"(?m)^all\s+n=\d+\s+hit@1 (\S+)", text.split("@@ search")[1]).groups()
def cell(x, bar):
    return "**%s**" % x if bar is not None and float(x) >= bar else x
cells = [cell(quote, 0.90), cell(top3, 0.97), cell(answered, None),
         cell(value[0], 0.80) if value and value[1] != "0" else "–",
         cell(refused[0], 0.95) if refused and refused[1] != "0" else "–",
         cell(hit[0], 0.90)]
print("| `%s` | %s |" % (name, " | ".join(cells)))
' "$name"
}
echo "| set | quote holds gold (≥ 0.90) | gold in first 3 (≥ 0.97) | answered | value (≥ 0.80) | refused (≥ 0.95) | search hit@1 (≥ 0.90) |"
echo "|---|---|---|---|---|---|---|"
echo "| *own held-out sets* | | | | | | |"
for s in $held; do row "$s"; done
echo "| *development sets* | | | | | | |"
for s in $dev; do row "$s"; done
if [ -n "$real" ]; then
  echo "| *own held-out sets over the real documents* | | | | | | |"
  for s in $real_held; do row "$s" "$real"; done
  echo "| *development sets over the real documents* | | | | | | |"
  for s in $real_dev; do row "$s" "$real"; done
fi
