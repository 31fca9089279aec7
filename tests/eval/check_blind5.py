#!/usr/bin/env python3
"""Validate tests/eval/blind5-2026-12-01.jsonl against the measure export.

Usage: python3 tests/eval/check_blind5.py [EXPORT.jsonl]   (default /tmp/out-main/export.jsonl)

Checks
- format: ids e001.. in order, known fields, kind and trap values as in README.md / TRAPS.md;
  answer_contains 1-3 strings of 6-20 characters without whitespace, NFKC-stable (list and
  precedent questions: 2-5 strings; a precedent's strings found in at least 2 different measures);
  noise carries expect_refusal and no answer_contains; uncovered_region questions carry no region.
- each answer_contains string occurs (whitespace removed) in the title+text of at least one
  exported measure; when the question has a region, in a measure of that region, and in no
  measure of another region.
- each expect_value string occurs in the text of a measure that holds one of the answer_contains
  strings, or (who) in its lead_units, or (deadline) is a form of a month in its deadlines.
- the gold measures: the exported measures holding an answer_contains string (in the question's
  region when it has one) are exactly the ids listed in GOLD below for that question.
- no question string equals a question of another tests/eval/*.jsonl file (compared, not printed;
  only the own colliding id is printed).
Prints counts, the md5 of the export and `errors: N`.
"""
import collections
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "blind5-2026-12-01.jsonl")
EXPORT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/out-main/export.jsonl"

KINDS = {"time", "cost", "who", "deadline", "howto", "list", "keyword", "precedent"}
TRAPS = {"multi_figure", "figure_type", "uncovered_region", "noise", "list_attribution", "renamed_reform"}
FIELDS = {"id", "question", "kind", "trap", "answer_contains", "expect_value", "region",
          "uncovered_region", "expect_refusal"}

