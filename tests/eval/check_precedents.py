#!/usr/bin/env python3
"""Check precedents-2026-12-01.jsonl: format, every answer_contains string found in an
exported measure, region consistency, no duplicate questions.

Usage: python3 tests/eval/check_precedents.py [EXPORT]   (default /tmp/out-main/export.jsonl)
Reads only id, doc_title, region, title, text of the export. Questions of other files are
compared for exact duplicates only and never printed.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "precedents-2026-12-01.jsonl")
EXPORT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/out-main/export.jsonl"
KINDS = {"precedent": 16, "list": 14, "howto": 10}
FIELDS = {"id", "question", "answer_contains", "kind", "region", "domain"}
WS = re.compile(r"\s", re.UNICODE)


def strip(s):
    return WS.sub("", s or "")


def main():
    errors = []
    measures = []
    with open(EXPORT, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            measures.append((d.get("id"), d.get("doc_title"), d.get("region"),
                             strip((d.get("title") or "") + (d.get("text") or ""))))
    rows = [json.loads(l) for l in open(FILE, encoding="utf-8") if l.strip()]
    counts = {}
    seen = set()
    for n, q in enumerate(rows, 1):
        qid = q.get("id")
        if qid != "p2-%03d" % n:
            errors.append(f"{qid}: id out of sequence (expected p2-{n:03d})")
        extra = set(q) - FIELDS
        if extra:
            errors.append(f"{qid}: unknown fields {sorted(extra)}")
        kind = q.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind}")
        text = q.get("question", "")
        if not text or text in seen:
            errors.append(f"{qid}: empty or duplicate question")
        seen.add(text)
        ac = q.get("answer_contains") or []
        if not (1 <= len(ac) <= 5):
            errors.append(f"{qid}: {len(ac)} answer_contains strings")
        if kind == "precedent":
            if "region" in q:
                errors.append(f"{qid}: precedent question must not have region")
            if not (2 <= len(ac) <= 4):
                errors.append(f"{qid}: precedent needs 2-4 strings")
        if kind == "list" and len(ac) < 2:
            errors.append(f"{qid}: list needs 2-5 strings")
        docs = set()
        regions = set()
        for s in ac:
            if s != strip(s) or not (6 <= len(s) <= 20):
                errors.append(f"{qid}: string {s!r} must be 6-20 chars without whitespace")
            hits = [m for m in measures if s in m[3]]
            if not hits:
                errors.append(f"{qid}: {s!r} not in any exported measure")
            for m in hits:
                docs.add(m[1])
                regions.add(m[2])
        if kind == "precedent" and len(docs) < 2:
            errors.append(f"{qid}: precedent strings come from fewer than 2 documents")
        if "region" in q and regions and regions != {q["region"]}:
            errors.append(f"{qid}: region {q['region']} but strings match {sorted(regions)}")
    for k, want in KINDS.items():
        if counts.get(k, 0) != want:
            errors.append(f"kind {k}: {counts.get(k, 0)} questions, expected {want}")
    # exact duplicates against the other question files (questions are never printed)
    dup = 0
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.abspath(path) == FILE:
            continue
        for line in open(path, encoding="utf-8"):
            try:
                other = json.loads(line).get("question")
            except (ValueError, AttributeError):
                continue
            if other and other in seen:
                dup += 1
    if dup:
        errors.append(f"{dup} question(s) duplicate a question of another file")
    for e in errors:
        print(e)
    print(f"questions: {len(rows)} " + " ".join(f"{k}={counts.get(k, 0)}" for k in KINDS))
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
