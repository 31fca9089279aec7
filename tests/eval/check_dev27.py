#!/usr/bin/env python3
"""Validate tests/eval/dev27-2026-12-06.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_dev27.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/s18-real-export.jsonl, md5 d8a1be907e639eeb50c7fa8969daa57e)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl), not the extractor's guess, so before the shared checks of
blind_checks.py run, every exported measure's `region` is replaced by the truth region of its
source file (basename of `source`, else `doc_id`). On top of blind_checks this file checks:
- every measure holding an answer_contains string comes from one of the 46 documents in
  ALLOWED (the corrected list /tmp/s18b-dev27-docs.txt: no gold document of a held-out set; the list
  replaces blind_checks.check_real's even rule);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
GOLD holds the gold measure ids of every question (ids of /tmp/s18-real-export.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "dev27-2026-12-06.jsonl"
PREFIX = "d27q"

# The 46 documents of the corrected list (the only allowed gold sources; the first list of 61
# held six gold documents of held-out sets: d0073 d0081 d0105 d0373 d0387 d0397).
ALLOWED = set("""
    d0003 d0011 d0013 d0071 d0077 d0093 d0103 d0133 d0153 d0185 d0187 d0201
    d0205 d0207 d0211 d0249 d0261 d0271 d0283 d0287 d0289 d0291 d0297 d0303
    d0305 d0319 d0321 d0327 d0331 d0339 d0343 d0349 d0351 d0353 d0355 d0359
    d0363 d0365 d0367 d0369 d0371 d0375 d0379 d0383 d0385 d0405
""".split())

GOLD = {
    "d27q001": ["d0077.4-36"],
    "d27q002": ["d0077.5-39"],
    "d27q003": ["d0077.4-33"],
    "d27q004": ["d0077.4-34"],
    "d27q005": ["d0077.2-14"],
    "d27q006": ["d0077.3-22"],
    "d27q007": ["d0261.12"],
    "d27q008": ["d0077.3-18"],
    "d27q009": ["d0133.3-25"],
    "d27q010": ["d0133.4-31"],
    "d27q011": ["d0153.3-12"],
    "d27q012": ["d0153.5-28"],
    "d27q013": ["d0153.2-8"],
    "d27q014": ["d0153.4-25"],
    "d27q015": ["d0185.4-36"],
    "d27q016": ["d0185.4-38"],
    "d27q017": ["d0185.3-29"],
    "d27q018": ["d0185.4-37"],
    "d27q019": ["d0201.2-14"],
    "d27q020": ["d0201.2-14", "d0201.3-38"],
    "d27q021": ["d0201.2-27", "d0201.3-42"],
    "d27q022": ["d0283.3-20"],
    "d27q023": ["d0283.4-31"],
    "d27q024": ["d0283.3-22"],
    "d27q025": ["d0283.3-28"],
    "d27q026": ["d0287.14"],
    "d27q027": ["d0287.13"],
    "d27q028": ["d0287.15"],
    "d27q029": ["d0287.5"],
    "d27q030": ["d0271.4-39"],
    "d27q031": ["d0271.4-28"],
    "d27q032": ["d0271.3-17"],
    "d27q033": ["d0305.5"],
    "d27q034": ["d0379.1-5"],
    "d27q035": ["d0379.2-1"],
    "d27q036": ["d0379.2-3"],
    "d27q037": ["d0261.11"],
    "d27q038": ["d0405.2"],
    "d27q039": ["d0375.p5"],
    "d27q040": ["d0261.13"],
    "d27q041": ["d0367.3"],
    "d27q042": ["d0351.1"],
    "d27q043": ["d0343.2-8"],
    "d27q044": ["d0343.2-6"],
    "d27q045": ["d0343.2-1", "d0343.2-2", "d0343.2-3"],
    "d27q046": ["d0363.3-5-17"],
    "d27q047": ["d0369.2-7"],
    "d27q048": ["d0359.3-7-15"],
    "d27q049": ["d0327.3-5-1", "d0327.3-5-3", "d0327.3-5-7"],
    "d27q050": ["d0133.4-28"],
    "d27q051": ["d0291.4-41"],
    "d27q052": ["d0261.13"],
    "d27q053": ["d0153.3-13"],
    "d27q054": ["d0185.4-35"],
    "d27q055": ["d0283.4-33"],
    "d27q056": ["d0271.3-16", "d0271.5-41"],
    "d27q057": ["d0379.1-4"],
    "d27q058": ["d0383.p4"],
    "d27q059": ["d0291.4-41"],
    "d27q060": ["d0283.4-30"],
    "d27q061": ["d0287.12"],
    "d27q062": ["d0365.p1"],
    "d27q063": ["d0287.5"],
    "d27q064": ["d0271.2-11"],
    "d27q065": ["d0305.5"],
    "d27q066": ["d0351.4"],
    "d27q067": ["d0359.3-5-4"],
    "d27q068": ["d0379.1-2"],
    "d27q069": ["d0363.3-4-13"],
    "d27q070": ["d0305.5"],
    "d27q071": ["d0185.4-36"],
    "d27q072": ["d0283.4-33"],
    "d27q073": ["d0261.13"],
    "d27q074": ["d0185.4-38"],
    "d27q075": [],
    "d27q076": [],
    "d27q077": [],
}


def main():
    if len(ALLOWED) != 46:
        sys.exit(f"ALLOWED holds {len(ALLOWED)} documents, expected 46")
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
