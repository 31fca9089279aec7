#!/usr/bin/env python3
"""The rotating queries of bench/compare.sh and bench/cpu.sh: the questions of each FILE (one
JSON object a line), then, as keyword queries, the first gold passage of each question of the
first FILE; each distinct query once, in that order, URL-encoded, one a line.

    python3 bench/queries.py tests/eval/questions.jsonl [MORE.jsonl …]"""
import json, sys, urllib.parse


def rows(name):
    with open(name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


queries = [row["question"] for name in sys.argv[1:] for row in rows(name)]
queries += [gold[0] for row in rows(sys.argv[1]) if (gold := row.get("answer_contains"))]
for q in dict.fromkeys(queries):
    print(urllib.parse.quote(q))
