#!/usr/bin/env python3
"""Validate tests/eval/blind20-2026-12-04.jsonl against the measure export.

HELD-OUT set: run it and report its summary figures only; do not open the questions for tuning.

Usage: python3 tests/eval/check_blind20.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl; written against /tmp/out-s5/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b20q001": ["govcn-state-council-2019-33.5"],
    "b20q002": ["govcn-state-council-2019-33.22"],
    "b20q003": ["govcn-state-council-2019-33.31"],
    "b20q004": ["govcn-state-council-2019-33.32"],
    "b20q005": ["govcn-state-council-2019-58.3-16"],
    "b20q006": ["govcn-state-council-2019-58.3-18"],
    "b20q007": ["govcn-state-council-2019-58.4-24"],
    "b20q008": ["govcn-state-council-2019-13.2-5"],
    "b20q009": ["govcn-state-council-2019-13.3-8"],
    "b20q010": ["govcn-state-council-2019-13.4-14"],
    "b20q011": ["govcn-state-council-2019-39.2-4"],
    "b20q012": ["govcn-state-council-2019-38.5"],
    "b20q013": ["govcn-state-council-2019-33.29"],
    "b20q014": ["000_eba30fd5bde1cfa9.3-15-7"],
    "b20q015": ["000_eba30fd5bde1cfa9.3-5-2"],
    "b20q016": ["000_eba30fd5bde1cfa9.3-14-4"],
    "b20q017": ["000_eba30fd5bde1cfa9.3-17-2"],
    "b20q018": ["000_eba30fd5bde1cfa9.3-16-4"],
    "b20q019": ["002_d78822511846185f.3-5-23"],
    "b20q020": ["002_d78822511846185f.3-7-27"],
    "b20q021": ["002_d78822511846185f.3-9-37"],
    "b20q022": ["002_d78822511846185f.3-10-40"],
    "b20q023": ["002_d78822511846185f.3-13-55"],
    "b20q024": ["003_809523ec6351e18d.2-10-81"],
    "b20q025": ["003_809523ec6351e18d.2-13-101"],
    "b20q026": ["003_809523ec6351e18d.2-17-146"],
    "b20q027": ["003_809523ec6351e18d.2-7-55"],
    "b20q028": ["003_809523ec6351e18d.2-8-58"],
    "b20q029": ["004_1b936b99896f02a7-3.4-2"],
    "b20q030": ["004_1b936b99896f02a7-3.11-1"],
    "b20q031": ["004_1b936b99896f02a7-3.6-2"],
    "b20q032": ["004_1b936b99896f02a7-2.11-1"],
    "b20q033": ["004_1b936b99896f02a7-4.6-4"],
    "b20q034": ["004_1b936b99896f02a7-2.1-1"],
    "b20q035": ["govcn-state-council-2019-38.1"],
    "b20q036": ["govcn-state-council-2019-38.2"],
    "b20q037": ["govcn-state-council-2019-33.4"],
    "b20q038": ["govcn-state-council-2019-33.4"],
    "b20q039": ["000_eba30fd5bde1cfa9.3-15-6"],
    "b20q040": ["govcn-state-council-2019-07.2-3"],
    "b20q041": ["govcn-state-council-2019-04.4-14-3"],
    "b20q042": ["004_1b936b99896f02a7-2.9-2"],
    "b20q043": ["003_809523ec6351e18d.2-7-51"],
    "b20q044": ["003_809523ec6351e18d.2-14-106"],
    "b20q045": ["004_1b936b99896f02a7-2.6-5"],
    "b20q046": ["000_eba30fd5bde1cfa9.3-18-3"],
    "b20q047": ["govcn-state-council-2019-39.3-7"],
    "b20q048": ["004_1b936b99896f02a7-3.9-1"],
    "b20q049": ["003_809523ec6351e18d.2-11-93"],
    "b20q050": ["004_1b936b99896f02a7-4.3-3"],
    "b20q051": ["002_d78822511846185f.3-3-16"],
    "b20q052": ["003_809523ec6351e18d.2-12-97"],
    "b20q053": ["000_eba30fd5bde1cfa9.3-3-3"],
    "b20q054": [],
    "b20q055": [],
    "b20q056": [],
    "b20q057": [],
    "b20q058": [],
    "b20q059": [],
    "b20q060": ["govcn-state-council-2019-37.7"],
    "b20q061": ["govcn-state-council-2019-37.25"],
    "b20q062": ["govcn-state-council-2019-39.1-2"],
    "b20q063": ["govcn-state-council-2019-15.2-6"],
    "b20q064": ["003_809523ec6351e18d.2-7-53"],
    "b20q065": ["003_809523ec6351e18d.2-16-128"],
    "b20q066": ["004_1b936b99896f02a7-4.5-1"],
    "b20q067": ["003_809523ec6351e18d.2-11-88"],
    "b20q068": ["002_d78822511846185f.3-8-32"],
    "b20q069": ["002_d78822511846185f.3-13-54"],
    "b20q070": ["004_1b936b99896f02a7-3.5-3"],
}

check("blind20-2026-12-04.jsonl", "b20q", GOLD)
