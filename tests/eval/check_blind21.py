#!/usr/bin/env python3
"""Validate tests/eval/blind21-2026-12-05.jsonl against the measure export.

Usage: python3 tests/eval/check_blind21.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl; written against /tmp/out-s5/export.jsonl)

OWN HELD-OUT SET: do not open the question file to tune; run this checker and `zhengce eval` for counts only.
The checks are those of blind_checks.py; this file holds the gold measures of each question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b21q001": ["govcn-state-council-2019-32.6-18"],
    "b21q002": ["govcn-state-council-2019-32.3-9"],
    "b21q003": ["govcn-state-council-2019-18.6-17"],
    "b21q004": ["govcn-state-council-2019-36.3"],
    "b21q005": ["govcn-state-council-2019-58.3-16"],
    "b21q006": ["govcn-state-council-2019-57.4-48"],
    "b21q007": ["govcn-state-council-2019-08.3-4"],
    "b21q008": ["003_809523ec6351e18d.2-9-71"],
    "b21q009": ["002_d78822511846185f.3-5-23"],
    "b21q010": ["004_1b936b99896f02a7-3.11-1"],
    "b21q011": ["004_1b936b99896f02a7-5.4"],
    "b21q012": ["000_eba30fd5bde1cfa9.3-18-7"],
    "b21q013": ["003_809523ec6351e18d.2-13-101"],
    "b21q014": ["govcn-state-council-2019-33.5"],
    "b21q015": ["003_809523ec6351e18d.2-10-81"],
    "b21q016": ["000_eba30fd5bde1cfa9.3-18-3"],
    "b21q017": ["govcn-state-council-2019-58.3-22"],
    "b21q018": ["govcn-state-council-2019-18.1-2_2"],
    "b21q019": ["govcn-state-council-2019-57.2-28"],
    "b21q020": ["govcn-state-council-2019-57.1-14"],
    "b21q021": ["002_d78822511846185f.3-15-64"],
    "b21q022": ["000_eba30fd5bde1cfa9.3-16-4"],
    "b21q023": ["004_1b936b99896f02a7-3.4-2"],
    "b21q024": ["003_809523ec6351e18d.2-7-55"],
    "b21q025": ["003_809523ec6351e18d.2-11-93"],
    "b21q026": ["000_eba30fd5bde1cfa9.3-13-1"],
    "b21q027": ["govcn-state-council-2019-18.7-27"],
    "b21q028": ["govcn-state-council-2019-36.1"],
    "b21q029": ["govcn-state-council-2019-18.7-25"],
    "b21q030": ["govcn-state-council-2019-08.5-2-1", "govcn-state-council-2019-08.5-2-2", "govcn-state-council-2019-08.5-2-3"],
    "b21q031": ["004_1b936b99896f02a7-5.2-4"],
    "b21q032": ["003_809523ec6351e18d.2-8-58"],
    "b21q033": ["govcn-state-council-2019-34.2-6"],
    "b21q034": ["govcn-state-council-2019-32.5-15"],
    "b21q035": ["govcn-state-council-2019-38.2"],
    "b21q036": ["govcn-state-council-2019-41.4-2-1"],
    "b21q037": ["govcn-state-council-2019-41.5-1-2"],
    "b21q038": ["govcn-state-council-2019-33.4"],
    "b21q039": ["001_99b6bc175654c27b.8"],
    "b21q040": ["000_eba30fd5bde1cfa9.3-15-6"],
    "b21q041": ["govcn-state-council-2019-04.4-2"],
    "b21q042": ["govcn-state-council-2019-04.3-2"],
    "b21q043": ["003_809523ec6351e18d.2-7-51"],
    "b21q044": ["003_809523ec6351e18d.2-15-123"],
    "b21q045": ["000_eba30fd5bde1cfa9.3-17-7"],
    "b21q046": ["004_1b936b99896f02a7-2.9-2"],
    "b21q047": ["004_1b936b99896f02a7-2.6-5"],
    "b21q048": ["003_809523ec6351e18d.2-14-106"],
    "b21q049": ["003_809523ec6351e18d.2-7-53"],
    "b21q050": ["003_809523ec6351e18d.2-15-115"],
    "b21q051": ["003_809523ec6351e18d.2-16-128"],
    "b21q052": ["002_d78822511846185f.3-2-9"],
    "b21q053": ["govcn-state-council-2019-08.4-4"],
    "b21q054": ["govcn-state-council-2019-08.4-3"],
    "b21q055": ["govcn-state-council-2019-35.2-4"],
    "b21q056": ["govcn-state-council-2019-17.4-2"],
    "b21q057": ["003_809523ec6351e18d.2-13-102"],
    "b21q058": ["001_99b6bc175654c27b.7-0"],
    "b21q059": ["004_1b936b99896f02a7-3.5-3"],
    "b21q060": ["004_1b936b99896f02a7-4.2-3"],
    "b21q061": ["001_99b6bc175654c27b.12-6"],
    "b21q062": ["004_1b936b99896f02a7-3.9-1"],
    "b21q063": ["004_1b936b99896f02a7-4.3-3"],
    "b21q064": ["002_d78822511846185f.3-10-38"],
    "b21q065": [],
    "b21q066": [],
    "b21q067": [],
    "b21q068": [],
    "b21q069": [],
    "b21q070": [],
}

check("blind21-2026-12-05.jsonl", "b21q", GOLD)
