#!/usr/bin/env python3
"""Validate tests/eval/refuse2-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_refuse2.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

The checks are those of blind_checks.py; this file holds the gold measures of each question.
DEVELOPMENT set (see REFUSE2-2026-12-04.md): honest refusals, second set — noise (expect_refusal),
questions about places the corpus does not cover (uncovered_region; GOLD lists the measures that
may be offered as precedents), and 30 controls that must be answered (region set; GOLD lists the
answering measures of that region). Written against export md5 77eb03b07b265a7c2553f9d688c501a4.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check  # noqa: E402

GOLD = {
    "r2-003": ["004_1b936b99896f02a7-2.1-4"],
    "r2-005": [
        "000_eba30fd5bde1cfa9.3-1-1",
        "003_809523ec6351e18d.2-1-1",
    ],
    "r2-006": ["004_1b936b99896f02a7-3.7-1"],
    "r2-007": ["000_eba30fd5bde1cfa9.3-4-2"],
    "r2-008": ["002_d78822511846185f.3-3-14"],
    "r2-009": ["002_d78822511846185f.3-4-19"],
    "r2-010": ["003_809523ec6351e18d.2-1-1"],
    "r2-011": ["002_d78822511846185f.3-3-12"],
    "r2-012": [
        "000_eba30fd5bde1cfa9.3-11-1",
        "002_d78822511846185f.3-9-36",
    ],
    "r2-013": ["004_1b936b99896f02a7-3.10-1"],
    "r2-014": ["004_1b936b99896f02a7-2.8-3"],
    "r2-016": ["004_1b936b99896f02a7-3.11-3"],
    "r2-017": [
        "000_eba30fd5bde1cfa9.3-6-1",
        "001_99b6bc175654c27b.6",
    ],
    "r2-018": ["000_eba30fd5bde1cfa9.3-18-2"],
    "r2-019": ["003_809523ec6351e18d.2-12-98"],
    "r2-022": ["000_eba30fd5bde1cfa9.3-18-5"],
    "r2-025": [
        "000_eba30fd5bde1cfa9.3-12-1",
        "003_809523ec6351e18d.2-11-90",
    ],
    "r2-026": ["004_1b936b99896f02a7-3.12-3"],
    "r2-027": [
        "003_809523ec6351e18d.2-1-3",
        "004_1b936b99896f02a7-2.12-3",
    ],
    "r2-028": [
        "000_eba30fd5bde1cfa9.3-5-3",
        "001_99b6bc175654c27b.4-4",
    ],
    "r2-030": ["001_99b6bc175654c27b.4-4"],
    "r2-031": ["000_eba30fd5bde1cfa9.3-1-1"],
    "r2-034": ["000_eba30fd5bde1cfa9.3-15-8"],
    "r2-035": [
        "000_eba30fd5bde1cfa9.3-16-3",
        "001_99b6bc175654c27b.9-3",
    ],
    "r2-036": ["003_809523ec6351e18d.2-1-2"],
    "r2-037": ["govcn-state-council-2019-38.7"],
    "r2-041": ["002_d78822511846185f.3-16-70"],
    "r2-046": [
        "000_eba30fd5bde1cfa9.3-3-2",
        "002_d78822511846185f.3-3-13",
    ],
    "r2-047": ["000_eba30fd5bde1cfa9.3-11-2"],
    "r2-050": [
        "001_99b6bc175654c27b.2-4",
        "003_809523ec6351e18d.2-1-1",
        "004_1b936b99896f02a7-2.1-4",
    ],
    "r2-051": [
        "000_eba30fd5bde1cfa9.3-13-3",
        "002_d78822511846185f.3-11-45",
    ],
    "r2-052": [
        "000_eba30fd5bde1cfa9.3-13-2",
        "003_809523ec6351e18d.2-13-104",
    ],
    "r2-054": [
        "000_eba30fd5bde1cfa9.3-14-2",
        "002_d78822511846185f.3-11-42",
    ],
    "r2-055": ["003_809523ec6351e18d.2-18-158"],
    "r2-056": ["govcn-state-council-2019-58.2-9"],
    "r2-058": [
        "000_eba30fd5bde1cfa9.3-7-3",
        "004_1b936b99896f02a7-2.7-1",
    ],
    "r2-059": ["002_d78822511846185f.3-11-45"],
    "r2-060": ["001_99b6bc175654c27b.12-1"],
    "r2-061": ["003_809523ec6351e18d.2-18-153"],
    "r2-062": ["govcn-state-council-2019-02.3-8"],
    "r2-063": [
        "000_eba30fd5bde1cfa9.3-7-1",
        "004_1b936b99896f02a7-2.7-3",
    ],
    "r2-065": ["004_1b936b99896f02a7-5.10"],
    "r2-068": ["000_eba30fd5bde1cfa9.3-13-4"],
    "r2-071": ["000_eba30fd5bde1cfa9.3-6-3"],
    "r2-072": ["000_eba30fd5bde1cfa9.3-1-2"],
    "r2-073": [
        "000_eba30fd5bde1cfa9.3-2-8",
        "003_809523ec6351e18d.2-2-19",
    ],
    "r2-074": [
        "000_eba30fd5bde1cfa9.3-15-3",
        "002_d78822511846185f.3-13-53",
    ],
    "r2-075": ["govcn-state-council-2019-58.2-12"],
    "r2-076": ["004_1b936b99896f02a7-2.8-5"],
    "r2-077": [
        "000_eba30fd5bde1cfa9.3-8-1",
        "004_1b936b99896f02a7-2.13-2",
    ],
    "r2-079": ["004_1b936b99896f02a7-3.2-2"],
    "r2-080": ["002_d78822511846185f.3-18-79"],
    "r2-082": ["004_1b936b99896f02a7-3.4-3"],
    "r2-083": ["000_eba30fd5bde1cfa9.3-8-1"],
    "r2-085": [
        "000_eba30fd5bde1cfa9.3-1-2",
        "001_99b6bc175654c27b.2-4",
        "004_1b936b99896f02a7-2.1-4",
    ],
    "r2-086": ["004_1b936b99896f02a7-2.12-3"],
    "r2-087": ["001_99b6bc175654c27b.2-4"],
    "r2-088": ["govcn-state-council-2019-36.1-1"],
    "r2-089": ["004_1b936b99896f02a7-2.7-2"],
    "r2-090": ["govcn-state-council-2019-32.7-22"],
    "r2-091": ["001_99b6bc175654c27b.6"],
    "r2-092": ["004_1b936b99896f02a7-4.6-3"],
    "r2-097": ["000_eba30fd5bde1cfa9.3-2-2"],
    "r2-099": ["000_eba30fd5bde1cfa9.3-4-4"],
    "r2-100": ["003_809523ec6351e18d.2-2-16"],
}

check("refuse2-2026-12-04.jsonl", "r2-", GOLD)
