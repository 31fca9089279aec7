#!/usr/bin/env bash
# Where the benefit facts stand against issue 13's bars, on every benefit gold set: prints one
# Markdown table row per set (the table in README.md, "Benefit facts").
#
#   bash tests/eval/benefits-standing.sh CORPUS_INDEX [REAL_INDEX]
#       (binary: $ZHENGCE or target/release/zhengce)
#
# CORPUS_INDEX is an index of corpus/; REAL_INDEX an index of the real documents ($REAL_DOCS,
# not in this repository): the sets written over those documents are skipped without it.
# Each row runs `zhengce eval --index INDEX --benefits FILE`; summaries only, so the held-out
# sets are run without being read. A figure meeting the 0.90 bar is in bold.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:?usage: benefits-standing.sh CORPUS_INDEX [REAL_INDEX]}
real=${2:-}
bin=${ZHENGCE:-target/release/zhengce}
# set:index (c = corpus, r = real documents)
held="benefits-heldout:c benefits-dev16:c benefits-dev17:r benefits-dev15:r benefits-dev14:r
benefits-dev11:r benefits-dev10:r"
dev="benefits:c benefits-dev2:c benefits-dev3:c benefits-dev4:c benefits-dev5:c benefits-dev6:c
benefits-dev12:c benefits-dev13:c benefits-dev19:c benefits-dev7:r benefits-dev8:r benefits-dev9:r benefits-dev18:r benefits-dev20:r benefits-dev21:r"
row() {
  local name=${1%%:*} where=${1##*:} index
  if [ "$where" = r ]; then
    index=$real
    [ -n "$index" ] || { echo "| \`$name\` (real documents) | not run: no REAL_INDEX | | | |"; return; }
  else
    index=$corpus
  fi
  "$bin" eval --index "$index" --benefits "tests/eval/$name.jsonl" | python3 -c '
import re, sys
name, where, text = sys.argv[1], sys.argv[2], sys.stdin.read()
def pr(field):
    m = re.search(r"(?m)^%s\s+(\S+)\s+(\S+)" % field, text)
    return m.groups() if m else ("–", "–")
def cell(x):
    try:
        return "**%s**" % x if float(x) >= 0.90 else x
    except ValueError:
        return x
n = re.search(r"gold measures (\d+)", text)
cells = ["%s / %s" % tuple(cell(v) for v in pr(f)) for f in ("beneficiaries", "benefit_types", "amounts")]
label = "corpus" if where == "c" else "real documents"
print("| `%s` (%s, %s measures) | %s |" % (name, label, n.group(1) if n else "?", " | ".join(cells)))
' "$name" "$where"
}
echo "| set | beneficiaries P / R (≥ 0.90) | benefit types P / R (≥ 0.90) | amounts P / R (≥ 0.90) |"
echo "|---|---|---|---|"
echo "| *own held-out sets* | | | |"
for s in $held; do row "$s"; done
echo "| *development sets* | | | |"
for s in $dev; do row "$s"; done
