#!/usr/bin/env python3
"""Validate tests/eval/blind26-2026-12-06.jsonl (HELD-OUT) against a measure export of the real documents.

HELD-OUT: never open the set, this file's GOLD table or BLIND26-2026-12-06.md, never tune on them.
Running this checker prints counts and errors only (never question text).

Usage: python3 tests/eval/check_blind26.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /work/real-export-s7.jsonl, md5 5acfb2908f1cdc7b0ef1e0f6944a2141)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl): before the shared checks of blind_checks.py run, every exported
measure's `region` is replaced by the truth region of its source file. On top of
blind_checks.check this file checks:
- every measure holding an answer_contains string comes from an ODD-numbered document
  (d0001, d0003, ...; the even ones belong to the development sets dev22-dev24);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
It does the same as blind_checks.check_real with the parity reversed (check_real is kept
unchanged for the even-document development sets).
GOLD holds the gold measure ids of every question (ids of /work/real-export-s7.jsonl).
"""
import hashlib
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check, doc_key, strip  # noqa: E402

NAME = "blind26-2026-12-06.jsonl"
PREFIX = "b26q"

GOLD = {
    "b26q001": ["d0065.2-22"],
    "b26q002": ["d0087.3-3-38"],
    "b26q003": ["d0015.3-16"],
    "b26q004": ["d0073.4-40"],
    "b26q005": ["d0245.3-19"],
    "b26q006": ["d0221.3-15"],
    "b26q007": ["d0279.5-38"],
    "b26q008": ["d0279.4-31"],
    "b26q009": ["d0307.3-39"],
    "b26q010": ["d0307.2-26"],
    "b26q011": ["d0125.12"],
    "b26q012": ["d0257.3-22"],
    "b26q013": ["d0067.7-48"],
    "b26q014": ["d0245.3-17"],
    "b26q015": ["d0021.4-32"],
    "b26q016": ["d0209.5-26"],
    "b26q017": ["d0279.3-16"],
    "b26q018": ["d0065.3-38"],
    "b26q019": ["d0015.4-30"],
    "b26q020": ["d0245.2-8"],
    "b26q021": ["d0257.2-15"],
    "b26q022": ["d0029.4-46"],
    "b26q023": ["d0219.22"],
    "b26q024": ["d0029.2-20"],
    "b26q025": ["d0245.4-22"],
    "b26q026": ["d0125.22"],
    "b26q027": ["d0257.4-31"],
    "b26q028": ["d0087.5-61"],
    "b26q029": ["d0221.5-31"],
    "b26q030": ["d0209.6-34"],
    "b26q031": ["d0065.5-47"],
    "b26q032": ["d0105.5"],
    "b26q033": ["d0219.25"],
    "b26q034": ["d0065.3-28"],
    "b26q035": ["d0279.4-27"],
    "b26q036": ["d0221.2-6"],
    "b26q037": ["d0125.8"],
    "b26q038": ["d0125.18"],
    "b26q039": ["d0221.4-24"],
    "b26q040": ["d0325.2-2-3"],
    "b26q041": ["d0337.2-1-5-3"],
    "b26q042": ["d0397.4-3"],
    "b26q043": ["d0087.3-3-38", "d0285.9"],
    "b26q044": ["d0279.6-55", "d0307.4-46"],
    "b26q045": ["d0245.2-6"],
    "b26q046": ["d0087.5-68"],
    "b26q047": ["d0087.5-67"],
    "b26q048": ["d0209.6-35"],
    "b26q049": ["d0015.8-45"],
    "b26q050": ["d0105.4"],
    "b26q051": ["d0245.2-6"],
    "b26q052": ["d0279.6-44"],
    "b26q053": ["d0279.6-55"],
    "b26q054": ["d0209.7-39"],
    "b26q055": ["d0087.3-3-41"],
    "b26q056": ["d0279.6-49"],
    "b26q057": ["d0279.6-50"],
    "b26q058": ["d0245.4-20"],
    "b26q059": ["d0221.5-32"],
    "b26q060": ["d0397.3-3"],
    "b26q061": ["d0087.4-49"],
    "b26q062": ["d0015.3-22"],
    "b26q063": ["d0279.6-43"],
    "b26q064": ["d0065.2-22"],
    "b26q065": ["d0245.2-6"],
    "b26q066": ["d0015.4-30"],
    "b26q067": [],
    "b26q068": [],
    "b26q069": [],
    "b26q070": [],
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    export = sys.argv[1]
    truth_path = sys.argv[2] if len(sys.argv) > 2 else os.path.expandvars("$REAL_DOCS/../truth.jsonl")
    truth = {}
    for line in open(truth_path, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            truth[t["file"][:-4] if t["file"].endswith(".txt") else t["file"]] = t["region"]
    raw = open(export, "rb").read()
    print(f"export given: {export} md5 {hashlib.md5(raw).hexdigest()} (regions replaced by truth below)")
    measures = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    extra = []
    unknown = 0
    for m in measures:
        k = doc_key(m)
        if k in truth:
            m["region"] = truth[k]
        else:
            unknown += 1
        m["_t"] = strip((m.get("title") or "") + (m.get("text") or ""))
    if unknown:
        extra.append(f"{unknown} exported measures have no document in {truth_path}")
    here = os.path.dirname(os.path.abspath(__file__))
    questions = [json.loads(l) for l in open(os.path.join(here, NAME), encoding="utf-8") if l.strip()]
    big = "\x00".join(m["_t"] for m in measures)
    longest = (0, None)
    for q in questions:
        for s in q.get("answer_contains", []):
            for m in measures:
                if strip(s) in m["_t"]:
                    n = re.sub(r"\D", "", doc_key(m))
                    if not n or int(n) % 2 == 0:
                        extra.append(f"{q['id']}: an answer string is in {m['id']}, not an odd-numbered document")
        qs = strip(q["question"])
        best = 0
        for i in range(len(qs)):
            for j in range(i + best + 1, len(qs) + 1):
                if qs[i:j] in big:
                    best = j - i
                else:
                    break
        if best > 10:
            extra.append(f"{q['id']}: shares {best} characters with a measure text")
        if best > longest[0]:
            longest = (best, q["id"])
    print(f"longest run shared with a measure: {longest[0]} ({longest[1]})")
    for e in extra:
        print("ERROR", e)
    print(f"extra errors (truth regions, odd documents, copying): {len(extra)}")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for m in measures:
            m.pop("_t", None)
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
        tmp = f.name
    sys.argv[1:] = [tmp]
    code = 0
    try:
        check(NAME, PREFIX, GOLD)
    except SystemExit as e:
        code = e.code or 0
    finally:
        os.unlink(tmp)
    sys.exit(1 if (code or extra) else 0)


if __name__ == "__main__":
    main()