GOLD = {
    "e001": ["000_eba30fd5bde1cfa9.3-1-1"],
    "e002": ["000_eba30fd5bde1cfa9.3-1-4"],
    "e003": ["000_eba30fd5bde1cfa9.3-1-5"],
    "e004": ["000_eba30fd5bde1cfa9.3-2-3"],
    "e005": ["000_eba30fd5bde1cfa9.3-2-6"],
    "e006": ["000_eba30fd5bde1cfa9.3-2-9"],
    "e007": ["000_eba30fd5bde1cfa9.3-8-2"],
    "e008": ["000_eba30fd5bde1cfa9.3-11-2"],
    "e009": ["001_99b6bc175654c27b.2-3"],
    "e010": ["001_99b6bc175654c27b.2-5"],
    "e011": ["001_99b6bc175654c27b.10"],
    "e012": ["001_99b6bc175654c27b.12-4"],
    "e013": ["002_d78822511846185f.3-1-2"],
    "e014": ["002_d78822511846185f.3-1-1", "002_d78822511846185f.3-1-2"],
    "e015": ["002_d78822511846185f.3-11-45"],
    "e016": ["002_d78822511846185f.3-5-20"],
    "e017": ["002_d78822511846185f.3-9-36"],
    "e018": ["002_d78822511846185f.3-12-46"],
    "e019": ["003_809523ec6351e18d.2-1-1"],
    "e020": ["003_809523ec6351e18d.2-1-3"],
    "e021": ["003_809523ec6351e18d.2-19-164"],
    "e022": ["003_809523ec6351e18d.2-2-16"],
    "e023": ["003_809523ec6351e18d.2-18-160"],
    "e024": ["003_809523ec6351e18d.2-5-38"],
    "e025": ["003_809523ec6351e18d.2-3-23", "003_809523ec6351e18d.2-3-24", "003_809523ec6351e18d.2-3-27"],
    "e026": ["003_809523ec6351e18d.2-5-36"],
    "e027": ["004_1b936b99896f02a7.2-2-6"],
    "e028": ["004_1b936b99896f02a7.2-4-10"],
    "e029": ["004_1b936b99896f02a7-2.1-3"],
    "e030": ["004_1b936b99896f02a7-2.3-1"],
    "e031": ["004_1b936b99896f02a7-2.4-1", "004_1b936b99896f02a7-2.4-3", "004_1b936b99896f02a7-2.4-4"],
    "e032": ["004_1b936b99896f02a7-2.5-1"],
    "e033": ["004_1b936b99896f02a7-6.2-1"],
    "e034": ["004_1b936b99896f02a7-6.1-1"],
    "e035": ["000_eba30fd5bde1cfa9.3-6-3", "004_1b936b99896f02a7-2.12-3"],
    "e036": ["000_eba30fd5bde1cfa9.3-1-5", "001_99b6bc175654c27b.2-1"],
    "e037": ["govcn-state-council-2019-13.3-7"],
    "e038": ["govcn-state-council-2019-37.3"],
    "e039": ["govcn-state-council-2019-37.30"],
    "e040": ["govcn-state-council-2019-12.3-4"],
    "e041": ["govcn-state-council-2019-55.1-2"],
    "e042": ["govcn-state-council-2019-47.8-37"],
    "e043": ["govcn-state-council-2019-42.4"],
    "e044": ["govcn-state-council-2019-16.p3"],
    "e045": ["govcn-state-council-2019-01.3-3"],
    "e046": ["govcn-state-council-2019-24.p4", "govcn-state-council-2019-31.p4"],
    "e047": ["govcn-state-council-2019-56.1-2", "govcn-state-council-2019-56.1-56", "govcn-state-council-2019-56.1-94"],
    "e048": ["govcn-state-council-2019-56.1-27", "govcn-state-council-2019-56.1-34", "govcn-state-council-2019-56.1-51"],
    "e049": ["govcn-state-council-2019-56.1-55", "govcn-state-council-2019-56.1-64", "govcn-state-council-2019-56.1-75"],
    "e050": ["000_eba30fd5bde1cfa9.3-2-2"],
    "e051": ["000_eba30fd5bde1cfa9.3-3-2"],
    "e052": ["003_809523ec6351e18d.2-18-159"],
    "e053": ["002_d78822511846185f.3-2-5"],
    "e054": ["govcn-state-council-2019-13.2-6"],
    "e055": ["govcn-state-council-2019-22.6"],
    "e056": ["000_eba30fd5bde1cfa9.3-7-2"],
    "e057": ["001_99b6bc175654c27b.9-1"],
    "e058": ["003_809523ec6351e18d.2-3-28"],
    "e059": ["govcn-state-council-2019-52.1-1"],
    "e060": ["govcn-state-council-2019-21.2"],
    "e061": ["000_eba30fd5bde1cfa9.3-1-1", "003_809523ec6351e18d.2-1-1"],
    "e062": ["000_eba30fd5bde1cfa9.3-1-4"],
    "e063": ["000_eba30fd5bde1cfa9.3-4-2"],
    "e064": ["000_eba30fd5bde1cfa9.3-9-3"],
    "e065": ["003_809523ec6351e18d.2-2-16"],
    "e071": ["000_eba30fd5bde1cfa9.3-1-1"],
    "e072": ["002_d78822511846185f.3-1-1"],
    "e073": ["003_809523ec6351e18d.2-19-162"],
    "e074": ["004_1b936b99896f02a7-2.4-5"],
    "e075": ["govcn-state-council-2019-37.6"],
    "e076": ["004_1b936b99896f02a7.3-2"],
    "e077": ["003_809523ec6351e18d.2-2-20"],
    "e078": ["000_eba30fd5bde1cfa9.3-9-1"],
    "e079": ["001_99b6bc175654c27b.5"],
    "e080": ["003_809523ec6351e18d.2-5-35"],
}

errors = []


def err(qid, msg):
    errors.append(f"{qid}: {msg}")


def strip(s):
    return re.sub(r"\s", "", s or "")


def month_forms(ym):
    y, m = ym.split("-")
    return {ym, f"{y}年{int(m)}月", f"{int(m)}月底前", f"{y}年{int(m)}月底前"}


with open(EXPORT, "rb") as f:
    raw = f.read()
md5 = hashlib.md5(raw).hexdigest()
measures = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
for m in measures:
    m["_t"] = strip((m.get("title") or "") + (m.get("text") or ""))
    m["_x"] = strip(m.get("text") or "")

questions = [json.loads(l) for l in open(FILE, encoding="utf-8") if l.strip()]
count_kind = collections.Counter()
count_trap = collections.Counter()
count_source = collections.Counter()
ordinary_figure = 0

