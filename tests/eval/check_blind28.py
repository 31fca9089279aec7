#!/usr/bin/env python3
"""Validate tests/eval/blind28-2026-12-06.jsonl (HELD-OUT) against a measure export of the real documents.

HELD-OUT: never open the set, this file's GOLD table or BLIND28-2026-12-06.md, never tune on them.
Running this checker prints counts and errors only (never question text).

Usage: python3 tests/eval/check_blind28.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/s17-real-export.jsonl, md5 dc2ae3ef7165827ab7ccd70ac4d20f9f)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl): before the shared checks of blind_checks.py run, every exported
measure's `region` is replaced by the truth region of its source file. On top of
blind_checks.check this file checks:
- every measure holding an answer_contains string comes from a document in ALLOWED: the
  145 even-numbered documents that no earlier held-out or development set over the real
  documents uses (the list given to this set's author);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
It calls blind_checks.check_real with ALLOWED in place of the even rule (gold documents are
checked against ALLOWED too).
GOLD holds the gold measure ids of every question (ids of /tmp/s17-real-export.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "blind28-2026-12-06.jsonl"
PREFIX = "b28q"

# The only documents this set may take answers from: even-numbered documents that no earlier
# held-out set (blind25-blind27) or development set over the real documents (dev22-dev24,
# dev26) uses as a gold source.
ALLOWED = {
    "d0006", "d0010", "d0014", "d0018", "d0022", "d0024", "d0026", "d0030", "d0032",
    "d0034", "d0036", "d0040", "d0042", "d0044", "d0046", "d0048", "d0050", "d0052",
    "d0054", "d0056", "d0058", "d0060", "d0062", "d0074", "d0076", "d0080", "d0082",
    "d0084", "d0088", "d0090", "d0094", "d0096", "d0102", "d0106", "d0108", "d0110",
    "d0112", "d0114", "d0118", "d0122", "d0124", "d0126", "d0128", "d0130", "d0134",
    "d0136", "d0138", "d0140", "d0142", "d0144", "d0146", "d0148", "d0152", "d0154",
    "d0158", "d0164", "d0166", "d0172", "d0174", "d0178", "d0180", "d0182", "d0184",
    "d0188", "d0192", "d0194", "d0196", "d0198", "d0200", "d0202", "d0206", "d0210",
    "d0212", "d0214", "d0216", "d0218", "d0220", "d0222", "d0224", "d0228", "d0230",
    "d0232", "d0234", "d0236", "d0238", "d0242", "d0246", "d0248", "d0250", "d0252",
    "d0256", "d0258", "d0260", "d0262", "d0264", "d0270", "d0272", "d0274", "d0276",
    "d0278", "d0280", "d0286", "d0290", "d0292", "d0304", "d0306", "d0310", "d0316",
    "d0318", "d0320", "d0322", "d0324", "d0326", "d0328", "d0332", "d0334", "d0336",
    "d0338", "d0340", "d0344", "d0350", "d0354", "d0358", "d0360", "d0362", "d0366",
    "d0368", "d0370", "d0372", "d0374", "d0376", "d0380", "d0382", "d0384", "d0386",
    "d0388", "d0390", "d0394", "d0396", "d0400", "d0404", "d0406", "d0408", "d0416",
    "d0418",
}

GOLD = {
    "b28q001": ["d0090.2-2-19"],
    "b28q002": ["d0090.2-4-34"],
    "b28q003": ["d0262.3-16"],
    "b28q004": ["d0262.8"],
    "b28q005": ["d0306.6-51"],
    "b28q006": ["d0292.14"],
    "b28q007": ["d0228.5-51"],
    "b28q008": ["d0260.3-14"],
    "b28q009": ["d0258.5-27"],
    "b28q010": ["d0106.5-37"],
    "b28q011": ["d0148.23"],
    "b28q012": ["d0182.3-37"],
    "b28q013": ["d0272.3-22"],
    "b28q014": ["d0018.2-11"],
    "b28q015": ["d0334.3-9"],
    "b28q016": ["d0262.7-41"],
    "b28q017": ["d0316.6-48"],
    "b28q018": ["d0316.4-32", "d0316.6-58"],
    "b28q019": ["d0184.4-35"],
    "b28q020": ["d0192.3-17"],
    "b28q021": ["d0152.4-37"],
    "b28q022": ["d0292.25"],
    "b28q023": ["d0148.24"],
    "b28q024": ["d0106.4-25"],
    "b28q025": ["d0214.5-27"],
    "b28q026": ["d0292.12"],
    "b28q027": ["d0036.3-22"],
    "b28q028": ["d0304.3-14"],
    "b28q029": ["d0384.p3"],
    "b28q030": ["d0336.6-3-1"],
    "b28q031": ["d0396.1-2"],
    "b28q032": ["d0418.3-4"],
    "b28q033": ["d0148.39"],
    "b28q034": ["d0292.30"],
    "b28q035": ["d0350.2-2-8"],
    "b28q036": ["d0334.3-1"],
    "b28q037": ["d0406.2"],
    "b28q038": ["d0040.2-8"],
    "b28q039": ["d0090.3-43"],
    "b28q040": ["d0324.2-2"],
    "b28q041": ["d0262.3-20"],
    "b28q042": ["d0416.3-3-10", "d0416.3-3-11", "d0416.3-3-12", "d0416.3-3-13"],
    "b28q043": ["d0354.4-2-3", "d0354.4-2-5", "d0354.4-3-3"],
    "b28q044": ["d0406.1", "d0406.2", "d0406.3", "d0406.4"],
    "b28q045": ["d0306.2-16"],
    "b28q046": ["d0316.6-62"],
    "b28q047": ["d0106.4-24"],
    "b28q048": ["d0400.3-1-2"],
    "b28q049": ["d0336.5"],
    "b28q050": ["d0340.1-3"],
    "b28q051": ["d0090.5-63"],
    "b28q052": ["d0262.7-39"],
    "b28q053": ["d0220.2-15"],
    "b28q054": ["d0396.1-1-1"],
    "b28q055": ["d0404.2-2"],
    "b28q056": ["d0316.6-59"],
    "b28q057": ["d0090.2-4-39"],
    "b28q058": ["d0400.3-5-3"],
    "b28q059": ["d0400.3-2-3"],
    "b28q060": ["d0340.1-4"],
    "b28q061": ["d0406.3"],
    "b28q062": ["d0406.1"],
    "b28q063": ["d0036.2-13"],
    "b28q064": ["d0262.7-41"],
    "b28q065": ["d0184.4-35"],
    "b28q066": ["d0260.3-14"],
    "b28q067": ["d0148.23"],
    "b28q068": [],
    "b28q069": [],
    "b28q070": [],
    "b28q071": [],
}


def main():
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
