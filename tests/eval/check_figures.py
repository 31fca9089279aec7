#!/usr/bin/env python3
"""Validate tests/eval/figures-2026-12-04.jsonl (figure questions, DEVELOPMENT set) against the
measure export.

Usage: python3 tests/eval/check_figures.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
Every question wants a figure from a sentence that holds two or more; the comment after each
entry gives the style it was written in: multi (several figures of one type for different
cases), type (figures of different types, one asked), cond (the case stated by a number or
condition), coll (typed the way an enterprise clerk types).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "f001": ["govcn-state-council-2019-13.2-6"],  # multi
    "f002": ["govcn-state-council-2019-32.3-8"],  # multi
    "f003": ["govcn-state-council-2019-32.4-11"],  # multi
    "f004": ["govcn-state-council-2019-32.6-17"],  # multi
    "f005": ["govcn-state-council-2019-32.2-6"],  # multi
    "f006": ["govcn-state-council-2019-35.2-5"],  # multi
    "f007": ["govcn-state-council-2019-39.2-3"],  # multi
    "f008": ["govcn-state-council-2019-39.3-8"],  # multi
    "f009": ["govcn-state-council-2019-50.3-2-10-1"],  # multi
    "f010": ["000_eba30fd5bde1cfa9.3-1-4"],  # multi
    "f011": ["000_eba30fd5bde1cfa9.3-2-2"],  # multi
    "f012": ["000_eba30fd5bde1cfa9.3-6-3"],  # multi
    "f013": ["000_eba30fd5bde1cfa9.3-8-1"],  # multi
    "f014": ["000_eba30fd5bde1cfa9.3-13-5"],  # multi
    "f015": ["001_99b6bc175654c27b.10"],  # multi
    "f016": ["001_99b6bc175654c27b.4-4"],  # multi
    "f017": ["002_d78822511846185f.3-4-17"],  # multi
    "f018": ["002_d78822511846185f.3-4-17"],  # multi
    "f019": ["003_809523ec6351e18d.2-18-159"],  # multi
    "f020": ["003_809523ec6351e18d.2-10-76"],  # multi
    "f021": ["004_1b936b99896f02a7-3.1-3"],  # multi
    "f022": ["004_1b936b99896f02a7-3.8-2", "004_1b936b99896f02a7-5.11-3"],  # multi
    "f023": ["004_1b936b99896f02a7-5.1-2"],  # multi
    "f024": ["004_1b936b99896f02a7-2.7-3"],  # multi
    "f025": ["004_1b936b99896f02a7-3.7-1"],  # multi
    "f026": ["govcn-state-council-2019-02.2-6"],  # type
    "f027": ["govcn-state-council-2019-32.3-8"],  # type
    "f028": ["govcn-state-council-2019-32.5-14"],  # type
    "f029": ["govcn-state-council-2019-39.1-1"],  # type
    "f030": ["000_eba30fd5bde1cfa9.3-7-2"],  # type
    "f031": ["000_eba30fd5bde1cfa9.3-9-2"],  # type
    "f032": ["000_eba30fd5bde1cfa9.3-9-3"],  # type
    "f033": ["000_eba30fd5bde1cfa9.3-13-3"],  # type
    "f034": ["001_99b6bc175654c27b.2-5"],  # type
    "f035": ["002_d78822511846185f.3-3-13"],  # type
    "f036": ["002_d78822511846185f.3-5-20"],  # type
    "f037": ["002_d78822511846185f.3-18-80"],  # type
    "f038": ["002_d78822511846185f.3-3-12"],  # type
    "f039": ["003_809523ec6351e18d.2-12-98"],  # type
    "f040": ["003_809523ec6351e18d.2-18-153"],  # type
    "f041": ["govcn-state-council-2019-02.3-8"],  # cond
    "f042": ["govcn-state-council-2019-02.3-9"],  # cond
    "f043": ["govcn-state-council-2019-32.6-17"],  # cond
    "f044": ["govcn-state-council-2019-39.2-3"],  # cond
    "f045": ["000_eba30fd5bde1cfa9.3-10-2"],  # cond
    "f046": ["002_d78822511846185f.3-2-5"],  # cond
    "f047": ["002_d78822511846185f.3-3-13"],  # cond
    "f048": ["003_809523ec6351e18d.2-18-158"],  # cond
    "f049": ["004_1b936b99896f02a7-5.1-1"],  # cond
    "f050": ["004_1b936b99896f02a7-5.5"],  # cond
    "f051": ["govcn-state-council-2019-32.7-22"],  # coll
    "f052": ["govcn-state-council-2019-32.4-11"],  # coll
    "f053": ["govcn-state-council-2019-58.4-26"],  # coll
    "f054": ["000_eba30fd5bde1cfa9.3-17-5"],  # coll
    "f055": ["000_eba30fd5bde1cfa9.3-3-1"],  # coll
    "f056": ["001_99b6bc175654c27b.6"],  # coll
    "f057": ["002_d78822511846185f.3-1-2"],  # coll
    "f058": ["003_809523ec6351e18d.2-1-1"],  # coll
    "f059": ["004_1b936b99896f02a7-4.1-1"],  # coll
    "f060": ["004_1b936b99896f02a7-2.8-5"],  # coll
}

check("figures-2026-12-04.jsonl", "f", GOLD)
