#!/usr/bin/env python3
"""Validate tests/eval/blind14-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_blind14.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
OWN HELD-OUT set (see BLIND14-2026-12-04.md): do not tune against it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b14q002": ["000_eba30fd5bde1cfa9.3-15-3"],
    "b14q003": ["govcn-state-council-2019-38.1"],
    "b14q004": ["000_eba30fd5bde1cfa9.3-17-5"],
    "b14q005": ["000_eba30fd5bde1cfa9.3-18-14"],
    "b14q006": ["govcn-state-council-2019-38.6"],
    "b14q007": ["govcn-state-council-2019-58.4-26"],
    "b14q008": [
        "003_809523ec6351e18d.2-8-58",
        "003_809523ec6351e18d.2-8-60",
        "003_809523ec6351e18d.2-8-62",
    ],
    "b14q009": ["003_809523ec6351e18d.2-14-112"],
    "b14q010": ["001_99b6bc175654c27b.3"],
    "b14q012": ["003_809523ec6351e18d.2-15-120"],
    "b14q013": ["003_809523ec6351e18d.2-6-44"],
    "b14q014": ["004_1b936b99896f02a7.3-4"],
    "b14q015": ["govcn-state-council-2019-02.3-8"],
    "b14q016": ["govcn-state-council-2019-18.7-24"],
    "b14q017": ["003_809523ec6351e18d.2-11-88"],
    "b14q018": ["govcn-state-council-2019-07.2-4"],
    "b14q019": [
        "govcn-state-council-2019-18.1-1",
        "govcn-state-council-2019-18.2-6",
    ],
    "b14q020": ["govcn-state-council-2019-05.4-2-6"],
    "b14q021": ["govcn-state-council-2019-39.1-1"],
    "b14q022": ["001_99b6bc175654c27b.12-5"],
    "b14q023": ["000_eba30fd5bde1cfa9.3-15-1"],
    "b14q024": ["004_1b936b99896f02a7-5.1-2"],
    "b14q025": ["govcn-state-council-2019-58.4-25"],
    "b14q026": ["govcn-state-council-2019-58.2-10"],
    "b14q028": ["003_809523ec6351e18d.2-5-37"],
    "b14q029": ["004_1b936b99896f02a7-5.10"],
    "b14q030": ["govcn-state-council-2019-58.3-20"],
    "b14q031": ["000_eba30fd5bde1cfa9.3-6-2"],
    "b14q032": ["001_99b6bc175654c27b.2-5"],
    "b14q033": ["004_1b936b99896f02a7-6.5-2"],
    "b14q034": [
        "govcn-state-council-2019-10.1",
        "govcn-state-council-2019-10.1-1",
    ],
    "b14q035": ["004_1b936b99896f02a7-3.7-2"],
    "b14q037": ["004_1b936b99896f02a7-3.12-1"],
    "b14q038": ["000_eba30fd5bde1cfa9.3-17-6"],
    "b14q039": [
        "003_809523ec6351e18d.2-14-105",
        "003_809523ec6351e18d.2-14-106",
        "003_809523ec6351e18d.2-14-107",
    ],
    "b14q040": ["002_d78822511846185f.3-8-32"],
    "b14q042": ["000_eba30fd5bde1cfa9.3-10-3"],
    "b14q043": ["003_809523ec6351e18d.2-15-116"],
    "b14q044": ["004_1b936b99896f02a7-4.3-1"],
    "b14q045": [
        "002_d78822511846185f.3-17-74",
        "002_d78822511846185f.3-17-75",
        "002_d78822511846185f.3-17-76",
    ],
    "b14q046": ["000_eba30fd5bde1cfa9.3-2-10"],
    "b14q047": ["000_eba30fd5bde1cfa9.3-11-2"],
    "b14q048": ["002_d78822511846185f.3-15-59"],
    "b14q049": ["govcn-state-council-2019-33.31"],
    "b14q050": ["001_99b6bc175654c27b.11-1"],
    "b14q051": ["002_d78822511846185f.3-13-54"],
    "b14q052": ["govcn-state-council-2019-39.3-8"],
    "b14q053": ["004_1b936b99896f02a7-2.9-1"],
    "b14q054": ["001_99b6bc175654c27b.2-1"],
    "b14q055": ["003_809523ec6351e18d.2-4-29"],
    "b14q056": ["govcn-state-council-2019-05.4-4-16"],
    "b14q057": ["004_1b936b99896f02a7-3.3-1"],
    "b14q058": ["govcn-state-council-2019-04.4-2"],
    "b14q059": ["002_d78822511846185f.3-16-71"],
    "b14q060": ["004_1b936b99896f02a7-2.8-6"],
    "b14q061": ["004_1b936b99896f02a7-2.6-3"],
    "b14q062": ["govcn-state-council-2019-38.7"],
    "b14q063": ["002_d78822511846185f.3-7-29"],
    "b14q064": [
        "004_1b936b99896f02a7-6.4-1",
        "004_1b936b99896f02a7-6.4-2",
        "004_1b936b99896f02a7-6.4-3",
    ],
    "b14q065": [
        "002_d78822511846185f.3-8-33",
        "002_d78822511846185f.3-8-34",
    ],
    "b14q066": ["govcn-state-council-2019-41.6-4-1"],
    "b14q067": ["003_809523ec6351e18d.2-2-14"],
    "b14q068": [
        "004_1b936b99896f02a7.3-3",
        "004_1b936b99896f02a7.3-5",
        "004_1b936b99896f02a7.3-6",
        "004_1b936b99896f02a7.3-7",
    ],
    "b14q069": ["004_1b936b99896f02a7-2.8-5"],
    "b14q070": [
        "govcn-state-council-2019-15.4-10",
        "govcn-state-council-2019-15.7-17",
    ],
    "b14q071": ["003_809523ec6351e18d.2-16-128"],
    "b14q072": ["000_eba30fd5bde1cfa9.3-10-1"],
    "b14q073": ["000_eba30fd5bde1cfa9.3-4-2"],
    "b14q074": ["govcn-state-council-2019-07.2-3"],
    "b14q075": ["004_1b936b99896f02a7-5.2-5"],
    "b14q076": ["003_809523ec6351e18d.2-7-52"],
    "b14q077": ["003_809523ec6351e18d.2-19-164"],
    "b14q078": ["002_d78822511846185f.3-2-9"],
    "b14q079": [
        "govcn-state-council-2019-36.2",
        "govcn-state-council-2019-36.4-1",
    ],
    "b14q080": ["003_809523ec6351e18d.2-17-137"],
}

check("blind14-2026-12-04.jsonl", "b14q", GOLD)