for i, q in enumerate(questions, 1):
    qid = q.get("id", f"line{i}")
    if qid != f"e{i:03d}":
        err(qid, f"id out of order (expected e{i:03d})")
    extra = set(q) - FIELDS
    if extra:
        err(qid, f"unknown fields {sorted(extra)}")
    if not q.get("question"):
        err(qid, "empty question")
    if q.get("kind") not in KINDS:
        err(qid, f"bad kind {q.get('kind')}")
    trap = q.get("trap")
    if trap is not None and trap not in TRAPS:
        err(qid, f"bad trap {trap}")
    count_kind[q.get("kind")] += 1
    count_trap[trap or "ordinary"] += 1
    ac = q.get("answer_contains", [])
    ev = q.get("expect_value", [])
    region = q.get("region")

    if trap == "noise":
        if q.get("expect_refusal") is not True or ac or ev or region:
            err(qid, "noise needs expect_refusal and no answer_contains/expect_value/region")
        continue
    if q.get("expect_refusal"):
        err(qid, "expect_refusal only on noise")
    if trap == "uncovered_region" and (not q.get("uncovered_region") or region):
        err(qid, "uncovered_region question needs uncovered_region and no region")
    if trap != "uncovered_region" and q.get("uncovered_region"):
        err(qid, "uncovered_region field on a covered question")
    if q.get("kind") in ("list", "precedent") and trap is None:
        if not 2 <= len(ac) <= 5:
            err(qid, "list/precedent answer_contains needs 2-5 strings")
    elif not 1 <= len(ac) <= 3:
        err(qid, "answer_contains needs 1-3 strings")
    if ev and not 1 <= len(ev) <= 4:
        err(qid, "expect_value needs 1-4 strings")
    if not trap and ev and q["kind"] in ("time", "cost"):
        ordinary_figure += 1

    holders = []
    for s in ac:
        if not 6 <= len(s) <= 20 or re.search(r"\s", s):
            err(qid, f"answer_contains {s!r}: needs 6-20 characters, no whitespace")
        if unicodedata.normalize("NFKC", s) != s:
            err(qid, f"answer_contains {s!r} is not NFKC-stable")
        hits = [m for m in measures if strip(s) in m["_t"]]
        if not hits:
            err(qid, f"answer_contains {s!r} found in no exported measure")
            continue
        if region:
            own = [m for m in hits if m["region"] == region]
            other = [m for m in hits if m["region"] != region]
            if not own:
                err(qid, f"answer_contains {s!r} not in a measure of {region}")
            if other:
                err(qid, f"answer_contains {s!r} also in {sorted({m['region'] for m in other})}")
            hits = own
        holders.extend(hits)
    if ac and sorted({m["id"] for m in holders}) != sorted(GOLD.get(qid, [])):
        err(qid, f"answering measures {sorted({m['id'] for m in holders})} differ from GOLD {GOLD.get(qid)}")
    if not ac and qid in GOLD:
        err(qid, "GOLD lists measures for a question without answer_contains")
    if q.get("kind") == "precedent" and trap is None and len({m["id"] for m in holders}) < 2:
        err(qid, "precedent answered by fewer than 2 measures")
    for m in {m["id"]: m for m in holders}.values():
        count_source[m["doc_id"][:3] if m["doc_id"][0].isdigit() else "govcn"] += 1

    for v in ev:
        ok = False
        for m in holders:
            if strip(v) in m["_x"]:
                ok = True
            if q["kind"] == "who" and any(v in u for u in m.get("lead_units") or []):
                ok = True
            if q["kind"] == "deadline" and any(v in month_forms(d) for d in m.get("deadlines") or []):
                ok = True
        if not ok:
            err(qid, f"expect_value {v!r} not in the answering measure")

# exact duplicates with the other question files (strings compared, never printed)
own = {q["question"] for q in questions}
if len(own) != len(questions):
    err("file", "duplicate question strings inside the file")
other = set()
for path in glob.glob(os.path.join(HERE, "*.jsonl")):
    if os.path.abspath(path) == FILE:
        continue
    for line in open(path, encoding="utf-8"):
        if line.strip():
            other.add(json.loads(line).get("question"))
for q in questions:
    if q["question"] in other:
        err(q["id"], "question identical to a question of another file")

print(f"export: {EXPORT} md5 {md5} ({len(measures)} measures)")
print(f"questions: {len(questions)}")
print("by trap:", dict(sorted(count_trap.items())))
print("by kind:", dict(sorted(count_kind.items())))
print("answering measures by source:", dict(sorted(count_source.items())))
print(f"ordinary time/cost questions with expect_value: {ordinary_figure}")
for e in errors:
    print("ERROR", e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
