#!/usr/bin/env python3
"""Validate tests/eval/dev24-2026-12-06.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_dev24.py EXPORT.jsonl [TRUTH.jsonl]
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

NAME = "dev24-2026-12-06.jsonl"

GOLD = {
    "d24q001": ["d0008.2-11"],
    "d24q002": ["d0020.4-22"],
    "d24q003": ["d0064.2-17"],
    "d24q004": ["d0064.2-26"],
    "d24q005": ["d0038.3-16"],
    "d24q006": ["d0156.3-42", "d0156.6-68"],
    "d24q007": ["d0168.3-28"],
    "d24q008": ["d0168.6-54"],
    "d24q009": ["d0170.2-13"],
    "d24q010": ["d0266.2-14"],
    "d24q011": ["d0268.23"],
    "d24q012": ["d0312.3-29"],
    "d24q013": ["d0312.3-30"],
    "d24q014": ["d0204.4-31"],
    "d24q015": ["d0402.14-4-1"],
    "d24q016": ["d0402.9-1-2"],
    "d24q017": ["d0342.2-1"],
    "d24q018": ["d0330.p18"],
    "d24q019": ["d0378.4-19"],
    "d24q020": ["d0412.2-2"],
    "d24q021": ["d0402.10-1-2"],
    "d24q022": ["d0008.2-8"],
    "d24q023": ["d0064.2-25"],
    "d24q024": ["d0168.5-39"],
    "d24q025": ["d0168.6-56"],
    "d24q026": ["d0266.3-21"],
    "d24q027": ["d0268.17"],
    "d24q028": ["d0378.3-11"],
    "d24q029": ["d0008.3-19"],
    "d24q030": ["d0020.3-19"],
    "d24q031": ["d0038.4-20"],
    "d24q032": ["d0168.6-52"],
    "d24q033": ["d0156.5-61"],
    "d24q034": ["d0412.2-1"],
    "d24q035": ["d0312.2-17"],
    "d24q036": ["d0008.2-7"],
    "d24q037": ["d0020.4-23"],
    "d24q038": ["d0156.2-21"],
    "d24q039": ["d0392.6-22"],
    "d24q040": ["d0312.2-19"],
    "d24q041": ["d0008.2-6"],
    "d24q042": ["d0168.3-26"],
    "d24q043": ["d0268.24"],
    "d24q044": ["d0342.1-2", "d0342.1-3"],
    "d24q045": ["d0038.3-14"],
    "d24q046": ["d0312.2-10"],
    "d24q047": ["d0330.p9"],
    "d24q048": ["d0168.5-40"],
    "d24q049": ["d0410.2-3"],
    "d24q050": ["d0364.2-3"],
    "d24q051": ["d0038.4-19", "d0168.3-20"],
    "d24q052": ["d0156.3-45", "d0204.4-33"],
    "d24q053": ["d0156.6-66"],
    "d24q054": ["d0156.3-39"],
    "d24q055": ["d0412.4-7"],
    "d24q056": ["d0412.4-8"],
    "d24q057": ["d0392.3-7"],
    "d24q058": ["d0378.5-26"],
    "d24q059": ["d0312.2-18"],
    "d24q060": ["d0064.5-40"],
    "d24q061": ["d0412.2-2"],
    "d24q062": ["d0402.10-2-1-2"],
    "d24q063": ["d0412.4-9"],
    "d24q064": ["d0312.3-26"],
    "d24q065": ["d0064.6-50"],
    "d24q066": ["d0392.3-13"],
    "d24q067": ["d0392.3-16"],
    "d24q068": ["d0156.6-65"],
    "d24q069": ["d0392.5-21"],
    "d24q070": ["d0402.14-2-3"],
    "d24q071": ["d0402.14-4-1"],
    "d24q072": ["d0064.2-20"],
    "d24q073": ["d0312.2-13"],
    "d24q074": ["d0168.6-56"],
    "d24q075": ["d0312.3-30"],
    "d24q076": ["d0064.2-25"],
    "d24q077": [],
    "d24q078": [],
    "d24q079": [],
    "d24q080": [],
}


if __name__ == "__main__":
    check_real(NAME, "d24q", GOLD, __doc__)
