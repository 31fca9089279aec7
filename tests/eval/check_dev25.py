#!/usr/bin/env python3
"""Validate tests/eval/dev25-2026-12-06.jsonl against the measure export.

Usage: python3 tests/eval/check_dev25.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl; written against /tmp/s12-corpus-export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "d25q001": ["govcn-state-council-2019-18.7-24"],
    "d25q002": ["govcn-state-council-2019-38.1"],
    "d25q003": ["govcn-state-council-2019-08.4-1"],
    "d25q004": ["govcn-state-council-2019-52.2-2"],
    "d25q005": ["govcn-state-council-2019-58.3-16"],
    "d25q006": ["govcn-state-council-2019-57.1-6"],
    "d25q007": ["govcn-state-council-2019-57.3-36"],
    "d25q008": ["govcn-state-council-2019-57.3-46"],
    "d25q009": ["govcn-state-council-2019-57.4-51"],
    "d25q010": ["govcn-state-council-2019-37.1"],
    "d25q011": ["govcn-state-council-2019-32.8-25"],
    "d25q012": ["govcn-state-council-2019-18.6-17"],
    "d25q013": ["govcn-state-council-2019-18.1-3_2"],
    "d25q014": ["govcn-state-council-2019-50.3-5"],
    "d25q015": ["govcn-state-council-2019-41.5-2-1"],
    "d25q016": ["govcn-state-council-2019-08.2-3"],
    "d25q017": ["govcn-state-council-2019-39.2-4"],
    "d25q018": ["govcn-state-council-2019-13.2-5"],
    "d25q019": ["govcn-state-council-2019-02.8-26"],
    "d25q020": ["govcn-state-council-2019-09.2-1"],
    "d25q021": ["govcn-state-council-2019-27.p5"],
    "d25q022": ["govcn-state-council-2019-18.6-19"],
    "d25q023": ["000_eba30fd5bde1cfa9.3-17-7"],
    "d25q024": ["000_eba30fd5bde1cfa9.3-18-7"],
    "d25q025": ["003_809523ec6351e18d.2-17-143"],
    "d25q026": ["003_809523ec6351e18d.2-7-50"],
    "d25q027": ["003_809523ec6351e18d.2-14-110"],
    "d25q028": ["003_809523ec6351e18d.2-2-10"],
    "d25q029": ["003_809523ec6351e18d.2-17-145"],
    "d25q030": ["002_d78822511846185f.3-7-27"],
    "d25q031": ["002_d78822511846185f.3-5-23"],
    "d25q032": ["000_eba30fd5bde1cfa9.3-10-3", "002_d78822511846185f.3-8-34", "003_809523ec6351e18d.2-8-57"],
    "d25q033": ["004_1b936b99896f02a7-4.3-3"],
    "d25q034": ["004_1b936b99896f02a7-4.6-4"],
    "d25q035": ["004_1b936b99896f02a7-4.5-3"],
    "d25q036": ["004_1b936b99896f02a7-5.4"],
    "d25q037": ["004_1b936b99896f02a7-5.2-6"],
    "d25q038": ["004_1b936b99896f02a7-2.8-6"],
    "d25q039": ["004_1b936b99896f02a7-4.4-4"],
    "d25q040": ["govcn-state-council-2019-33.4"],
    "d25q041": ["govcn-state-council-2019-04.4-2"],
    "d25q042": ["govcn-state-council-2019-04.3-2"],
    "d25q043": ["govcn-state-council-2019-04.4-14-3"],
    "d25q044": ["govcn-state-council-2019-28.p5"],
    "d25q045": ["govcn-state-council-2019-25.2"],
    "d25q046": ["001_99b6bc175654c27b.8"],
    "d25q047": ["govcn-state-council-2019-18.7-23"],
    "d25q048": ["govcn-state-council-2019-38.2"],
    "d25q049": ["govcn-state-council-2019-07.2-3"],
    "d25q050": ["003_809523ec6351e18d.2-7-51"],
    "d25q051": ["004_1b936b99896f02a7-2.9-2"],
    "d25q052": ["004_1b936b99896f02a7-2.6-5"],
    "d25q053": ["govcn-state-council-2019-57.2-33"],
    "d25q054": ["govcn-state-council-2019-37.29"],
    "d25q055": ["govcn-state-council-2019-39.3-7"],
    "d25q056": ["003_809523ec6351e18d.2-2-14"],
    "d25q057": ["003_809523ec6351e18d.2-16-127"],
    "d25q058": ["004_1b936b99896f02a7-6.5-3"],
    "d25q059": ["000_eba30fd5bde1cfa9.3-13-1"],
    "d25q060": ["003_809523ec6351e18d.2-17-146"],
    "d25q061": ["003_809523ec6351e18d.2-11-88"],
    "d25q062": ["004_1b936b99896f02a7-3.6-2"],
    "d25q063": ["govcn-state-council-2019-08.4-1"],
    "d25q064": ["000_eba30fd5bde1cfa9.3-18-3"],
    "d25q065": ["004_1b936b99896f02a7-4.1-2"],
    "d25q066": ["002_d78822511846185f.3-4-18"],
    "d25q067": ["003_809523ec6351e18d.2-11-89"],
}

check("dev25-2026-12-06.jsonl", "d25q", GOLD)
