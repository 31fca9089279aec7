#!/usr/bin/env python3
"""Validate tests/eval/dev23-2026-12-05.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_dev23.py EXPORT.jsonl [TRUTH.jsonl]
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

NAME = "dev23-2026-12-05.jsonl"

GOLD = {
    "d23q001": ["d0078.3-20"],
    "d23q002": ["d0086.2-15"],
    "d23q003": ["d0086.2-14"],
    "d23q004": ["d0086.3-37"],
    "d23q005": ["d0092.2-18"],
    "d23q006": ["d0100.4-33"],
    "d23q007": ["d0100.4-35"],
    "d23q008": ["d0120.2-11"],
    "d23q009": ["d0120.3-21"],
    "d23q010": ["d0132.15"],
    "d23q011": ["d0132.13"],
    "d23q012": ["d0068.4-4-42"],
    "d23q013": ["d0068.4-2-34"],
    "d23q014": ["d0226.4-32"],
    "d23q015": ["d0226.4-27"],
    "d23q016": ["d0314.15"],
    "d23q017": ["d0314.25"],
    "d23q018": ["d0208.3-16"],
    "d23q019": ["d0208.4-19"],
    "d23q020": ["d0356.10"],
    "d23q021": ["d0398.3-8"],
    "d23q022": ["d0078.3-22"],
    "d23q023": ["d0092.4-32"],
    "d23q024": ["d0300.2-18"],
    "d23q025": ["d0298.4-33"],
    "d23q026": ["d0314.28"],
    "d23q027": ["d0162.4-24"],
    "d23q028": ["d0132.7"],
    "d23q029": ["d0078.3-23"],
    "d23q030": ["d0100.3-18"],
    "d23q031": ["d0132.6"],
    "d23q032": ["d0300.3-28"],
    "d23q033": ["d0208.5-31"],
    "d23q034": ["d0162.4-20"],
    "d23q035": ["d0254.5-40"],
    "d23q036": ["d0078.3-27"],
    "d23q037": ["d0086.3-23"],
    "d23q038": ["d0086.4-40"],
    "d23q039": ["d0298.4-38"],
    "d23q040": ["d0308.3-11"],
    "d23q041": ["d0100.5-45"],
    "d23q042": ["d0300.2-13"],
    "d23q043": ["d0092.5-43"],
    "d23q044": ["d0100.3-24"],
    "d23q045": ["d0300.3-23"],
    "d23q046": ["d0308.3-17"],
    "d23q047": ["d0398.4-10"],
    "d23q048": ["d0298.5-50"],
    "d23q049": ["d0078.3-24"],
    "d23q050": ["d0398.5-19"],
    "d23q051": ["d0078.3-22", "d0298.4-29"],
    "d23q052": ["d0186.4-31", "d0282.4-28", "d0288.4-28"],
    "d23q053": ["d0078.6-62"],
    "d23q054": ["d0078.6-55"],
    "d23q055": ["d0092.4-39"],
    "d23q056": ["d0120.3-19"],
    "d23q057": ["d0068.4-6-52"],
    "d23q058": ["d0208.5-27"],
    "d23q059": ["d0308.4-22"],
    "d23q060": ["d0298.5-51"],
    "d23q061": ["d0208.5-31"],
    "d23q062": ["d0226.2-5"],
    "d23q063": ["d0308.4-24"],
    "d23q064": ["d0226.2-7"],
    "d23q065": ["d0078.6-57"],
    "d23q066": ["d0078.6-65"],
    "d23q067": ["d0226.5-44"],
    "d23q068": ["d0208.6-39"],
    "d23q069": ["d0346.2-4"],
    "d23q070": ["d0098.5-35"],
    "d23q071": ["d0120.3-18"],
    "d23q072": ["d0254.5-43"],
    "d23q073": ["d0346.7-2"],
    "d23q074": ["d0078.3-22"],
    "d23q075": ["d0300.2-13"],
    "d23q076": ["d0208.5-27"],
    "d23q077": [],
    "d23q078": [],
    "d23q079": [],
    "d23q080": [],
}


if __name__ == "__main__":
    check_real(NAME, "d23q", GOLD, __doc__)
