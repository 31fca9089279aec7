#!/usr/bin/env python3
"""Validate tests/eval/dev22-2026-12-05.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_dev22.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /work/real-export-s7.jsonl, md5 5acfb2908f1cdc7b0ef1e0f6944a2141)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl), not the extractor's guess, so before the shared checks of
blind_checks.py run, every exported measure's `region` is replaced by the truth region of its
source file (basename of `source`, else `doc_id`). On top of blind_checks this file checks:
- every measure holding an answer_contains string comes from an EVEN-numbered document
  (d0002, d0004, ...; the odd ones belong to another writer's held-out set);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
GOLD holds the gold measure ids of every question (ids of /work/real-export-s7.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "dev22-2026-12-05.jsonl"

GOLD = {
    "d22q001": ["d0028.2-16"],
    "d22q002": ["d0028.2-18"],
    "d22q003": ["d0066.11"],
    "d22q004": ["d0066.20", "d0066.26"],
    "d22q005": ["d0072.2-10"],
    "d22q006": ["d0072.4-22"],
    "d22q007": ["d0016.2-13"],
    "d22q008": ["d0016.4-62"],
    "d22q009": ["d0104.2-12"],
    "d22q010": ["d0116.2-9"],
    "d22q011": ["d0116.4-25"],
    "d22q012": ["d0296.2-12"],
    "d22q013": ["d0302.4-33"],
    "d22q014": ["d0294.4-26"],
    "d22q015": ["d0240.3-13"],
    "d22q016": ["d0160.4-26"],
    "d22q017": ["d0176.4-2-40"],
    "d22q018": ["d0176.3-3-27"],
    "d22q019": ["d0348.3-14"],
    "d22q020": ["d0414.3-6-2"],
    "d22q021": ["d0414.2-6"],
    "d22q022": ["d0070.4-41"],
    "d22q023": ["d0004.6"],
    "d22q024": ["d0016.2-13"],
    "d22q025": ["d0294.5-29"],
    "d22q026": ["d0240.3-15"],
    "d22q027": ["d0150.3-22"],
    "d22q028": ["d0352.6-36"],
    "d22q029": ["d0104.2-18"],
    "d22q030": ["d0116.3-15"],
    "d22q031": ["d0296.4-33"],
    "d22q032": ["d0302.4-25"],
    "d22q033": ["d0150.5-41"],
    "d22q034": ["d0190.4-36", "d0244.4-48", "d0284.5-38"],
    "d22q035": ["d0190.4-37", "d0284.5-39"],
    "d22q036": ["d0070.3-21"],
    "d22q037": ["d0066.17"],
    "d22q038": ["d0072.5-24"],
    "d22q039": ["d0240.4-21"],
    "d22q040": ["d0160.3-15"],
    "d22q041": ["d0016.4-67"],
    "d22q042": ["d0116.2-10"],
    "d22q043": ["d0066.30"],
    "d22q044": ["d0028.2-11"],
    "d22q045": ["d0150.4-34"],
    "d22q046": ["d0240.2-7"],
    "d22q047": ["d0066.10"],
    "d22q048": ["d0016.3-33", "d0104.3-36"],
    "d22q049": ["d0190.2-15", "d0284.2-16"],
    "d22q050": ["d0028.3-20"],
    "d22q051": ["d0352.5-25"],
    "d22q052": ["d0190.2-22"],
    "d22q053": ["d0066.25"],
    "d22q054": ["d0012.1"],
    "d22q055": ["d0302.4-24"],
    "d22q056": ["d0240.4-29"],
    "d22q057": ["d0160.2-13"],
    "d22q058": ["d0176.5-65"],
    "d22q059": ["d0302.2-7"],
    "d22q060": ["d0072.4-20"],
    "d22q061": ["d0302.4-29"],
    "d22q062": ["d0070.3-29"],
    "d22q063": ["d0070.3-32"],
    "d22q064": ["d0240.4-27"],
    "d22q065": ["d0066.26"],
    "d22q066": ["d0066.23"],
    "d22q067": ["d0176.5-62"],
    "d22q068": ["d0190.4-37"],
    "d22q069": ["d0104.3-32"],
    "d22q070": ["d0104.3-40"],
    "d22q071": ["d0016.3-42"],
    "d22q072": ["d0016.3-56"],
    "d22q073": ["d0104.2-13"],
    "d22q074": ["d0176.3-1-17"],
    "d22q075": ["d0150.3-22"],
    "d22q076": ["d0072.4-20"],
    "d22q077": [],
    "d22q078": [],
    "d22q079": [],
    "d22q080": [],
}


if __name__ == "__main__":
    check_real(NAME, "d22q", GOLD, __doc__)
