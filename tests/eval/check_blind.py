#!/usr/bin/env python3
"""Validate tests/eval/blind-2026-12-01.jsonl against an export of the measures.

Usage: python3 tests/eval/check_blind.py EXPORT.jsonl [BLIND.jsonl]

Checks (stdlib only):
- ids b001.. in order, unique questions, required fields present, no unknown fields;
- kind / trap values are the ones of README.md and TRAPS.md;
- every answer_contains string: 6-20 characters, no whitespace, NFKC-stable, and a
  substring of the whitespace-stripped title+text of at least one exported measure;
- region (when present) equals the region of every measure matched by answer_contains;
- every expect_value string occurs in a measure matched by answer_contains: in its
  text (or title); for `who` also in its lead_units; for `deadline` also as a month form
  (YYYY-MM / YYYY年M月) of its deadlines;
- noise: expect_refusal true, no answer_contains, no region, no expect_value;
  uncovered_region: uncovered_region set, no region, no expect_value;
  every other trap and every ordinary question has answer_contains;
- no question string equals a `question` of another tests/eval/*.jsonl file
  (compared silently; only the count of clashes is printed).
Prints `errors: N` last.
"""
import glob
import json
import os
import re
import sys
import unicodedata

KINDS = {"time", "cost", "who", "deadline", "howto", "list", "keyword", "precedent"}
TRAPS = {"multi_figure", "figure_type", "uncovered_region", "noise", "list_attribution", "renamed_reform"}
FIELDS = {"id", "question", "kind", "answer_contains", "region", "domain", "expect_value",
          "trap", "expect_refusal", "uncovered_region"}
WS = re.compile(r"\s+")


def strip(s):
    return WS.sub("", s)


def month_forms(ym):
    y, m = ym.split("-")
    return {ym, f"{y}年{int(m)}月", f"{y}年{m}月"}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    export_path = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    blind_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "blind-2026-12-01.jsonl")

    measures = []
    with open(export_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                m = json.loads(line)
                m["_full"] = strip((m.get("title") or "") + (m.get("text") or ""))
                measures.append(m)

    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    rows = []
    with open(blind_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")

    # questions of the other eval files (compared, never printed)
    others = set()
    for p in glob.glob(os.path.join(here, "*.jsonl")):
        if os.path.abspath(p) == os.path.abspath(blind_path):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    try:
                        q = json.loads(line).get("question")
                    except json.JSONDecodeError:
                        continue
                    if isinstance(q, str):
                        others.add(q)

    seen_q = set()
    clashes = 0
    stats = {"ordinary": 0, "traps": 0}
    for i, r in enumerate(rows, 1):
        qid = r.get("id", f"#{i}")
        if qid != f"b{i:03d}":
            err(qid, f"id should be b{i:03d}")
        unknown = set(r) - FIELDS
        if unknown:
            err(qid, f"unknown fields {sorted(unknown)}")
        q = r.get("question")
        if not isinstance(q, str) or not q.strip():
            err(qid, "missing question")
            q = ""
        if q in seen_q:
            err(qid, "duplicate question within the set")
        seen_q.add(q)
        if q in others:
            clashes += 1
            err(qid, "question equals a question of another tests/eval file")
        if unicodedata.normalize("NFKC", q) != q:
            err(qid, "question not NFKC-stable")
        kind = r.get("kind")
        if kind not in KINDS:
            err(qid, f"bad kind {kind!r}")
        trap = r.get("trap")
        if trap is not None and trap not in TRAPS:
            err(qid, f"bad trap {trap!r}")
        stats["traps" if trap else "ordinary"] += 1

        ac = r.get("answer_contains")
        ev = r.get("expect_value")
        region = r.get("region")

        if trap == "noise":
            if r.get("expect_refusal") is not True:
                err(qid, "noise needs expect_refusal: true")
            for fld in ("answer_contains", "region", "expect_value", "uncovered_region"):
                if fld in r:
                    err(qid, f"noise must not have {fld}")
            continue
        if "expect_refusal" in r:
            err(qid, "expect_refusal only on noise")
        if trap == "uncovered_region":
            if not r.get("uncovered_region"):
                err(qid, "uncovered_region missing")
            for fld in ("region", "expect_value"):
                if fld in r:
                    err(qid, f"uncovered trap must not have {fld}")
        elif "uncovered_region" in r:
            err(qid, "uncovered_region only on uncovered_region traps")

        if not isinstance(ac, list) or not 1 <= len(ac) <= 3:
            err(qid, "answer_contains must be a list of 1-3 strings")
            continue
        matched = []
        for s in ac:
            if not isinstance(s, str):
                err(qid, "answer_contains entry not a string")
                continue
            if not 6 <= len(s) <= 20:
                err(qid, f"answer_contains {s!r} has {len(s)} characters (6-20)")
            if WS.search(s):
                err(qid, f"answer_contains {s!r} has whitespace")
            if unicodedata.normalize("NFKC", s) != s:
                err(qid, f"answer_contains {s!r} not NFKC-stable")
            hits = [m for m in measures if strip(s) in m["_full"]]
            if not hits:
                err(qid, f"answer_contains {s!r} occurs in no exported measure")
            matched.extend(hits)
        if region is not None:
            bad = sorted({m.get("region") for m in matched if m.get("region") != region})
            if bad:
                err(qid, f"region {region!r} but matched measures have {bad}")
        if ev is not None:
            if not isinstance(ev, list) or not 1 <= len(ev) <= 4:
                err(qid, "expect_value must be a list of 1-4 strings")
                continue
            for v in ev:
                ok = False
                for m in matched:
                    if strip(v) in m["_full"]:
                        ok = True
                    elif kind == "who" and any(strip(v) in strip(u) for u in (m.get("lead_units") or [])):
                        ok = True
                    elif kind == "deadline" and any(v in month_forms(d) for d in (m.get("deadlines") or [])):
                        ok = True
                    if ok:
                        break
                if not ok:
                    err(qid, f"expect_value {v!r} not found in a matched measure")

    for e in errors:
        print(e)
    print(f"questions: {len(rows)} (ordinary {stats['ordinary']}, traps {stats['traps']}); "
          f"clashes with other eval files: {clashes}")
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
