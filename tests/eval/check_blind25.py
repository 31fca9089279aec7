#!/usr/bin/env python3
"""Validate tests/eval/blind25-2026-12-05.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_blind25.py EXPORT.jsonl [TRUTH.jsonl]
       (TRUTH defaults to $REAL_DOCS/../truth.jsonl)

HELD-OUT set: run it, never tune on it (see BLIND25-2026-12-05.md).
The set is over the real documents $REAL_DOCS ($REAL_DOCS); only documents with an
ODD number (d0001, d0003, ... d0417) answer its questions.

A measure's region is the truth region of its document (truth.jsonl, by the basename of the
measure's `source`, else its doc_id), not the extractor's guess.

Checks
- format: ids b25q001.. in order, known fields, kind / trap values of TRAPS.md; answer_contains
  1-3 strings (list / precedent: 2-5) of 6-20 characters, no whitespace, NFKC-stable; noise has
  expect_refusal and nothing else; uncovered_region questions have no region.
- each answer_contains string occurs (whitespace removed) in the title+text of an exported measure
  of an odd document; with a region, in a measure of that region and in no measure of another
  region (all 418 documents counted); no holder is a measure of an even document.
- the answering measures are exactly GOLD[id] (ids of the export md5 below; another export may
  number measures differently: then only the GOLD check reports differences).
- each expect_value occurs in the text of an answering measure, or (who) in its lead_units, or
  (deadline) is a form of a month of its deadlines.
- a precedent is answered by measures of at least 2 regions.
- no question shares a run of more than 10 characters with any measure's title+text.
- no question string equals a question of another tests/eval/*.jsonl file (compared, not printed).
Prints counts, the export md5 and `errors: N`; exits 1 on errors.

Written against /work/real-export-s7.jsonl, md5 5acfb2908f1cdc7b0ef1e0f6944a2141 (13786 measures).
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
FILE = os.path.join(HERE, "blind25-2026-12-05.jsonl")
PREFIX = "b25q"
KINDS = {"time", "cost", "who", "deadline", "howto", "list", "keyword", "precedent"}
TRAPS = {"multi_figure", "figure_type", "uncovered_region", "noise", "list_attribution", "renamed_reform"}
FIELDS = {"id", "question", "kind", "trap", "answer_contains", "expect_value", "region",
          "uncovered_region", "expect_refusal"}

GOLD = {
    "b25q001": ["d0299.2-11"],
    "b25q002": ["d0299.3-21"],
    "b25q004": ["d0203.5-45"],
    "b25q005": ["d0189.4-34"],
    "b25q006": ["d0403.4-20"],
    "b25q007": ["d0267.13"],
    "b25q008": ["d0121.17"],
    "b25q009": ["d0161.4-50"],
    "b25q010": ["d0299.2-11"],
    "b25q011": ["d0049.5-25"],
    "b25q012": ["d0411.3"],
    "b25q013": ["d0075.3-21"],
    "b25q015": ["d0119.2-10", "d0119.4-34"],
    "b25q016": ["d0403.1-1"],
    "b25q017": ["d0119.3-23"],
    "b25q018": ["d0131.5-43"],
    "b25q019": ["d0119.3-17"],
    "b25q020": ["d0189.4-34"],
    "b25q021": ["d0119.3-21"],
    "b25q022": ["d0147.6-46"],
    "b25q023": ["d0097.17"],
    "b25q024": ["d0285.12"],
    "b25q025": ["d0079.2-20"],
    "b25q026": ["d0079.2-16"],
    "b25q028": ["d0063.2-12"],
    "b25q029": ["d0259.2-11"],
    "b25q030": ["d0259.2-12"],
    "b25q031": ["d0311.3-23"],
    "b25q032": ["d0209.6-35"],
    "b25q033": ["d0025.2-9"],
    "b25q034": ["d0097.19"],
    "b25q035": ["d0357.2-3-7", "d0357.2-3-8"],
    "b25q036": ["d0357.2-2-4", "d0357.2-2-5"],
    "b25q037": ["d0413.1-1", "d0413.2-6"],
    "b25q038": ["d0411.4-1"],
    "b25q039": ["d0411.4-4"],
    "b25q040": ["d0409.7-36"],
    "b25q041": ["d0399.1-3"],
    "b25q042": ["d0399.1-4"],
    "b25q043": ["d0251.3-24"],
    "b25q044": ["d0417.6-14"],
    "b25q045": ["d0191.4-38"],
    "b25q046": ["d0097.25", "d0117.21"],
    "b25q047": ["d0131.4-39"],
    "b25q048": ["d0165.2-2-21"],
    "b25q049": ["d0309.4-38"],
    "b25q050": ["d0021.4-35"],
    "b25q051": ["d0111.4-33"],
    "b25q052": ["d0063.6-31"],
    "b25q053": ["d0399.1-4"],
    "b25q054": ["d0357.2-4-10"],
    "b25q055": ["d0357.2-5-12"],
    "b25q056": ["d0373.2-1"],
    "b25q058": ["d0395.2-11"],
    "b25q059": ["d0395.3-15"],
    "b25q060": ["d0357.2-1-1"],
    "b25q061": ["d0357.2-7-19"],
    "b25q062": ["d0395.1-1"],
    "b25q063": ["d0173.5-2-59"],
    "b25q064": ["d0401.10-2"],
    "b25q065": ["d0407.3-5-14"],
    "b25q066": ["d0345.2-11"],
    "b25q067": ["d0259.4-20"],
    "b25q069": ["d0053.5-27"],
    "b25q070": ["d0399.4-8"],
}


def strip(s):
    return re.sub(r"\s", "", s or "")


def month_forms(ym):
    y, m = ym.split("-")
    return {ym, f"{y}年{int(m)}月", f"{int(m)}月底前", f"{y}年{int(m)}月底前"}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    export = sys.argv[1]
    truth_path = sys.argv[2] if len(sys.argv) > 2 else __import__("os").path.expandvars("$REAL_DOCS/../truth.jsonl")
    truth = {}
    for line in open(truth_path, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            truth[os.path.splitext(t["file"])[0]] = t["region"]
    raw = open(export, "rb").read()
    md5 = hashlib.md5(raw).hexdigest()
    measures = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    for m in measures:
        doc = os.path.splitext(os.path.basename(m.get("source") or ""))[0] or m.get("doc_id")
        if doc not in truth:
            doc = m.get("doc_id")
        m["_doc"] = doc
        m["_region"] = truth.get(doc)
        m["_odd"] = bool(re.fullmatch(r"d\d{4}", doc or "")) and int(doc[1:]) % 2 == 1
        m["_t"] = strip((m.get("title") or "") + (m.get("text") or ""))
        m["_x"] = strip(m.get("text") or "")
    texts = [m["_t"] for m in measures]

    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    questions = [json.loads(l) for l in open(FILE, encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_region = collections.Counter(), collections.Counter(), collections.Counter()
    longest = 0
    for i, q in enumerate(questions, 1):
        qid = q.get("id", f"line{i}")
        if qid != f"{PREFIX}{i:03d}":
            err(qid, "id out of order")
        if set(q) - FIELDS:
            err(qid, f"unknown fields {sorted(set(q) - FIELDS)}")
        if q.get("kind") not in KINDS:
            err(qid, "bad kind")
        trap = q.get("trap")
        if trap is not None and trap not in TRAPS:
            err(qid, "bad trap")
        by_kind[q.get("kind")] += 1
        by_trap[trap or "ordinary"] += 1
        by_region[q.get("region") or ("(uncovered)" if trap == "uncovered_region" else "(none)")] += 1
        # longest run shared with measure text
        qs = strip(q.get("question"))
        run = 0
        for n in range(1, len(qs) + 1):
            if any(any(qs[k:k + n] in t for t in texts) for k in range(len(qs) - n + 1)):
                run = n
            else:
                break
        longest = max(longest, run)
        if run > 10:
            err(qid, f"question shares {run} characters with a measure")
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        region = q.get("region")
        if trap == "noise":
            if q.get("expect_refusal") is not True or ac or ev or region or q.get("uncovered_region"):
                err(qid, "noise needs expect_refusal only")
            if qid in GOLD:
                err(qid, "GOLD for noise")
            continue
        if q.get("expect_refusal"):
            err(qid, "expect_refusal only on noise")
        if trap == "uncovered_region" and (not q.get("uncovered_region") or region):
            err(qid, "uncovered_region needs uncovered_region and no region")
        if trap != "uncovered_region" and q.get("uncovered_region"):
            err(qid, "uncovered_region on a covered question")
        if q.get("kind") in ("list", "precedent") and trap is None:
            if not 2 <= len(ac) <= 5:
                err(qid, "list/precedent needs 2-5 strings")
        elif not 1 <= len(ac) <= 3:
            err(qid, "answer_contains needs 1-3 strings")
        if ev and not 1 <= len(ev) <= 4:
            err(qid, "expect_value needs 1-4 strings")
        holders = {}
        for s in ac:
            if not 6 <= len(s) <= 20 or re.search(r"\s", s) or unicodedata.normalize("NFKC", s) != s:
                err(qid, f"answer_contains #{ac.index(s)}: length / whitespace / NFKC")
            hits = [m for m in measures if strip(s) in m["_t"]]
            if not hits:
                err(qid, f"answer_contains #{ac.index(s)} in no measure")
                continue
            if region:
                if any(m["_region"] != region for m in hits):
                    err(qid, f"answer_contains #{ac.index(s)} also in another region")
                hits = [m for m in hits if m["_region"] == region]
                if not hits:
                    err(qid, f"answer_contains #{ac.index(s)} not in {region}")
            if any(not m["_odd"] for m in hits):
                err(qid, f"answer_contains #{ac.index(s)} in a measure of an even document")
            for m in hits:
                holders[m["id"]] = m
        if sorted(holders) != sorted(GOLD.get(qid, [])):
            err(qid, f"answering measures {sorted(holders)} differ from GOLD")
        if q.get("kind") == "precedent" and len({m["_region"] for m in holders.values()}) < 2:
            err(qid, "precedent answered in fewer than 2 regions")
        for v in ev:
            ok = False
            for m in holders.values():
                if strip(v) in m["_x"] or strip(v) in m["_t"]:
                    ok = True
                if q["kind"] == "who" and any(v in u for u in m.get("lead_units") or []):
                    ok = True
                if q["kind"] == "deadline" and any(v in month_forms(d) for d in m.get("deadlines") or []
                                                   if re.fullmatch(r"\d{4}-\d{2}", d or "")):
                    ok = True
            if not ok:
                err(qid, f"expect_value #{ev.index(v)} not in an answering measure")

    own = [q["question"] for q in questions]
    if len(set(own)) != len(own):
        err("file", "duplicate question inside the file")
    other = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.abspath(path) == FILE:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                try:
                    other.add(json.loads(line).get("question"))
                except (ValueError, AttributeError):
                    pass
    for q in questions:
        if q["question"] in other:
            err(q["id"], "question identical to a question of another file")

    print(f"export: {export} md5 {md5} ({len(measures)} measures)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print(f"longest run shared by a question and a measure: {longest}")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
