#!/usr/bin/env python3
"""Validate tests/eval/blind23-2026-12-05.jsonl against the measure export.

HELD-OUT set: never open the questions, never tune on them (see BLIND23-2026-12-05.md).

Usage: python3 tests/eval/check_blind23.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl; written against /tmp/out-s5/export.jsonl, md5 7869d6e78862b67717e24b7b4e8af4c8)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b23q001": ["govcn-state-council-2019-32.3-9"],
    "b23q002": ["govcn-state-council-2019-32.6-18"],
    "b23q003": ["govcn-state-council-2019-33.13"],
    "b23q004": ["govcn-state-council-2019-33.5"],
    "b23q005": ["govcn-state-council-2019-58.3-22"],
    "b23q006": ["govcn-state-council-2019-58.3-16"],
    "b23q007": ["govcn-state-council-2019-58.2-8"],
    "b23q008": ["govcn-state-council-2019-60.4-3"],
    "b23q009": ["govcn-state-council-2019-38.6"],
    "b23q010": ["govcn-state-council-2019-57.1-14"],
    "b23q011": ["govcn-state-council-2019-57.4-50"],
    "b23q012": ["govcn-state-council-2019-05.4-2-6"],
    "b23q013": ["govcn-state-council-2019-05.4-4-15"],
    "b23q014": ["govcn-state-council-2019-08.3-2"],
    "b23q015": ["govcn-state-council-2019-04.3-3"],
    "b23q016": ["govcn-state-council-2019-18.4-20"],
    "b23q017": ["govcn-state-council-2019-18.6-18"],
    "b23q018": ["govcn-state-council-2019-18.2-9_2"],
    "b23q019": ["govcn-state-council-2019-39.2-4"],
    "b23q020": ["000_eba30fd5bde1cfa9.3-6-2"],
    "b23q021": ["000_eba30fd5bde1cfa9.3-18-3"],
    "b23q022": ["000_eba30fd5bde1cfa9.3-5-2"],
    "b23q023": ["004_1b936b99896f02a7-3.11-1"],
    "b23q024": ["004_1b936b99896f02a7-3.13-1"],
    "b23q025": ["003_809523ec6351e18d.2-13-101"],
    "b23q026": ["002_d78822511846185f.3-15-62"],
    "b23q027": ["004_1b936b99896f02a7-5.2-4"],
    "b23q028": ["001_99b6bc175654c27b.4-2"],
    "b23q029": ["003_809523ec6351e18d.2-17-148"],
    "b23q030": ["003_809523ec6351e18d.2-8-56"],
    "b23q031": ["003_809523ec6351e18d.2-10-81"],
    "b23q032": ["000_eba30fd5bde1cfa9.3-15-7", "002_d78822511846185f.3-13-55", "004_1b936b99896f02a7.2-2-5"],
    "b23q033": ["003_809523ec6351e18d.2-9-63", "004_1b936b99896f02a7-2.13-4"],
    "b23q034": ["govcn-state-council-2019-07.2-3"],
    "b23q035": ["govcn-state-council-2019-03.3-9"],
    "b23q036": ["govcn-state-council-2019-32.5-15"],
    "b23q037": ["govcn-state-council-2019-33.4"],
    "b23q038": ["govcn-state-council-2019-04.4-14-3"],
    "b23q039": ["govcn-state-council-2019-41.4-2-1"],
    "b23q040": ["govcn-state-council-2019-11.p4"],
    "b23q041": ["000_eba30fd5bde1cfa9.3-15-6"],
    "b23q042": ["004_1b936b99896f02a7-4.8"],
    "b23q043": ["000_eba30fd5bde1cfa9.3-17-7"],
    "b23q044": ["004_1b936b99896f02a7-2.9-2"],
    "b23q045": ["003_809523ec6351e18d.2-15-123"],
    "b23q046": ["govcn-state-council-2019-18.7-23"],
    "b23q047": ["govcn-state-council-2019-38.2"],
    "b23q048": ["govcn-state-council-2019-07.2-6"],
    "b23q049": ["govcn-state-council-2019-34.5-18"],
    "b23q050": ["govcn-state-council-2019-07.2-4"],
    "b23q051": ["003_809523ec6351e18d.2-16-128"],
    "b23q052": ["003_809523ec6351e18d.2-16-127"],
    "b23q053": ["003_809523ec6351e18d.2-15-115"],
    "b23q054": ["003_809523ec6351e18d.2-7-53"],
    "b23q055": ["004_1b936b99896f02a7-3.6-2"],
    "b23q056": ["004_1b936b99896f02a7-3.9-1"],
    "b23q057": ["003_809523ec6351e18d.2-13-102"],
    "b23q058": ["002_d78822511846185f.3-13-52"],
    "b23q059": ["govcn-state-council-2019-01.3-4"],
    "b23q060": ["002_d78822511846185f.3-3-16"],
    "b23q061": ["004_1b936b99896f02a7-4.3-3"],
    "b23q062": ["004_1b936b99896f02a7-2.11-1"],
    "b23q063": ["003_809523ec6351e18d.2-9-71"],
    "b23q064": ["004_1b936b99896f02a7-4.2-3"],
    "b23q065": [],
    "b23q066": [],
    "b23q067": [],
    "b23q068": [],
    "b23q069": [],
    "b23q070": [],
}

check("blind23-2026-12-05.jsonl", "b23q", GOLD)
