#!/usr/bin/env bash
# Instructions of search, counted by callgrind (a figure the shared machine's load does not
# move): the 140 rotating queries of bench/cpu.sh (tests/eval/questions.jsonl's questions and
# first gold passages; no held-out set), one a line, through one `zhengce search --json`
# process, collected from `SearchEngine::run` on. Prints the total, the one-time work (the
# partial-word tables, built at the first search, and the first look-up of each character's
# measures), the steady state (the total less them: what the 140 searches cost once warm) and
# the main items of it, inclusive. The one-time work varies between two runs of the same binary
# by up to ~70 M instructions (about 0.5% of the total, in the partial-word tables' build; why
# was not looked into), while the steady state repeats to 0.01%: compare builds on it.
# The outputs go to OUT.json (compare two builds with cmp) and the profile to OUT.cg.
# Usage: bash bench/search-callgrind.sh BIN INDEX OUT      (INDEX: e.g. target/bench/index-50mb)
set -euo pipefail
bin=$(realpath "$1")
index=$(realpath "$2")
out=$(realpath -m "$3")
cd "$(dirname "$0")/.."
python3 bench/queries.py tests/eval/questions.jsonl |
  python3 -c 'import sys, urllib.parse
for line in sys.stdin: print(urllib.parse.unquote(line.strip()))' >"$out.queries"
valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*SearchEngine>::run' \
  --callgrind-out-file="$out.cg" "$bin" search --index "$index" --json \
  <"$out.queries" >"$out.json" 2>"$out.log"
# From a directory holding no source: callgrind_annotate groups a function's lines by the file
# it finds them in, and from the checkout it splits one function over several entries.
(cd / && callgrind_annotate --inclusive=yes --auto=no "$out.cg") >"$out.inclusive" 2>/dev/null
# The inclusive count of the first (largest) line naming PATTERN, in millions.
count() { grep -m1 -E "$1" "$out.inclusive" | awk '{ gsub(",", "", $1); printf "%.1f", $1 / 1e6 }'; }
total=$(count 'PROGRAM TOTALS')
# `SearchEngine::run` is marked #[inline(never)]; should a build inline it all the same, the
# toggle finds nothing and callgrind collects 0: say so rather than print no figures.
if [ -z "$total" ] || [ "$total" = "0.0" ]; then
  echo "search-callgrind: callgrind collected no instructions from SearchEngine::run (inlined in $bin?); see $out.log" >&2
  exit 1
fi
tables=$(count 'partial::Tables::build \[')
chars=$(count 'matching::CharSets::get_with \[')
steady=$(awk -v t="$total" -v a="$tables" -v b="$chars" 'BEGIN { printf "%.1f", t - a - b }')
echo "total $total M instructions; one-time: partial-word tables $tables M, characters' measures $chars M; steady state $steady M"
while IFS='|' read -r name pattern; do
  n=$(count "$pattern")
  awk -v name="$name" -v n="$n" -v s="$steady" 'BEGIN { printf "  %-38s %9.1f M  %5.1f%%\n", name, n, 100 * n / s }'
done <<'ITEMS'
collection pass|Collector::collect_segment \[
- scoring union asked per candidate|LazyUnionScorer as tantivy::docset::DocSet>::seek_danger \[
- match filter|ConceptScorer as tantivy::docset::DocSet>::seek \[
-- its forms (phrases of bigrams)|FormScorer as tantivy::docset::DocSet>::advance \[
- top-k, count, facets|OnePassSegment<S> as tantivy::collector::SegmentCollector>::collect \[
rerank|rank::Ranker::rerank \[
- stored records|SearchEngine::record \[
snippets|snippet::make_snippet \[
ITEMS
