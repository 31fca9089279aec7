#!/usr/bin/env python3
"""Validate tests/eval/blind29-2026-12-06.jsonl (HELD-OUT) against a measure export of the real documents.

HELD-OUT: never open the set, this file's GOLD table or BLIND29-2026-12-06.md, never tune on them.
Running this checker prints counts and errors only (never question text).

Usage: python3 tests/eval/check_blind29.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/s18-real-export.jsonl, md5 d8a1be907e639eeb50c7fa8969daa57e)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl): before the shared checks of blind_checks.py run, every exported
measure's `region` is replaced by the truth region of its source file. On top of
blind_checks.check this file checks:
- every measure holding an answer_contains string comes from a document in ALLOWED: the
  45 documents of the corrected list given to this set's author (/tmp/s18b-blind29-docs.txt;
  the first list, /tmp/s18-blind29-docs.txt, held nine gold documents of development sets);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
It calls blind_checks.check_real with ALLOWED in place of the even rule (gold documents are
checked against ALLOWED too).
GOLD holds the gold measure ids of every question (ids of /tmp/s18-real-export.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "blind29-2026-12-06.jsonl"
PREFIX = "b29q"

# The only documents this set may take answers from: the 45 documents of the corrected list
# given to this set's author (/tmp/s18b-blind29-docs.txt). The first list (60 documents) held
# d0066, d0072, d0116, d0176, d0190, d0204, d0330, d0348, d0356, gold documents of development
# sets; the questions over them were replaced.
ALLOWED = {
    "d0002", "d0014", "d0022", "d0026", "d0032", "d0034", "d0050", "d0056", "d0058", "d0096",
    "d0102", "d0110", "d0112", "d0146", "d0180", "d0194", "d0196", "d0210", "d0212", "d0224",
    "d0242", "d0250", "d0264", "d0274", "d0276", "d0286", "d0290", "d0326", "d0328", "d0332",
    "d0338", "d0358", "d0362", "d0366", "d0368", "d0372", "d0374", "d0376", "d0380", "d0382",
    "d0388", "d0390", "d0394", "d0404", "d0416",
}

# Gold measures per question (ids of /tmp/s18-real-export.jsonl); empty for noise.
GOLD = {
    "b29q001": ["d0146.2-12"],
    "b29q002": ["d0196.26"],
    "b29q003": ["d0058.2-12"],
    "b29q004": ["d0050.4-28"],
    "b29q005": ["d0058.6-30"],
    "b29q006": ["d0146.2-28"],
    "b29q007": ["d0196.10"],
    "b29q008": ["d0050.6-38"],
    "b29q009": ["d0146.2-14"],
    "b29q010": ["d0056.19"],
    "b29q011": ["d0290.3-26", "d0290.4-37"],
    "b29q012": ["d0274.2-9"],
    "b29q013": ["d0096.4-28"],
    "b29q014": ["d0112.16"],
    "b29q015": ["d0112.10"],
    "b29q016": ["d0112.22"],
    "b29q017": ["d0250.3-4-48", "d0250.6-79"],
    "b29q018": ["d0194.3-26"],
    "b29q019": ["d0250.6-78"],
    "b29q020": ["d0290.3-27"],
    "b29q021": ["d0290.2-15"],
    "b29q022": ["d0022.2-10"],
    "b29q023": ["d0022.6-33"],
    "b29q024": ["d0056.13"],
    "b29q025": ["d0056.12"],
    "b29q026": ["d0242.20"],
    "b29q027": ["d0242.25"],
    "b29q028": ["d0276.23"],
    "b29q029": ["d0242.28"],
    "b29q030": ["d0112.25"],
    "b29q031": ["d0180.36"],
    "b29q032": ["d0390.5-2-6"],
    "b29q033": ["d0368.2-3-2"],
    "b29q034": ["d0332.4"],
    "b29q035": ["d0326.2-4"],
    "b29q036": ["d0390.2_2"],
    "b29q037": ["d0390.1_4"],
    "b29q038": ["d0362.2-12", "d0362.2-4", "d0362.2-8"],
    "b29q039": ["d0338.3-1-1_2", "d0338.3-1-2_2", "d0338.3-1-3", "d0338.3-1-3_2"],
    "b29q040": ["d0394.4-1"],
    "b29q041": ["d0404.1"],
    "b29q042": ["d0416.3-4-14", "d0416.3-4-15", "d0416.3-4-16"],
    "b29q043": ["d0416.3-7-22"],
    "b29q044": ["d0022.3-14"],
    "b29q045": ["d0196.27"],
    "b29q046": ["d0096.3-22", "d0096.4-32"],
    "b29q047": ["d0290.4-36"],
    "b29q048": ["d0196.25"],
    "b29q049": ["d0290.4-38"],
    "b29q050": ["d0332.2"],
    "b29q051": ["d0002.8"],
    "b29q052": ["d0096.3-16"],
    "b29q053": ["d0358.2-1"],
    "b29q054": ["d0358.2-2"],
    "b29q055": ["d0290.2-13"],
    "b29q056": ["d0332.2"],
    "b29q057": ["d0196.20"],
    "b29q058": ["d0180.29"],
    "b29q059": ["d0242.8"],
    "b29q060": ["d0112.11"],
    "b29q061": ["d0180.11"],
    "b29q062": ["d0362.2-7"],
    "b29q063": ["d0416.3-2-7"],
    "b29q064": ["d0390.2-1-2"],
    "b29q065": ["d0146.2-14"],
    "b29q066": ["d0290.3-26", "d0290.4-37"],
    "b29q067": ["d0058.2-12"],
    "b29q068": ["d0250.3-4-48", "d0250.6-79"],
    "b29q069": [],
    "b29q070": [],
    "b29q071": [],
}


def main():
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
