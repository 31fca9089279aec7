#!/usr/bin/env python3
"""Validate tests/eval/blind16-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_blind16.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
OWN HELD-OUT set (see BLIND16-2026-12-04.md): do not tune against it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b16q001": ["004_1b936b99896f02a7-5.1-4"],
    "b16q002": [
        "004_1b936b99896f02a7-6.5-1",
        "004_1b936b99896f02a7-6.5-3",
    ],
    "b16q003": [
        "govcn-state-council-2019-41.4-2-2-3",
        "govcn-state-council-2019-41.4-3-2",
        "govcn-state-council-2019-41.5-5",
    ],
    "b16q004": ["003_809523ec6351e18d.2-9-72"],
    "b16q005": ["001_99b6bc175654c27b.8"],
    "b16q006": ["000_eba30fd5bde1cfa9.3-4-3"],
    "b16q007": ["004_1b936b99896f02a7-2.3-3"],
    "b16q008": ["000_eba30fd5bde1cfa9.3-17-7"],
    "b16q009": ["004_1b936b99896f02a7-2.2-1"],
    "b16q010": [
        "003_809523ec6351e18d.2-14-108",
        "003_809523ec6351e18d.2-14-110",
    ],
    "b16q011": ["002_d78822511846185f.3-9-36"],
    "b16q012": ["002_d78822511846185f.3-7-31"],
    "b16q013": ["govcn-state-council-2019-03.1-3"],
    "b16q014": ["004_1b936b99896f02a7-2.4-2"],
    "b16q015": ["govcn-state-council-2019-02.4-13"],
    "b16q016": ["001_99b6bc175654c27b.5"],
    "b16q017": ["001_99b6bc175654c27b.12-1"],
    "b16q018": ["004_1b936b99896f02a7-3.1-2"],
    "b16q019": ["002_d78822511846185f.3-13-50"],
    "b16q020": ["govcn-state-council-2019-08.2-4"],
    "b16q021": ["004_1b936b99896f02a7-2.8-1"],
    "b16q022": ["govcn-state-council-2019-08.5-1"],
    "b16q023": ["004_1b936b99896f02a7-2.7-5"],
    "b16q024": ["003_809523ec6351e18d.2-15-117"],
    "b16q025": ["002_d78822511846185f.3-16-68"],
    "b16q026": ["002_d78822511846185f.3-2-10"],
    "b16q027": ["000_eba30fd5bde1cfa9.3-3-4"],
    "b16q028": ["000_eba30fd5bde1cfa9.3-18-13"],
    "b16q029": ["govcn-state-council-2019-33.26"],
    "b16q030": [
        "003_809523ec6351e18d.2-2-10",
        "003_809523ec6351e18d.2-2-11",
    ],
    "b16q031": ["govcn-state-council-2019-02.2-6"],
    "b16q032": ["govcn-state-council-2019-04.4-1"],
    "b16q033": ["004_1b936b99896f02a7-2.9-2"],
    "b16q034": ["001_99b6bc175654c27b.12-0"],
    "b16q035": ["004_1b936b99896f02a7-2.13-1"],
    "b16q038": ["003_809523ec6351e18d.2-14-106"],
    "b16q039": ["govcn-state-council-2019-41.4-2-1"],
    "b16q040": ["004_1b936b99896f02a7-4.8"],
    "b16q041": ["govcn-state-council-2019-41.4-2-2-2"],
    "b16q042": ["govcn-state-council-2019-57.3-40"],
    "b16q043": ["001_99b6bc175654c27b.12-4"],
    "b16q044": ["000_eba30fd5bde1cfa9.3-2-3"],
    "b16q045": ["govcn-state-council-2019-18.9-31"],
    "b16q046": [
        "002_d78822511846185f.3-14-56",
        "002_d78822511846185f.3-14-57",
        "002_d78822511846185f.3-14-58",
    ],
    "b16q047": ["004_1b936b99896f02a7.2-3-8"],
    "b16q048": ["govcn-state-council-2019-33.4"],
    "b16q049": [
        "govcn-state-council-2019-10.1-2",
        "govcn-state-council-2019-10.2_2",
    ],
    "b16q050": ["001_99b6bc175654c27b.9-1"],
    "b16q051": ["003_809523ec6351e18d.2-1-6"],
    "b16q052": ["004_1b936b99896f02a7-5.6-2"],
    "b16q053": ["govcn-state-council-2019-04.4-14-3"],
    "b16q054": ["004_1b936b99896f02a7-2.6-4"],
    "b16q055": ["003_809523ec6351e18d.2-11-85"],
    "b16q056": ["003_809523ec6351e18d.2-7-49"],
    "b16q057": ["003_809523ec6351e18d.2-17-143"],
    "b16q058": ["003_809523ec6351e18d.2-3-28"],
    "b16q059": ["govcn-state-council-2019-04.2-7-38"],
    "b16q060": ["004_1b936b99896f02a7-3.8-3"],
    "b16q061": ["003_809523ec6351e18d.2-13-103"],
    "b16q062": [
        "004_1b936b99896f02a7.2-2-4",
        "004_1b936b99896f02a7.2-3-7",
        "004_1b936b99896f02a7.3-1",
    ],
    "b16q063": ["govcn-state-council-2019-02.5-15"],
    "b16q064": ["003_809523ec6351e18d.2-15-121"],
    "b16q065": ["govcn-state-council-2019-58.3-16"],
    "b16q066": ["004_1b936b99896f02a7-5.13-1"],
    "b16q067": ["govcn-state-council-2019-57.2-18"],
    "b16q068": ["govcn-state-council-2019-09.5-13"],
    "b16q069": ["003_809523ec6351e18d.2-17-149"],
    "b16q070": [
        "govcn-state-council-2019-02.2-7",
        "govcn-state-council-2019-02.5-18",
    ],
    "b16q071": ["govcn-state-council-2019-01.3-4"],
    "b16q072": ["govcn-state-council-2019-07.2-4"],
    "b16q074": ["003_809523ec6351e18d.2-2-13"],
    "b16q076": [
        "004_1b936b99896f02a7-5.14-1",
        "004_1b936b99896f02a7-5.14-2",
        "004_1b936b99896f02a7-5.14-3",
    ],
    "b16q078": ["govcn-state-council-2019-07.2-2"],
    "b16q079": ["govcn-state-council-2019-18.1-2_2"],
    "b16q080": [
        "004_1b936b99896f02a7-6.1-2",
        "004_1b936b99896f02a7-6.1-4",
    ],
}

check("blind16-2026-12-04.jsonl", "b16q", GOLD)
