#!/usr/bin/env python3
"""Validate tests/eval/blind19-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_blind19.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
OWN HELD-OUT set (see BLIND19-2026-12-04.md): do not tune against it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b19q001": ["004_1b936b99896f02a7-4.4-2"],
    "b19q002": ["govcn-state-council-2019-35.2-7"],
    "b19q003": ["002_d78822511846185f.3-13-53"],
    "b19q004": [
        "001_99b6bc175654c27b.4-2",
        "001_99b6bc175654c27b.4-3",
        "001_99b6bc175654c27b.4-4",
    ],
    "b19q005": ["004_1b936b99896f02a7-3.7-2"],
    "b19q007": ["001_99b6bc175654c27b.7-4"],
    "b19q008": ["govcn-state-council-2019-33.26"],
    "b19q009": ["govcn-state-council-2019-41.4-2-1"],
    "b19q010": ["003_809523ec6351e18d.2-7-54"],
    "b19q013": ["001_99b6bc175654c27b.12-4"],
    "b19q014": ["002_d78822511846185f.3-8-32"],
    "b19q015": ["govcn-state-council-2019-12.3-4"],
    "b19q016": ["govcn-state-council-2019-57.2-28"],
    "b19q017": ["003_809523ec6351e18d.2-1-3"],
    "b19q018": ["003_809523ec6351e18d.2-9-70"],
    "b19q019": ["govcn-state-council-2019-13.2-6"],
    "b19q020": ["004_1b936b99896f02a7-3.13-1"],
    "b19q021": ["002_d78822511846185f.3-4-17"],
    "b19q022": ["000_eba30fd5bde1cfa9.3-15-8"],
    "b19q023": [
        "govcn-state-council-2019-39.3-6",
        "govcn-state-council-2019-39.3-7",
        "govcn-state-council-2019-39.3-8",
    ],
    "b19q024": ["003_809523ec6351e18d.2-10-76"],
    "b19q025": ["govcn-state-council-2019-58.2-9"],
    "b19q026": ["000_eba30fd5bde1cfa9.3-18-5"],
    "b19q027": ["002_d78822511846185f.3-15-63"],
    "b19q028": [
        "003_809523ec6351e18d.2-18-153",
        "003_809523ec6351e18d.2-18-156",
        "003_809523ec6351e18d.2-18-158",
    ],
    "b19q029": ["003_809523ec6351e18d.2-17-150"],
    "b19q030": ["govcn-state-council-2019-06.3-1"],
    "b19q031": ["004_1b936b99896f02a7-4.1-1"],
    "b19q032": [
        "002_d78822511846185f.3-5-20",
        "002_d78822511846185f.3-5-22",
        "002_d78822511846185f.3-5-23",
    ],
    "b19q033": ["001_99b6bc175654c27b.2-2"],
    "b19q034": [
        "004_1b936b99896f02a7-3.4-1",
        "004_1b936b99896f02a7-3.4-2",
        "004_1b936b99896f02a7-3.4-3",
    ],
    "b19q035": ["002_d78822511846185f.3-16-70"],
    "b19q036": ["001_99b6bc175654c27b.4-1"],
    "b19q037": ["003_809523ec6351e18d.2-11-86"],
    "b19q038": ["govcn-state-council-2019-52.1-1"],
    "b19q039": ["000_eba30fd5bde1cfa9.3-12-4"],
    "b19q040": ["004_1b936b99896f02a7-3.11-2"],
    "b19q041": ["govcn-state-council-2019-58.4-25"],
    "b19q042": ["002_d78822511846185f.3-16-71"],
    "b19q043": ["004_1b936b99896f02a7-3.10-1"],
    "b19q044": ["002_d78822511846185f.3-13-49"],
    "b19q045": ["govcn-state-council-2019-15.5-13"],
    "b19q046": ["003_809523ec6351e18d.2-15-119"],
    "b19q047": [
        "003_809523ec6351e18d.2-9-64",
        "003_809523ec6351e18d.2-9-66",
        "003_809523ec6351e18d.2-9-67",
    ],
    "b19q048": [
        "govcn-state-council-2019-32.4-13",
        "govcn-state-council-2019-32.5-16",
        "govcn-state-council-2019-32.6-21",
    ],
    "b19q049": ["001_99b6bc175654c27b.9-1"],
    "b19q050": ["001_99b6bc175654c27b.11-3"],
    "b19q051": ["govcn-state-council-2019-10.1"],
    "b19q052": ["000_eba30fd5bde1cfa9.3-18-8"],
    "b19q054": ["004_1b936b99896f02a7-3.13-2"],
    "b19q055": ["govcn-state-council-2019-58.2-12"],
    "b19q056": ["004_1b936b99896f02a7-4.6-5"],
    "b19q057": [
        "govcn-state-council-2019-05.4-4-14",
        "govcn-state-council-2019-05.4-4-15",
        "govcn-state-council-2019-05.4-5-17",
    ],
    "b19q058": ["000_eba30fd5bde1cfa9.3-13-4"],
    "b19q059": ["003_809523ec6351e18d.2-17-148"],
    "b19q060": ["govcn-state-council-2019-57.2-19"],
    "b19q061": ["govcn-state-council-2019-17.4-1"],
    "b19q062": ["004_1b936b99896f02a7-3.2-1"],
    "b19q063": ["govcn-state-council-2019-34.3-10"],
    "b19q064": ["003_809523ec6351e18d.2-11-91"],
    "b19q065": ["govcn-state-council-2019-18.7-27"],
    "b19q066": ["004_1b936b99896f02a7-4.3-3"],
    "b19q068": ["004_1b936b99896f02a7-4.4-1"],
    "b19q069": ["govcn-state-council-2019-50.3-2-10-1"],
    "b19q070": ["003_809523ec6351e18d.2-16-124"],
    "b19q071": ["003_809523ec6351e18d.2-12-98"],
    "b19q072": ["000_eba30fd5bde1cfa9.3-8-2"],
    "b19q073": ["002_d78822511846185f.3-17-73"],
    "b19q074": ["govcn-state-council-2019-05.4-3-13"],
    "b19q075": ["004_1b936b99896f02a7-3.1-1"],
    "b19q076": ["003_809523ec6351e18d.2-18-159"],
    "b19q077": [
        "000_eba30fd5bde1cfa9.3-7-1",
        "000_eba30fd5bde1cfa9.3-7-3",
        "000_eba30fd5bde1cfa9.3-7-4",
    ],
    "b19q078": ["govcn-state-council-2019-33.22"],
    "b19q079": ["govcn-state-council-2019-18.7-23"],
    "b19q080": ["govcn-state-council-2019-57.3-41"],
}

check("blind19-2026-12-04.jsonl", "b19q", GOLD)
