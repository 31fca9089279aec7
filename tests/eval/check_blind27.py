#!/usr/bin/env python3
"""Validate tests/eval/blind27-2026-12-06.jsonl (HELD-OUT) against a measure export of the real documents.

HELD-OUT: never open the set, this file's GOLD table or BLIND27-2026-12-06.md, never tune on them.
Running this checker prints counts and errors only (never question text).

Usage: python3 tests/eval/check_blind27.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/s16-real-export.jsonl, md5 520aa329034329cb6069c5caf12660fa)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl): before the shared checks of blind_checks.py run, every exported
measure's `region` is replaced by the truth region of its source file. On top of
blind_checks.check this file checks:
- every measure holding an answer_contains string comes from an ODD-numbered document
  (d0001, d0003, ...; the even ones belong to the development sets dev22-dev24) that is not
  in EXCLUDED (the gold sources of the held-out sets blind25 and blind26);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
It does the same as blind_checks.check_real with the parity reversed (check_real is kept
unchanged for the even-document development sets).
GOLD holds the gold measure ids of every question (ids of /tmp/s16-real-export.jsonl).
"""
import hashlib
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check, doc_key, strip  # noqa: E402

NAME = "blind27-2026-12-06.jsonl"
PREFIX = "b27q"

# Documents blind25 and blind26 used as gold sources (computed by a script from the GOLD
# tables of check_blind25.py and check_blind26.py); no answer of this set may come from them.
EXCLUDED = {
    "d0015", "d0021", "d0025", "d0029", "d0049", "d0053", "d0063", "d0065",
    "d0067", "d0073", "d0075", "d0079", "d0087", "d0097", "d0105", "d0111",
    "d0117", "d0119", "d0121", "d0125", "d0131", "d0147", "d0161", "d0165",
    "d0173", "d0189", "d0191", "d0203", "d0209", "d0219", "d0221", "d0245",
    "d0251", "d0257", "d0259", "d0267", "d0279", "d0285", "d0299", "d0307",
    "d0309", "d0311", "d0325", "d0337", "d0345", "d0357", "d0373", "d0395",
    "d0397", "d0399", "d0401", "d0403", "d0407", "d0409", "d0411", "d0413",
    "d0417",
}

GOLD = {
    "b27q001": ["d0129.3-27"],
    "b27q002": ["d0215.3-24"],
    "b27q003": ["d0229.15"],
    "b27q004": ["d0277.4-27"],
    "b27q005": ["d0301.5-31"],
    "b27q006": ["d0313.3-35"],
    "b27q007": ["d0039.4-67"],
    "b27q008": ["d0145.5-45"],
    "b27q009": ["d0341.4-5"],
    "b27q010": ["d0129.4-29"],
    "b27q011": ["d0129.4-34"],
    "b27q012": ["d0145.7-66"],
    "b27q013": ["d0301.6-38"],
    "b27q014": ["d0301.6-40"],
    "b27q015": ["d0081.5-20"],
    "b27q016": ["d0061.20"],
    "b27q017": ["d0277.3-21"],
    "b27q018": ["d0253.6-59"],
    "b27q019": ["d0361.4"],
    "b27q020": ["d0081.3-10"],
    "b27q021": ["d0163.2-10"],
    "b27q022": ["d0151.4"],
    "b27q023": ["d0415.2-2-1"],
    "b27q024": ["d0415.2-7-3"],
    "b27q025": ["d0415.2-7-6"],
    "b27q026": ["d0361.6-1-1"],
    "b27q027": ["d0377.2"],
    "b27q028": ["d0387.14"],
    "b27q029": ["d0039.5-77"],
    "b27q030": ["d0145.4-4-39"],
    "b27q031": ["d0301.5-33"],
    "b27q032": ["d0313.5-56"],
    "b27q033": ["d0215.2-6"],
    "b27q034": ["d0255.10"],
    "b27q035": ["d0163.3-18"],
    "b27q036": ["d0341.2-3"],
    "b27q037": ["d0017.3-20"],
    "b27q038": ["d0393.1-1"],
    "b27q039": ["d0393.3-5-16"],
    "b27q040": ["d0393.3-2-1"],
    "b27q041": ["d0039.5-77"],
    "b27q042": ["d0255.9"],
    "b27q043": ["d0415.2-7-1", "d0415.2-7-3", "d0415.2-7-5", "d0415.2-7-7"],
    "b27q044": ["d0341.10-26", "d0341.5-11", "d0341.6-16"],
    "b27q045": ["d0039.2-25"],
    "b27q046": ["d0081.5-22"],
    "b27q047": ["d0145.7-69"],
    "b27q048": ["d0277.5-34"],
    "b27q049": ["d0301.4-22"],
    "b27q050": ["d0145.5-45"],
    "b27q051": ["d0361.4"],
    "b27q052": ["d0393.4-1"],
    "b27q053": ["d0039.6-85"],
    "b27q054": ["d0255.12"],
    "b27q055": ["d0393.1-1"],
    "b27q056": ["d0387.7"],
    "b27q057": ["d0341.1"],
    "b27q058": ["d0151.25"],
    "b27q059": ["d0415.2-7-5"],
    "b27q060": ["d0415.2-4-3"],
    "b27q061": ["d0415.2-3-3"],
    "b27q062": ["d0415.2-7-4"],
    "b27q063": ["d0129.4-33"],
    "b27q064": ["d0301.6-38"],
    "b27q065": ["d0313.3-35"],
    "b27q066": ["d0277.3-21"],
    "b27q067": [],
    "b27q068": [],
    "b27q069": [],
    "b27q070": [],
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
                    elif doc_key(m) in EXCLUDED:
                        extra.append(f"{q['id']}: an answer string is in {m['id']}, a gold source of blind25/blind26")
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
    print(f"extra errors (truth regions, odd documents, excluded documents, copying): {len(extra)}")
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
