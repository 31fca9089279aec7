"""Checker for tests/eval/dev28-2026-12-07.jsonl, a development set over the 总则/附则 chapters of
real documents. It needs no system output: it reads only the set, the document texts and their
true regions.

Checks
- format (rules of blind_checks.py): ids d28q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  here also Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, article); the document is one of
  /tmp/dev28-docs.txt (when that list is present); the question's region is the document's true region.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold article, hence in the
  gold document, and in no document of another region among all texts in $REAL_DOCS.
- each expect_value string occurs in the gold article (the text from its 第X条 to the next article).
- the gold article lies in a chapter named 总则 or 附则 (ordinary questions).
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
Usage: python3 tests/eval/check_dev28.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import (  # the format rules only; no export checks
    check_question, check_strings,
    articles, load_texts,
)

NAME = "dev28-2026-12-07.jsonl"
PREFIX = "d28q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = "/tmp/dev28-docs.txt"

GOLD = {
    "d28q001": ("d0003", "第四条"),
    "d28q002": ("d0005", "第五十九条"),
    "d28q003": ("d0016", "第四条"),
    "d28q004": ("d0020", "第二条"),
    "d28q005": ("d0028", "第三十五条"),
    "d28q006": ("d0035", "第二条"),
    "d28q007": ("d0038", "第二十八条"),
    "d28q008": ("d0045", "第五条"),
    "d28q009": ("d0069", "第五条"),
    "d28q010": ("d0070", "第四条"),
    "d28q011": ("d0072", "第四十条"),
    "d28q012": ("d0085", "第三十八条"),
    "d28q013": ("d0086", "第二条"),
    "d28q014": ("d0091", "第七条"),
    "d28q015": ("d0092", "第二条"),
    "d28q016": ("d0098", "第七条"),
    "d28q017": ("d0099", "第五十九条"),
    "d28q018": ("d0107", "第四条"),
    "d28q019": ("d0116", "第二十九条"),
    "d28q020": ("d0123", "第二条"),
    "d28q021": ("d0137", "第四条"),
    "d28q022": ("d0149", "第六十七条"),
    "d28q023": ("d0150", "第二条"),
    "d28q024": ("d0156", "第七十四条"),
    "d28q025": ("d0160", "第四条"),
    "d28q026": ("d0162", "第五条"),
    "d28q027": ("d0171", "第七条"),
    "d28q028": ("d0176", "第四条"),
    "d28q029": ("d0181", "第四条"),
    "d28q030": ("d0186", "第六条"),
    "d28q031": ("d0199", "第二条"),
    "d28q032": ("d0235", "第四十八条"),
    "d28q033": ("d0204", "第七条"),
    "d28q034": ("d0269", "第六条"),
    "d28q035": ("d0240", "第四十六条"),
    "d28q036": ("d0244", "第九条"),
    "d28q037": ("d0249", "第二条"),
    "d28q038": ("d0263", "第六条"),
    "d28q039": ("d0266", "第三十六条"),
    "d28q040": ("d0298", "第四条"),
    "d28q041": ("d0308", "第三条"),
    "d28q042": ("d0312", "第五条"),
    "d28q043": ("d0317", "第二条"),
    "d28q044": ("d0321", "第七条"),
    "d28q045": ("d0323", "第三条"),
    "d28q046": ("d0348", "第五条"),
    "d28q047": ("d0378", "第二十九条"),
    "d28q048": ("d0398", "第三条"),
    "d28q049": ("d0091", "第七条"),
    "d28q050": ("d0085", "第三十九条"),
    "d28q051": ("d0302", "第三十八条"),
    "d28q052": ("d0176", "第七条"),
    "d28q053": ("d0091", "第五条"),
    "d28q054": ("d0171", "第八条"),
    "d28q055": ("d0072", "第三条"),
    "d28q056": ("d0086", "第二条"),
    "d28q057": ("d0028", "第三十五条"),
}



def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, allowed = load_texts(DOCS, TRUTH, ALLOWED_LIST)
    big = "\x00".join(text.values())
    texts = (truth, raw, text, allowed, big)

    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc = (collections.Counter() for _ in range(4))
    longest = [0, None]
    art_cache = {}
    for i, q in enumerate(questions, 1):
        qid, trap, entry = check_question(q, i, PREFIX, GOLD, texts, err, longest)
        by_kind[q.get("kind")] += 1
        by_trap[trap or "ordinary"] += 1
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        region = q.get("region")
        if entry is None:
            continue
        doc, art = entry
        doc_region = truth.get(doc)
        if doc not in art_cache:
            art_cache[doc] = articles(raw[doc])
        if art not in art_cache[doc]:
            err(qid, f"article {art} not found in {doc}")
            continue
        chap, atext = art_cache[doc][art]
        part = "总则" if "总则" in chap else "附则" if "附则" in chap else chap or "(no chapter)"
        if trap is None:
            by_part[part] += 1
            by_doc[doc] += 1
            if part not in ("总则", "附则"):
                err(qid, f"gold article {doc} {art} is in chapter {chap!r}, not 总则/附则")
        check_strings(qid, ac, ev, atext, doc, art, doc_region, texts, err)

    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary questions' gold documents: {len(by_doc)}")
    print(f"gold documents (all): {len({d for d, _ in GOLD.values()})}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
