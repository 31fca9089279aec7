"""Checker for tests/eval/dev29-2026-12-07.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal / principle sections of plans). It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids d29q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal and
  nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator, part); the document is
  one of /tmp/s34-dev-docs.txt (when that list is present); the question's region is the
  document's true region. The locator is an article (第X条: the text from that article to the next
  one) or, for a text without articles, a heading such as "(二)建设目标" or "一、": the text from
  that heading to the next heading of the same form.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, hence in the
  gold document, and in no document of another region among all texts in DOCS.
- each expect_value string occurs in the gold passage.
- part: "gz" (总则/附则) articles lie in a chapter named 总则 or 附则 when the document has
  chapters; "goal" passages are goal or principle sections (目标 / 原则 in the heading or passage).
- no question shares a run of more than 10 characters (whitespace removed) with any document text;
  no question string equals a question of another tests/eval/*.jsonl file (compared, not printed).
Usage: python3 tests/eval/check_dev29.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import (  # the format rules only; no export checks
    check_question, check_strings,
    NUM, articles, load_texts, norm,
)

NAME = "dev29-2026-12-07.jsonl"
PREFIX = "d29q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = "/tmp/s34-dev-docs.txt"
PARTS = {"op": "operative", "gz": "总则/附则", "goal": "goals/principles"}

# question id: (document, locator, part)
# GOLD-BEGIN
GOLD = {
    "d29q001": ("d0004", "第六条", "op"),
    "d29q002": ("d0028", "第十六条", "op"),
    "d29q003": ("d0079", "第十六条", "op"),
    "d29q004": ("d0116", "第十条", "op"),
    "d29q005": ("d0119", "第十七条", "op"),
    "d29q006": ("d0240", "第十九条", "op"),
    "d29q007": ("d0302", "第十九条", "op"),
    "d29q008": ("d0266", "第十八条", "op"),
    "d29q009": ("d0160", "第二十条", "op"),
    "d29q010": ("d0287", "第十三条", "op"),
    "d29q011": ("d0066", "第二十五条", "op"),
    "d29q012": ("d0089", "第二条", "op"),
    "d29q013": ("d0268", "第十七条", "op"),
    "d29q014": ("d0240", "第四十四条", "op"),
    "d29q015": ("d0308", "第八条", "op"),
    "d29q016": ("d0025", "第九条", "op"),
    "d29q017": ("d0070", "第三十二条", "op"),
    "d29q018": ("d0105", "第七条", "op"),
    "d29q019": ("d0283", "第十七条", "op"),
    "d29q020": ("d0116", "第二十条", "op"),
    "d29q021": ("d0296", "第十条", "op"),
    "d29q022": ("d0302", "第十条", "op"),
    "d29q023": ("d0121", "第十二条", "op"),
    "d29q024": ("d0173", "第四十八条", "op"),
    "d29q025": ("d0279", "第二十七条", "op"),
    "d29q026": ("d0233", "第四条", "op"),
    "d29q027": ("d0150", "第九条", "op"),
    "d29q028": ("d0168", "第二十二条", "op"),
    "d29q029": ("d0025", "第八条", "op"),
    "d29q030": ("d0321", "第四条", "gz"),
    "d29q031": ("d0317", "第四条", "gz"),
    "d29q032": ("d0179", "第三条", "gz"),
    "d29q033": ("d0160", "第四十八条", "gz"),
    "d29q034": ("d0115", "第四条", "gz"),
    "d29q035": ("d0327", "(二)建设目标", "goal"),
    "d29q036": ("d0346", "3.主要目标", "goal"),
    "d29q037": ("d0357", "(三)工作目标", "goal"),
    "d29q038": ("d0359", "(二)建设目标", "goal"),
    "d29q039": ("d0389", "(三)发展目标", "goal"),
    "d29q040": ("d0364", "(三)发展目标", "goal"),
    "d29q041": ("d0401", "(二)基本原则", "goal"),
    "d29q042": ("d0402", "2.基本原则", "goal"),
    "d29q043": ("d0329", "(二)发展目标", "goal"),
    "d29q044": ("d0410", "(二)主要目标", "goal"),
    "d29q045": ("d0347", "(三)建设目标", "goal"),
    "d29q046": ("d0007", "第十八条", "op"),
    "d29q047": ("d0101", "第三十条", "op"),
    "d29q048": ("d0208", "第二十七条", "op"),
    "d29q049": ("d0012", "一、", "op"),
    "d29q050": ("d0296", "第八条", "op"),
    "d29q051": ("d0255", "第十二条", "op"),
    "d29q052": ("d0414", "一、总体要求", "goal"),
    "d29q053": ("d0105", "第七条", "op"),
    "d29q054": ("d0079", "第十六条", "op"),
    "d29q055": ("d0119", "第十七条", "op"),
    "d29q059": ("d0287", "第十二条", "op"),
    "d29q060": ("d0414", "(一)实施集成电路", "op"),
    "d29q061": ("d0116", "第十五条", "op"),
}
# GOLD-END

ART_LOC = re.compile(r"^第" + NUM + r"条$")
FIGURE = re.compile(r"[0-9一二两三四五六七八九十百千万]")


def heading_passage(text, loc):
    """The text from heading `loc` to the next heading of the same form, at most 3000 chars."""
    loc = norm(loc)
    i = text.find(loc)
    if i < 0:
        return None
    if loc.startswith("("):
        nxt = re.compile(r"\(" + NUM + r"\)")
    elif re.match(NUM + "、", loc):
        nxt = re.compile(NUM + "、")
    elif re.match(r"\d+\.", loc):
        nxt = re.compile(r"(?<![\d.])\d+\.(?!\d)")
    else:
        nxt = None
    end = min(len(text), i + 3000)
    if nxt:
        m = nxt.search(text, i + len(loc))
        if m:
            end = min(end, m.start())
    return text[i:end]


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, allowed = load_texts(DOCS, TRUTH, ALLOWED_LIST)
    big = "\x00".join(text.values())
    texts = (truth, raw, text, allowed, big)

    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc, all_docs = (collections.Counter() for _ in range(5))
    lists = figures = 0
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
        doc, loc, part = entry
        if part not in PARTS:
            err(qid, f"unknown part {part}")
        doc_region = truth.get(doc)
        all_docs[doc] += 1
        if ART_LOC.match(loc):
            if doc not in art_cache:
                art_cache[doc] = articles(raw[doc])
            if loc not in art_cache[doc]:
                err(qid, f"article {loc} not found in {doc}")
                continue
            chap, passage = art_cache[doc][loc]
            if part == "gz" and chap and "总则" not in chap and "附则" not in chap:
                err(qid, f"gold article {doc} {loc} is in chapter {chap!r}, not 总则/附则")
        else:
            passage = heading_passage(text[doc], loc)
            if passage is None:
                err(qid, f"heading {loc!r} not found in {doc}")
                continue
        if part == "goal" and not re.search("目标|原则|到20[0-9][0-9]年", norm(loc) + passage):
            err(qid, f"goal passage {doc} {loc} names no 目标/原则/到20XX年")
        if trap is None:
            by_part[PARTS.get(part, part)] += 1
            by_doc[doc] += 1
            if q.get("kind") == "list":
                lists += 1
            if any(FIGURE.search(v) for v in ev):
                figures += 1
        check_strings(qid, ac, ev, passage, doc, loc, doc_region, texts, err)

    own = [q.get("question") for q in questions]
    if len(set(own)) != len(own):
        err("file", "duplicate question strings inside the file")
    other = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.basename(path) == NAME:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                other.add(json.loads(line).get("question"))
    for q in questions:
        if q.get("question") in other:
            err(q.get("id"), "question identical to a question of another file")

    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary list questions: {lists}; ordinary questions with a figure in expect_value: {figures}")
    print(f"ordinary questions' gold documents: {len(by_doc)}; gold documents (all): {len(all_docs)}")
    print("gold documents:", " ".join(f"{d}x{n}" for d, n in sorted(all_docs.items())))
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
