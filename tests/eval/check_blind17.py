#!/usr/bin/env python3
"""Validate tests/eval/blind17-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_blind17.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
OWN HELD-OUT set (see BLIND17-2026-12-04.md): do not tune against it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b17q001": [
        "003_809523ec6351e18d.2-5-36",
        "003_809523ec6351e18d.2-5-37",
    ],
    "b17q002": ["govcn-state-council-2019-41.4-2-3-1"],
    "b17q003": ["004_1b936b99896f02a7-3.4-2"],
    "b17q004": ["govcn-state-council-2019-13.4-14"],
    "b17q005": ["000_eba30fd5bde1cfa9.3-15-1"],
    "b17q006": ["000_eba30fd5bde1cfa9.3-2-6"],
    "b17q007": ["002_d78822511846185f.3-13-53"],
    "b17q008": ["003_809523ec6351e18d.2-7-48"],
    "b17q009": ["govcn-state-council-2019-37.30"],
    "b17q010": ["002_d78822511846185f.3-16-72"],
    "b17q011": ["002_d78822511846185f.3-18-77"],
    "b17q012": ["004_1b936b99896f02a7-2.6-3"],
    "b17q013": [
        "004_1b936b99896f02a7-3.4-3",
        "004_1b936b99896f02a7-3.4-4",
    ],
    "b17q014": ["004_1b936b99896f02a7-3.2-2"],
    "b17q015": ["003_809523ec6351e18d.2-1-8"],
    "b17q016": ["004_1b936b99896f02a7-4.4-2"],
    "b17q017": ["002_d78822511846185f.3-1-3"],
    "b17q018": ["govcn-state-council-2019-33.16"],
    "b17q020": ["000_eba30fd5bde1cfa9.3-17-2"],
    "b17q021": [
        "govcn-state-council-2019-18.5-15",
        "govcn-state-council-2019-18.6-19",
    ],
    "b17q022": ["govcn-state-council-2019-18.7-24"],
    "b17q023": ["govcn-state-council-2019-35.2-7"],
    "b17q024": ["govcn-state-council-2019-32.4-12"],
    "b17q025": ["003_809523ec6351e18d.2-2-12"],
    "b17q026": ["govcn-state-council-2019-08.4-3"],
    "b17q027": [
        "004_1b936b99896f02a7-4.2-1",
        "004_1b936b99896f02a7-4.2-3",
        "004_1b936b99896f02a7-4.2-4",
    ],
    "b17q028": ["004_1b936b99896f02a7-3.11-2"],
    "b17q029": ["003_809523ec6351e18d.2-6-47"],
    "b17q030": ["govcn-state-council-2019-52.1-1"],
    "b17q031": ["004_1b936b99896f02a7-2.5-1"],
    "b17q032": ["govcn-state-council-2019-33.14"],
    "b17q033": ["001_99b6bc175654c27b.11-3"],
    "b17q034": ["002_d78822511846185f.3-7-27"],
    "b17q036": ["004_1b936b99896f02a7-3.8-1"],
    "b17q037": ["003_809523ec6351e18d.2-6-41"],
    "b17q038": ["govcn-state-council-2019-38.7"],
    "b17q039": ["govcn-state-council-2019-39.3-7"],
    "b17q040": ["govcn-state-council-2019-25.2"],
    "b17q041": ["004_1b936b99896f02a7-3.7-1"],
    "b17q042": ["000_eba30fd5bde1cfa9.3-7-4"],
    "b17q043": ["govcn-state-council-2019-33.2"],
    "b17q045": ["004_1b936b99896f02a7-3.8-2"],
    "b17q046": ["000_eba30fd5bde1cfa9.3-18-4"],
    "b17q047": ["003_809523ec6351e18d.2-2-10"],
    "b17q048": [
        "004_1b936b99896f02a7.3-3",
        "004_1b936b99896f02a7.3-5",
        "004_1b936b99896f02a7.3-6",
    ],
    "b17q049": ["003_809523ec6351e18d.2-6-42"],
    "b17q050": ["002_d78822511846185f.3-15-62"],
    "b17q051": ["govcn-state-council-2019-04.4-14-1"],
    "b17q052": ["govcn-state-council-2019-04.4-14-2"],
    "b17q053": ["003_809523ec6351e18d.2-5-38"],
    "b17q054": ["govcn-state-council-2019-58.3-22"],
    "b17q056": [
        "004_1b936b99896f02a7-2.7-1",
        "004_1b936b99896f02a7-2.7-4",
        "004_1b936b99896f02a7-2.7-5",
    ],
    "b17q057": ["004_1b936b99896f02a7-3.5-1"],
    "b17q058": ["002_d78822511846185f.3-2-6"],
    "b17q059": [
        "govcn-state-council-2019-34.4-14",
        "govcn-state-council-2019-34.4-15",
    ],
    "b17q060": ["000_eba30fd5bde1cfa9.3-10-3"],
    "b17q061": ["001_99b6bc175654c27b.11-4"],
    "b17q062": ["001_99b6bc175654c27b.4-2"],
    "b17q064": ["govcn-state-council-2019-41.4-4"],
    "b17q065": ["govcn-state-council-2019-18.4-20"],
    "b17q066": [
        "000_eba30fd5bde1cfa9.3-15-6",
        "000_eba30fd5bde1cfa9.3-15-7",
    ],
    "b17q067": ["govcn-state-council-2019-05.4-1-2"],
    "b17q068": [
        "002_d78822511846185f.3-17-74",
        "002_d78822511846185f.3-17-75",
        "002_d78822511846185f.3-17-76",
    ],
    "b17q069": ["govcn-state-council-2019-57.2-30"],
    "b17q070": ["002_d78822511846185f.3-6-26"],
    "b17q071": ["004_1b936b99896f02a7-3.13-2"],
    "b17q072": ["000_eba30fd5bde1cfa9.3-18-3"],
    "b17q073": ["003_809523ec6351e18d.2-15-119"],
    "b17q074": ["000_eba30fd5bde1cfa9.3-18-8"],
    "b17q075": ["004_1b936b99896f02a7-5.1-3"],
    "b17q076": ["002_d78822511846185f.3-1-4"],
    "b17q077": ["004_1b936b99896f02a7-2.13-2"],
    "b17q078": ["004_1b936b99896f02a7-3.1-3"],
    "b17q079": ["000_eba30fd5bde1cfa9.3-18-10"],
    "b17q080": ["govcn-state-council-2019-05.4-2-7"],
}

check("blind17-2026-12-04.jsonl", "b17q", GOLD)
