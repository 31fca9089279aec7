#!/usr/bin/env bash
# Every question set, in full: for each set, the summary that `zhengce eval --ask` (quote, first 3,
# answered, value, refused, by kind) and `zhengce eval` (search hit@1, hit@5, MRR@10, by kind)
# print. Two binaries' outputs compared with diff show which set and which kind a change moved;
# standing.sh condenses the same runs into the README's table.
#
#   bash tests/eval/evalall.sh BIN INDEX [EVALDIR]     (SETS="a b …" to run only those sets)
#   REAL_INDEX=IDX bash tests/eval/evalall.sh …        also the sets over the real documents
#                                                      (REAL_SETS; IDX an index of $REAL_DOCS)
#
# Summaries only: no failure is printed, so the held-out sets can be run without being read.
set -euo pipefail
bin=${1:?usage: evalall.sh BIN INDEX [EVALDIR]}
index=${2:?usage: evalall.sh BIN INDEX [EVALDIR]}
dir=${3:-$(dirname "$0")}
sets=${SETS:-"blind24-2026-12-05 blind23-2026-12-05 blind22-2026-12-05 blind21-2026-12-05 blind20-2026-12-04
blind19-2026-12-04 blind18-2026-12-04 blind17-2026-12-04 blind16-2026-12-04 blind15-2026-12-04
blind14-2026-12-04 blind13-2026-12-03 blind12-2026-12-03 blind11-2026-12-03 blind10-2026-12-02
blind9-2026-12-02 heldout traps-heldout questions traps blind-2026-12-01 blind3-2026-12-01
blind4-2026-12-01 blind5-2026-12-01 blind6-2026-12-01 blind7-2026-12-02 blind8-2026-12-02
precedents-2026-12-01 own-2026-12-01 paraphrases-2026-12-01 refuse-2026-12-04 refuse2-2026-12-04
figures-2026-12-04 counts-2026-12-04 dev20-2026-12-04 dev21-2026-12-05 dev25-2026-12-06 places-2026-12-05"}
real_sets=${REAL_SETS:-"blind25-2026-12-05 blind26-2026-12-06 blind27-2026-12-06 blind28-2026-12-06 blind29-2026-12-06 blind30-2026-12-07 blind31-2026-12-07 blind32-2026-12-07 blind33-2026-12-07 blind34-2026-12-07 blind35-2026-12-07 blind36-2026-12-08 dev22-2026-12-05 dev23-2026-12-05 dev24-2026-12-06 dev26-2026-12-06 dev27-2026-12-06 dev28-2026-12-07 dev29-2026-12-07 dev30-2026-12-07 dev31-2026-12-07 dev32-2026-12-08 named-2026-12-07"}
run() {
  local s=$1 index=$2 file=$dir/$1.jsonl
  [ -f "$file" ] || { echo "evalall.sh: no question set $file" >&2; exit 2; }
  echo "== $s (ask)"
  "$bin" eval --index "$index" --ask "$file"
  echo "== $s (search)"
  "$bin" eval --index "$index" "$file"
}
for s in $sets; do run "$s" "$index"; done
if [ -n "${REAL_INDEX:-}" ]; then
  for s in $real_sets; do run "$s" "$REAL_INDEX"; done
fi
