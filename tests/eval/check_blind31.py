#!/usr/bin/env python3
"""Validate tests/eval/blind31-2026-12-07.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_blind31.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/int31b-real.jsonl)
  TRUTH:  default $REAL_DOCS/../truth.jsonl, or /work/shared/eval/real/truth.jsonl when
          REAL_DOCS is not set

A held-out set over the real documents, written blind to the system (see BLIND31-2026-12-07.md).
The `region` of a question is the TRUE region of the document (truth.jsonl), not the
extractor's guess, so before the shared checks of blind_checks.py run, every exported
measure's `region` is replaced by the truth region of its source file (basename of `source`,
else `doc_id`). On top of blind_checks this file checks:
- every measure holding an answer_contains string comes from one of the 17 documents in
  ALLOWED (the free documents of /tmp/blind31-free.txt: no gold document of another set);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
GOLD holds the gold measure ids of every question (ids of /tmp/int31b-real.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "blind31-2026-12-07.jsonl"
PREFIX = "b31q"
SHARED_TRUTH = "/work/shared/eval/real/truth.jsonl"

# The 17 real documents no other question set uses (the only allowed gold sources).
ALLOWED = set("""
    d0014 d0026 d0032 d0034 d0102 d0110 d0210 d0212 d0264 d0286
    d0328 d0366 d0372 d0374 d0376 d0382 d0388
""".split())

GOLD = {
    "b31q001": ["d0014.p7"],
    "b31q002": ["d0014.p11"],
    "b31q003": ["d0014.p21"],
    "b31q004": ["d0014.p48"],
    "b31q005": ["d0026.5-37"],
    "b31q006": ["d0026.5-40"],
    "b31q007": ["d0026.7-66"],
    "b31q008": ["d0026.4-24"],
    "b31q009": ["d0026.5-52"],
    "b31q010": ["d0026.7-72"],
    "b31q011": ["d0032.11"],
    "b31q012": ["d0032.20"],
    "b31q013": ["d0034.3-20"],
    "b31q014": ["d0034.2-16"],
    "b31q015": ["d0034.4-30"],
    "b31q016": ["d0102.2-6"],
    "b31q017": ["d0102.8-55"],
    "b31q018": ["d0102.3-28"],
    "b31q019": ["d0102.4-30"],
    "b31q020": ["d0110.11"],
    "b31q021": ["d0110.14"],
    "b31q022": ["d0110.22"],
    "b31q023": ["d0110.21"],
    "b31q024": ["d0210.3"],
    "b31q025": ["d0210.4"],
    "b31q026": ["d0212.4"],
    "b31q027": ["d0264.2-6"],
    "b31q028": ["d0264.4-18"],
    "b31q029": ["d0264.4-20"],
    "b31q030": ["d0286.8-67"],
    "b31q031": ["d0286.6-59"],
    "b31q032": ["d0286.6-57"],
    "b31q033": ["d0286.4-35"],
    "b31q034": ["d0328.8-18"],
    "b31q035": ["d0328.7-17"],
    "b31q036": ["d0366.3-1-4"],
    "b31q037": ["d0372.3-3-11"],
    "b31q038": ["d0374.p3"],
    "b31q039": ["d0382.p3"],
    "b31q040": ["d0388.2-1-2"],
    "b31q041": ["d0014.p56"],
    "b31q042": ["d0014.p41"],
    "b31q043": ["d0102.3-28"],
    "b31q044": ["d0032.16"],
    "b31q045": ["d0034.4-30"],
    "b31q046": ["d0376.p1"],
    "b31q047": ["d0034.3-27"],
    "b31q048": ["d0034.4-30"],
    "b31q049": ["d0014.p7", "d0102.2-5"],
    "b31q050": ["d0026.5-37", "d0286.4-45"],
    "b31q051": ["d0110.11"],
    "b31q052": ["d0264.4-18"],
    "b31q056": ["d0210.5"],
    "b31q057": ["d0210.5"],
    "b31q058": ["d0032.3"],
    "b31q059": ["d0264.2-7"],
    "b31q060": ["d0328.1-2"],
    "b31q061": ["d0388.3-2-1-5"],
    "b31q062": ["d0264.3-14"],
}


def main():
    if len(ALLOWED) != 17:
        sys.exit(f"ALLOWED holds {len(ALLOWED)} documents, expected 17")
    if len(sys.argv) == 2 and not os.environ.get("REAL_DOCS") and os.path.exists(SHARED_TRUTH):
        sys.argv.append(SHARED_TRUTH)
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
