#!/usr/bin/env python3
"""Validate tests/eval/blind18-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_blind18.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
OWN HELD-OUT set (see BLIND18-2026-12-04.md): do not tune against it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b18q001": ["001_99b6bc175654c27b.10"],
    "b18q003": ["004_1b936b99896f02a7.2-3-9"],
    "b18q004": ["govcn-state-council-2019-60.4-3"],
    "b18q005": [
        "003_809523ec6351e18d.2-15-116",
        "003_809523ec6351e18d.2-15-120",
        "003_809523ec6351e18d.2-15-122",
    ],
    "b18q006": ["001_99b6bc175654c27b.7-5"],
    "b18q007": ["004_1b936b99896f02a7-2.12-1"],
    "b18q008": ["003_809523ec6351e18d.2-17-136"],
    "b18q009": ["govcn-state-council-2019-48.5"],
    "b18q010": ["003_809523ec6351e18d.2-18-154"],
    "b18q011": ["004_1b936b99896f02a7-2.3-1"],
    "b18q012": ["001_99b6bc175654c27b.4-5"],
    "b18q013": ["govcn-state-council-2019-04.3-3"],
    "b18q014": ["003_809523ec6351e18d.2-14-113"],
    "b18q015": ["govcn-state-council-2019-39.5-12"],
    "b18q016": ["003_809523ec6351e18d.2-13-102"],
    "b18q017": ["000_eba30fd5bde1cfa9.3-9-2"],
    "b18q018": ["govcn-state-council-2019-03.2-7"],
    "b18q019": [
        "govcn-state-council-2019-05.4-5-17",
        "govcn-state-council-2019-05.4-5-18",
    ],
    "b18q020": ["002_d78822511846185f.3-4-18"],
    "b18q021": ["govcn-state-council-2019-08.3-4"],
    "b18q022": ["001_99b6bc175654c27b.12-6"],
    "b18q024": ["002_d78822511846185f.3-3-15"],
    "b18q026": ["govcn-state-council-2019-08.3-2"],
    "b18q027": ["004_1b936b99896f02a7-2.10-3"],
    "b18q029": ["000_eba30fd5bde1cfa9.3-17-7"],
    "b18q030": ["003_809523ec6351e18d.2-16-125"],
    "b18q031": ["003_809523ec6351e18d.2-11-91"],
    "b18q032": ["govcn-state-council-2019-05.4-1-4"],
    "b18q033": ["003_809523ec6351e18d.2-16-126"],
    "b18q034": ["govcn-state-council-2019-20.2"],
    "b18q035": ["govcn-state-council-2019-05.4-5-19"],
    "b18q036": ["003_809523ec6351e18d.2-19-162"],
    "b18q037": ["003_809523ec6351e18d.2-12-99"],
    "b18q038": ["003_809523ec6351e18d.2-18-156"],
    "b18q039": [
        "govcn-state-council-2019-17.4-2",
        "govcn-state-council-2019-17.4-3",
        "govcn-state-council-2019-17.4-4",
    ],
    "b18q040": ["000_eba30fd5bde1cfa9.3-12-3"],
    "b18q041": [
        "000_eba30fd5bde1cfa9.3-16-1",
        "000_eba30fd5bde1cfa9.3-16-4",
    ],
    "b18q042": ["000_eba30fd5bde1cfa9.3-2-5"],
    "b18q043": ["003_809523ec6351e18d.2-18-157"],
    "b18q044": ["govcn-state-council-2019-33.32"],
    "b18q045": ["003_809523ec6351e18d.2-15-115"],
    "b18q046": [
        "001_99b6bc175654c27b.7-1",
        "001_99b6bc175654c27b.7-2",
        "001_99b6bc175654c27b.7-3",
    ],
    "b18q047": ["002_d78822511846185f.3-9-37"],
    "b18q048": ["003_809523ec6351e18d.2-7-55"],
    "b18q049": ["govcn-state-council-2019-57.3-44"],
    "b18q050": ["govcn-state-council-2019-32.8-27"],
    "b18q051": [
        "003_809523ec6351e18d.2-12-96",
        "003_809523ec6351e18d.2-12-97",
    ],
    "b18q052": ["000_eba30fd5bde1cfa9.3-18-14"],
    "b18q053": ["002_d78822511846185f.3-10-39"],
    "b18q054": [
        "govcn-state-council-2019-02.7-22",
        "govcn-state-council-2019-02.7-23",
        "govcn-state-council-2019-02.7-24",
    ],
    "b18q055": ["govcn-state-council-2019-57.1-6"],
    "b18q057": ["002_d78822511846185f.3-12-47"],
    "b18q058": ["001_99b6bc175654c27b.11-2"],
    "b18q059": ["004_1b936b99896f02a7-3.6-2"],
    "b18q060": [
        "002_d78822511846185f.3-11-43",
        "002_d78822511846185f.3-11-44",
    ],
    "b18q061": ["003_809523ec6351e18d.2-13-100"],
    "b18q062": ["002_d78822511846185f.3-11-41"],
    "b18q063": [
        "004_1b936b99896f02a7-2.13-1",
        "004_1b936b99896f02a7-2.13-3",
        "004_1b936b99896f02a7-2.13-4",
    ],
    "b18q064": ["004_1b936b99896f02a7-3.11-1"],
    "b18q065": ["govcn-state-council-2019-05.4-1-1"],
    "b18q066": ["govcn-state-council-2019-03.4-13"],
    "b18q067": ["govcn-state-council-2019-28.p5"],
    "b18q068": ["002_d78822511846185f.3-13-48"],
    "b18q069": ["001_99b6bc175654c27b.2-1"],
    "b18q070": ["govcn-state-council-2019-11.p4"],
    "b18q071": ["000_eba30fd5bde1cfa9.3-5-2"],
    "b18q072": ["003_809523ec6351e18d.2-12-95"],
    "b18q073": ["004_1b936b99896f02a7-2.9-2"],
    "b18q074": ["govcn-state-council-2019-39.1-2"],
    "b18q075": ["govcn-state-council-2019-57.2-33"],
    "b18q076": ["govcn-state-council-2019-02.3-10"],
    "b18q077": ["002_d78822511846185f.3-6-25"],
    "b18q078": ["002_d78822511846185f.3-15-61"],
    "b18q079": ["govcn-state-council-2019-36.1-2"],
    "b18q080": ["govcn-state-council-2019-39.4-11"],
}

check("blind18-2026-12-04.jsonl", "b18q", GOLD)
