#!/usr/bin/env python3
"""Validate tests/eval/blind24-2026-12-05.jsonl against the measure export.

Usage: python3 tests/eval/check_blind24.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

OWN HELD-OUT set: run it, never tune on it (see BLIND24-2026-12-05.md).
The checks are those of blind_checks.py; this file holds the gold measures of each question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "b24q001": ["003_809523ec6351e18d.2-11-88"],
    "b24q002": ["govcn-state-council-2019-27.p5"],
    "b24q004": ["003_809523ec6351e18d.2-11-89"],
    "b24q005": ["govcn-state-council-2019-02.6-19"],
    "b24q006": ["001_99b6bc175654c27b.11-0"],
    "b24q007": ["govcn-state-council-2019-15.2-5"],
    "b24q008": ["govcn-state-council-2019-10.1-2", "govcn-state-council-2019-10.2_2"],
    "b24q009": ["004_1b936b99896f02a7-4.5-1"],
    "b24q010": ["004_1b936b99896f02a7-4.2-4"],
    "b24q011": ["000_eba30fd5bde1cfa9.3-5-2"],
    "b24q012": ["002_d78822511846185f.3-6-25"],
    "b24q014": ["govcn-state-council-2019-17.4-2"],
    "b24q015": ["004_1b936b99896f02a7-3.7-2"],
    "b24q016": ["govcn-state-council-2019-43.4"],
    "b24q017": ["govcn-state-council-2019-50.4-3"],
    "b24q018": ["govcn-state-council-2019-09.3-4"],
    "b24q019": ["002_d78822511846185f.3-7-27"],
    "b24q020": ["govcn-state-council-2019-37.12"],
    "b24q021": ["govcn-state-council-2019-41.5-1-2"],
    "b24q022": ["govcn-state-council-2019-23.1-2"],
    "b24q024": ["004_1b936b99896f02a7-4.4-3"],
    "b24q025": ["govcn-state-council-2019-48.4"],
    "b24q026": ["002_d78822511846185f.3-5-23"],
    "b24q027": ["004_1b936b99896f02a7-5.2-3"],
    "b24q028": ["govcn-state-council-2019-37.28"],
    "b24q029": ["003_809523ec6351e18d.2-7-51"],
    "b24q030": ["004_1b936b99896f02a7.2-3-8"],
    "b24q031": ["govcn-state-council-2019-04.4-2"],
    "b24q032": ["govcn-state-council-2019-12.4-2"],
    "b24q033": ["govcn-state-council-2019-50.3-2-3"],
    "b24q035": ["govcn-state-council-2019-20.2"],
    "b24q036": ["govcn-state-council-2019-59.p22"],
    "b24q037": ["govcn-state-council-2019-51.1"],
    "b24q038": ["003_809523ec6351e18d.2-15-120"],
    "b24q039": ["004_1b936b99896f02a7-3.5-3"],
    "b24q040": ["govcn-state-council-2019-56.1-14", "govcn-state-council-2019-56.1-84"],
    "b24q041": ["govcn-state-council-2019-47.2-10"],
    "b24q042": ["govcn-state-council-2019-13.3-8"],
    "b24q043": ["003_809523ec6351e18d.2-12-97"],
    "b24q044": ["govcn-state-council-2019-44.1"],
    "b24q045": ["004_1b936b99896f02a7-2.9-3"],
    "b24q046": ["003_809523ec6351e18d.2-7-55"],
    "b24q047": ["govcn-state-council-2019-53.1"],
    "b24q048": ["govcn-state-council-2019-25.2"],
    "b24q049": ["govcn-state-council-2019-18.4-20"],
    "b24q050": ["govcn-state-council-2019-19.3"],
    "b24q051": ["003_809523ec6351e18d.2-6-41"],
    "b24q052": ["002_d78822511846185f.3-8-32"],
    "b24q053": ["004_1b936b99896f02a7-2.8-6"],
    "b24q054": ["004_1b936b99896f02a7-3.10-3"],
    "b24q055": ["govcn-state-council-2019-47.10-47"],
    "b24q057": ["003_809523ec6351e18d.2-14-106"],
    "b24q058": ["001_99b6bc175654c27b.2-0"],
    "b24q059": ["003_809523ec6351e18d.2-8-60"],
    "b24q060": ["000_eba30fd5bde1cfa9.3-14-4"],
    "b24q061": ["govcn-state-council-2019-36.3"],
    "b24q062": ["govcn-state-council-2019-37.25"],
    "b24q063": ["004_1b936b99896f02a7-2.6-5"],
    "b24q064": ["govcn-state-council-2019-50.3-5"],
    "b24q066": ["000_eba30fd5bde1cfa9.3-2-10"],
    "b24q067": ["003_809523ec6351e18d.2-2-22"],
    "b24q068": ["004_1b936b99896f02a7-3.4-2"],
    "b24q069": ["000_eba30fd5bde1cfa9.3-13-1"],
    "b24q070": ["govcn-state-council-2019-04.3-2"],
}

if __name__ == "__main__":
    check("blind24-2026-12-05.jsonl", "b24q", GOLD)
