#!/usr/bin/env python3
"""Validate tests/eval/blind22-2026-12-05.jsonl against the measure export.

OWN HELD-OUT set: do not open, do not tune; run only for counts
(zhengce eval --index IDX [--ask] tests/eval/blind22-2026-12-05.jsonl).

Usage: python3 tests/eval/check_blind22.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl; written against /tmp/out-s5/export.jsonl)

The checks are those of blind_checks.py (every gold id exists and holds an answer_contains string, every
expect_value in a gold measure's text, lead units or deadlines, regions, format, no duplicates); this file
holds the gold measures of each question and adds one check: the longest run of characters shared by a
question and the title+text of any exported measure is at most 10.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blind_checks  # noqa: E402

NAME = "blind22-2026-12-05.jsonl"
MAX_RUN = 10

GOLD = {
    "b22q001": ["govcn-state-council-2019-57.1-8"],
    "b22q002": ["govcn-state-council-2019-57.1-10"],
    "b22q003": ["govcn-state-council-2019-57.3-45"],
    "b22q004": ["govcn-state-council-2019-18.3-18"],
    "b22q005": ["govcn-state-council-2019-58.3-17"],
    "b22q006": ["govcn-state-council-2019-58.3-14"],
    "b22q007": ["govcn-state-council-2019-33.24"],
    "b22q008": ["govcn-state-council-2019-08.2-3"],
    "b22q009": ["govcn-state-council-2019-32.8-28"],
    "b22q010": ["govcn-state-council-2019-06.2-1"],
    "b22q011": ["govcn-state-council-2019-15.5-13"],
    "b22q012": ["govcn-state-council-2019-33.5"],
    "b22q013": ["govcn-state-council-2019-41.6-2-2"],
    "b22q014": ["govcn-state-council-2019-41.6-4-1"],
    "b22q015": ["govcn-state-council-2019-03.6-17"],
    "b22q016": ["003_809523ec6351e18d.2-9-63", "004_1b936b99896f02a7-2.13-4"],
    "b22q017": ["000_eba30fd5bde1cfa9.3-16-1", "002_d78822511846185f.3-14-57"],
    "b22q018": ["003_809523ec6351e18d.2-13-101"],
    "b22q019": ["003_809523ec6351e18d.2-14-110"],
    "b22q020": ["004_1b936b99896f02a7-2.7-4"],
    "b22q021": ["004_1b936b99896f02a7-3.3-3"],
    "b22q022": ["004_1b936b99896f02a7-2.9-3"],
    "b22q023": ["004_1b936b99896f02a7-2.5-2"],
    "b22q024": ["001_99b6bc175654c27b.4-2"],
    "b22q025": ["003_809523ec6351e18d.2-11-85"],
    "b22q026": ["000_eba30fd5bde1cfa9.3-2-10"],
    "b22q027": ["002_d78822511846185f.3-16-66"],
    "b22q028": ["003_809523ec6351e18d.2-13-103"],
    "b22q029": ["003_809523ec6351e18d.2-10-75"],
    "b22q030": ["004_1b936b99896f02a7-5.14-1"],
    "b22q031": ["002_d78822511846185f.3-15-64"],
    "b22q032": ["000_eba30fd5bde1cfa9.3-15-9"],
    "b22q033": ["003_809523ec6351e18d.2-14-108"],
    "b22q034": ["govcn-state-council-2019-04.4-14-3"],
    "b22q035": ["govcn-state-council-2019-07.2-3"],
    "b22q036": ["govcn-state-council-2019-33.4"],
    "b22q037": ["govcn-state-council-2019-28.p5"],
    "b22q038": ["govcn-state-council-2019-25.2"],
    "b22q039": ["govcn-state-council-2019-48.5"],
    "b22q040": ["003_809523ec6351e18d.2-6-41"],
    "b22q041": ["govcn-state-council-2019-07.2-3"],
    "b22q042": ["govcn-state-council-2019-20.2"],
    "b22q043": ["govcn-state-council-2019-38.2"],
    "b22q044": ["govcn-state-council-2019-18.4-20"],
    "b22q045": ["govcn-state-council-2019-27.p5"],
    "b22q046": ["004_1b936b99896f02a7-3.5-3"],
    "b22q047": ["001_99b6bc175654c27b.12-6"],
    "b22q048": ["003_809523ec6351e18d.2-15-121"],
    "b22q049": ["govcn-state-council-2019-34.4-15"],
    "b22q050": ["govcn-state-council-2019-09.5-13"],
    "b22q051": ["govcn-state-council-2019-15.3-7"],
    "b22q052": ["003_809523ec6351e18d.2-16-128"],
    "b22q053": ["003_809523ec6351e18d.2-15-115"],
    "b22q054": ["003_809523ec6351e18d.2-17-136"],
    "b22q055": ["000_eba30fd5bde1cfa9.3-13-1"],
    "b22q056": ["003_809523ec6351e18d.2-17-132"],
    "b22q057": ["000_eba30fd5bde1cfa9.3-11-4"],
    "b22q058": ["002_d78822511846185f.3-6-25"],
    "b22q059": ["002_d78822511846185f.3-16-67"],
    "b22q060": ["002_d78822511846185f.3-13-55"],
    "b22q061": ["004_1b936b99896f02a7-3.5-3"],
    "b22q062": ["001_99b6bc175654c27b.12-6"],
    "b22q063": ["003_809523ec6351e18d.2-10-75"],
    "b22q064": ["003_809523ec6351e18d.2-13-101"],
    "b22q065": [],
    "b22q066": [],
    "b22q067": [],
    "b22q068": [],
    "b22q069": [],
    "b22q070": [],
}


def shared_run_errors():
    """Questions sharing a run of more than MAX_RUN characters with an exported measure (ids only)."""
    export = sys.argv[1] if len(sys.argv) > 1 else "/tmp/out-main/export.jsonl"
    texts = []
    ids = set()
    for line in open(export, encoding="utf-8"):
        if line.strip():
            m = json.loads(line)
            ids.add(m["id"])
            texts.append(re.sub(r"\s", "", (m.get("title") or "") + (m.get("text") or "")))
    errors = []
    for qid, gold in GOLD.items():
        for g in gold:
            if g not in ids:
                errors.append(f"{qid}: gold id {g} not in the export")
    longest = 0
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        q = json.loads(line)
        s = re.sub(r"\s", "", q["question"])
        best = 0
        for i in range(len(s)):
            j = i + best + 1
            while j <= len(s) and any(s[i:j] in t for t in texts):
                best = j - i
                j += 1
        longest = max(longest, best)
        if best > MAX_RUN:
            errors.append(f"{q['id']}: shares a run of {best} characters with a measure")
    print(f"longest run shared by a question and a measure: {longest} (limit {MAX_RUN})")
    return errors


extra = shared_run_errors()
for e in extra:
    print("ERROR", e)
if extra:
    print(f"errors (shared run / gold ids): {len(extra)}")
    sys.exit(1)
blind_checks.check(NAME, "b22q", GOLD)
