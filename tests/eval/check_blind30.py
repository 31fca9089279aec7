#!/usr/bin/env python3
"""Validate tests/eval/blind30-2026-12-07.jsonl (HELD-OUT) against a measure export of the real documents.

Usage: python3 tests/eval/check_blind30.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: a measure export of an index of $REAL_DOCS
          (written against /tmp/i31-real.jsonl, 13,786 measures)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

HELD-OUT set: never tune on it, never open its questions or failures; run it only through the
summary scripts. This checker prints counts and error lines naming question ids only.

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl), not the extractor's guess, so before the shared checks of
blind_checks.py run, every exported measure's `region` is replaced by the truth region of its
source file (basename of `source`, else `doc_id`). On top of blind_checks this file checks:
- every measure holding an answer_contains string comes from one of the 23 documents in
  ALLOWED (the documents used, a subset of the 44 of /tmp/blind30-free.txt that no other set
  uses; the list replaces blind_checks.check_real's even rule);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
GOLD holds the gold measure ids of every non-noise question (ids of /tmp/i31-real.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "blind30-2026-12-07.jsonl"
PREFIX = "b30q"

# The 23 documents used (all from the list of 44 documents no other set uses).
ALLOWED = set("""
    d0024 d0046 d0060 d0062 d0084 d0114 d0118 d0134 d0136 d0138 d0158 d0202
    d0218 d0224 d0232 d0236 d0256 d0322 d0344 d0370 d0380 d0384 d0408
""".split())

GOLD = {
    "b30q001": ["d0024.4-17"],
    "b30q002": ["d0024.4-20"],
    "b30q003": ["d0370.3"],
    "b30q004": ["d0046.4"],
    "b30q005": ["d0046.17"],
    "b30q006": ["d0322.3-3-2"],
    "b30q007": ["d0060.5-29", "d0060.6-39"],
    "b30q008": ["d0062.2-13"],
    "b30q009": ["d0062.6-57"],
    "b30q010": ["d0062.3-27", "d0062.6-59"],
    "b30q011": ["d0084.3-27"],
    "b30q012": ["d0380.p2"],
    "b30q013": ["d0114.4"],
    "b30q014": ["d0114.19"],
    "b30q015": ["d0118.6-2-59"],
    "b30q016": ["d0118.8-79"],
    "b30q017": ["d0118.5-1-33"],
    "b30q018": ["d0136.2-14"],
    "b30q019": ["d0136.4-33"],
    "b30q020": ["d0136.2-12"],
    "b30q021": ["d0134.8-64"],
    "b30q022": ["d0158.11"],
    "b30q023": ["d0158.15"],
    "b30q024": ["d0158.31"],
    "b30q025": ["d0158.18"],
    "b30q026": ["d0202.3-27"],
    "b30q027": ["d0202.5-33"],
    "b30q028": ["d0202.2-22"],
    "b30q029": ["d0202.2-15"],
    "b30q030": ["d0218.2-8"],
    "b30q031": ["d0218.3-14"],
    "b30q032": ["d0224.8"],
    "b30q033": ["d0232.3-47"],
    "b30q034": ["d0232.3-44"],
    "b30q035": ["d0236.14"],
    "b30q036": ["d0236.23"],
    "b30q037": ["d0256.3-17"],
    "b30q038": ["d0384.p3"],
    "b30q039": ["d0370.3"],
    "b30q040": ["d0344.2", "d0344.4-9-1"],
    "b30q041": ["d0408.p2"],
    "b30q042": ["d0024.2-6"],
    "b30q043": ["d0158.35"],
    "b30q044": ["d0224.10"],
    "b30q045": ["d0236.17", "d0236.23"],
    "b30q046": ["d0062.2-13"],
    "b30q047": ["d0062.6-53"],
    "b30q048": ["d0138.3-27"],
    "b30q049": ["d0138.4-48", "d0138.6-76"],
    "b30q050": ["d0158.11"],
    "b30q051": ["d0158.33"],
    "b30q052": ["d0202.3-27"],
    "b30q053": ["d0062.6-55"],
    "b30q054": ["d0114.26"],
    "b30q055": ["d0138.6-72"],
    "b30q056": ["d0322.2-3-1"],
    "b30q057": ["d0236.16"],
    "b30q058": ["d0084.6-58"],
    "b30q059": ["d0084.6-59"],
    "b30q060": ["d0084.4-2-43"],
    "b30q061": ["d0084.4-2-43"],
    "b30q062": ["d0158.3"],
    "b30q063": ["d0118.5-1-33"],
    "b30q064": ["d0046.14"],
    "b30q065": ["d0202.5-33"],
    "b30q066": ["d0118.8-79"],
    "b30q067": ["d0158.11"],
    "b30q068": [],
    "b30q069": [],
    "b30q070": [],
}


def main():
    if len(ALLOWED) != 23:
        sys.exit(f"ALLOWED holds {len(ALLOWED)} documents, expected 23")
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
