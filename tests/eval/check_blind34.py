"""Checker for tests/eval/blind34-2026-12-07.jsonl, a HELD-OUT set over real documents (any part:
operative articles, 总则/附则, and the goal sections of plans). It needs no system output: it reads
only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids b34q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  here also Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every non-noise question has a gold (document, locator); the document is one of
  tests/eval/real-held-docs.txt (when that list is present); the question's region is the document's true
  region (an uncovered_region question: its uncovered region differs from the document's).
- the gold passage: for a locator 第X条, the article (from its 第X条 line to the next article line);
  otherwise the locator is a heading or the opening of a paragraph, and the passage runs from the
  first line holding it to the next line opening with a heading (一、 / （一）), at most 3000 characters.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, and in no
  document of another region among all texts in DOCS.
- each expect_value string occurs in the gold passage.
- PART (operative / general / goals) agrees with the document where it can be checked: a gold
  article in a chapter named 总则/附则 is `general`, one in another chapter is not; a `goals` passage
  opens with a heading naming 目标 or 总体要求.
- MULTI: the questions whose gold passage states two or more figures of the kind asked hold at
  least two distinct figures there.
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
- the brief's minimums: >= 10 ordinary list questions, >= 15 questions with a figure expect_value,
  >= 6 MULTI, >= 10 ordinary howto, >= 5 goals questions, <= 8 general, >= 30 gold documents.
Usage: python3 tests/eval/check_blind34.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import (  # the format rules only; no export checks
    articles, check_fields, check_shape, load_texts, longest_shared_run, norm,
)

NAME = "blind34-2026-12-07.jsonl"
PREFIX = "b34q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-held-docs.txt")

GOLD = {
    "b34q001": ("d0022", "第十条"),
    "b34q002": ("d0022", "第十四条"),
    "b34q003": ("d0046", "第四条"),
    "b34q004": ("d0049", "第二十五条"),
    "b34q005": ("d0049", "第十八条"),
    "b34q006": ("d0049", "第十一条"),
    "b34q007": ("d0056", "第十三条"),
    "b34q008": ("d0058", "第六条"),
    "b34q009": ("d0030", "第十三条"),
    "b34q010": ("d0030", "第三十条"),
    "b34q011": ("d0112", "第十六条"),
    "b34q012": ("d0112", "第九条"),
    "b34q013": ("d0112", "第八条"),
    "b34q014": ("d0096", "第二条"),
    "b34q015": ("d0096", "第二十八条"),
    "b34q016": ("d0108", "第七条"),
    "b34q017": ("d0108", "第十七条"),
    "b34q018": ("d0114", "第二十条"),
    "b34q019": ("d0114", "第四条"),
    "b34q020": ("d0158", "第十五条"),
    "b34q021": ("d0163", "第十八条"),
    "b34q022": ("d0163", "第六条"),
    "b34q023": ("d0196", "第二十一条"),
    "b34q024": ("d0196", "第八条"),
    "b34q025": ("d0218", "第八条"),
    "b34q026": ("d0245", "第十条"),
    "b34q027": ("d0257", "第二十九条"),
    "b34q028": ("d0257", "第九条"),
    "b34q029": ("d0257", "第十一条"),
    "b34q030": ("d0299", "第十一条"),
    "b34q031": ("d0267", "第九条"),
    "b34q032": ("d0259", "第十二条"),
    "b34q033": ("d0259", "第十一条"),
    "b34q034": ("d0292", "第十五条"),
    "b34q035": ("d0292", "第二十三条"),
    "b34q036": ("d0311", "第二十二条"),
    "b34q037": ("d0311", "第十九条"),
    "b34q038": ("d0301", "第三十三条"),
    "b34q039": ("d0224", "第八条"),
    "b34q040": ("d0029", "第二十条"),
    "b34q041": ("d0029", "第十七条"),
    "b34q042": ("d0067", "第五条"),
    "b34q043": ("d0416", "二、主要目标"),
    "b34q044": ("d0338", "二、行动目标"),
    "b34q045": ("d0362", "（三）主要目标"),
    "b34q046": ("d0372", "（三）主要目标"),
    "b34q047": ("d0404", "（一）发展目标"),
    "b34q048": ("d0259", "第二十条"),
    "b34q049": ("d0407", "一、总体要求"),
    "b34q050": ("d0396", "请各申报单位和企业"),
    "b34q051": ("d0062", "第十三条"),
    "b34q052": ("d0024", "第十七条"),
    "b34q053": ("d0416", "二、主要目标"),
    "b34q054": ("d0163", "第十一条"),
    "b34q055": ("d0056", "第十条"),
    "b34q056": ("d0299", "第七条"),
    "b34q057": ("d0245", "第十条"),
    "b34q058": ("d0299", "第九条"),
    "b34q059": ("d0029", "第二十条"),
    "b34q060": ("d0259", "第十一条"),
}

PART = {
    "b34q001": "operative",
    "b34q002": "operative",
    "b34q003": "general",
    "b34q004": "operative",
    "b34q005": "operative",
    "b34q006": "operative",
    "b34q007": "operative",
    "b34q008": "general",
    "b34q009": "operative",
    "b34q010": "operative",
    "b34q011": "operative",
    "b34q012": "operative",
    "b34q013": "operative",
    "b34q014": "general",
    "b34q015": "operative",
    "b34q016": "operative",
    "b34q017": "operative",
    "b34q018": "operative",
    "b34q019": "general",
    "b34q020": "operative",
    "b34q021": "operative",
    "b34q022": "general",
    "b34q023": "operative",
    "b34q024": "general",
    "b34q025": "operative",
    "b34q026": "operative",
    "b34q027": "operative",
    "b34q028": "operative",
    "b34q029": "operative",
    "b34q030": "operative",
    "b34q031": "operative",
    "b34q032": "operative",
    "b34q033": "operative",
    "b34q034": "operative",
    "b34q035": "operative",
    "b34q036": "operative",
    "b34q037": "operative",
    "b34q038": "operative",
    "b34q039": "operative",
    "b34q040": "operative",
    "b34q041": "operative",
    "b34q042": "general",
    "b34q043": "goals",
    "b34q044": "goals",
    "b34q045": "goals",
    "b34q046": "goals",
    "b34q047": "goals",
    "b34q048": "operative",
    "b34q049": "goals",
    "b34q050": "operative",
    "b34q051": "operative",
    "b34q052": "operative",
    "b34q053": "goals",
    "b34q054": "operative",
    "b34q055": "operative",
    "b34q056": "operative",
    "b34q057": "operative",
    "b34q058": "operative",
    "b34q059": "operative",
    "b34q060": "operative",
}

# questions whose gold passage states two or more figures of the kind asked
MULTI = {
    "b34q007",  # two closed seasons
    "b34q015",  # two fines in one article
    "b34q026",  # validity one year, renewal ten days
    "b34q032",  # five days / thirty days / sixty days
    "b34q037",  # one minute / four minutes
    "b34q044",  # 100 applications among 50 kinds and 8 fields
    "b34q045",  # 2021 and 2025 targets
    "b34q046",  # 20 standards, 4 and 3 platforms
    "b34q047",  # 25 / 15 / 10 indicators
    "b34q048",  # 二十万 / 十万 / 五万
    "b34q049",  # 50 firms / 50 parks
    "b34q051",  # one, two and three stars
}

HAN_DIGITS = re.compile(r"^[\u4e00-\u9fff0-9]+$")
NUM_ART = re.compile(r"^第[一二三四五六七八九十百零〇]+条$")
HEADING = re.compile(r"^[\s\u3000]*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
FIGURE = re.compile(r"([0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十百千万两]+)\s*"
                    r"(个|项|日|天|月|年|小时|分钟|万元|元|%|人|家|种|周岁|吨|所|星级|份|倍)")


def passage(raw, loc):
    """The text (NFKC, whitespace removed) from the first line holding `loc` to the next heading."""
    lines = unicodedata.normalize("NFKC", raw).splitlines()
    key = norm(loc)
    for i, line in enumerate(lines):
        if key in norm(line):
            buf = [line]
            for nxt in lines[i + 1:]:
                if HEADING.match(nxt):
                    break
                buf.append(nxt)
            return norm("".join(buf))[:3000]
    return None


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, allowed = load_texts(DOCS, TRUTH, ALLOWED_LIST)
    big = "\x00".join(text.values())

    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc = (collections.Counter() for _ in range(4))
    longest = (0, None)
    art_cache = {}
    figure_q = ordinary_list = ordinary_howto = 0
    for i, q in enumerate(questions, 1):
        qid, trap = check_fields(q, i, PREFIX, err)
        by_kind[q.get("kind")] += 1
        by_trap[trap or "ordinary"] += 1
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        region = q.get("region")

        best = longest_shared_run(q.get("question", ""), big)
        if best > 10:
            err(qid, f"question shares {best} characters with a document text")
        if best > longest[0]:
            longest = (best, qid)

        if not check_shape(q, qid, trap, GOLD, err):
            continue
        if qid not in GOLD:
            err(qid, "no GOLD entry")
            continue
        doc, loc = GOLD[qid]
        if doc not in text:
            err(qid, f"gold document {doc} not in {DOCS}")
            continue
        if allowed is not None and doc not in allowed:
            err(qid, f"gold document {doc} is not in the allowed list")
        doc_region = truth.get(doc)
        if region and region != doc_region:
            err(qid, f"region {region} differs from the truth of {doc} ({doc_region})")
        if trap == "uncovered_region" and q["uncovered_region"] in set(truth.values()):
            err(qid, "uncovered_region is a region of the documents")
        part = PART.get(qid)
        if part not in ("operative", "general", "goals"):
            err(qid, f"bad PART {part!r}")
        by_doc[doc] += 1
        if NUM_ART.match(loc):
            if doc not in art_cache:
                art_cache[doc] = articles(raw[doc])
            if loc not in art_cache[doc]:
                err(qid, f"article {loc} not found in {doc}")
                continue
            chap, ptext = art_cache[doc][loc]
            if chap:
                in_ga = "总则" in chap or "附则" in chap
                if in_ga and part != "general":
                    err(qid, f"{doc} {loc} lies in {chap!r} but PART is {part}")
                if not in_ga and part == "general":
                    err(qid, f"{doc} {loc} lies in {chap!r}, not 总则/附则")
        else:
            ptext = passage(raw[doc], loc)
            if ptext is None:
                err(qid, f"locator {loc!r} not found in {doc}")
                continue
            if part == "goals" and not ("目标" in norm(loc) or "总体要求" in norm(loc)):
                err(qid, f"goals locator {loc!r} names no 目标/总体要求")
        if trap != "uncovered_region":
            by_part[part] += 1
        for s in ac:
            if not 6 <= len(s) <= 20 or re.search(r"\s", s):
                err(qid, f"answer_contains {s!r}: needs 6-20 characters, no whitespace")
            if unicodedata.normalize("NFKC", s) != s:
                err(qid, f"answer_contains {s!r} is not NFKC-stable")
            if not HAN_DIGITS.match(s):
                err(qid, f"answer_contains {s!r}: Han characters and digits only")
            if s not in ptext:
                err(qid, f"answer_contains {s!r} not in {doc} {loc}")
            other = sorted({truth.get(d, "?") for d, t in text.items()
                            if s in t and truth.get(d) != doc_region})
            if other:
                err(qid, f"answer_contains {s!r} also in documents of {other}")
        for v in ev:
            if norm(v) not in ptext:
                err(qid, f"expect_value {v!r} not in {doc} {loc}")
        if ev and any(FIGURE.search(norm(v)) for v in ev):
            figure_q += 1
        if qid in MULTI and len(set(m.group(0) for m in FIGURE.finditer(ptext))) < 2:
            err(qid, "MULTI question, but fewer than two figures in the gold passage")
        if trap is None and q.get("kind") == "list":
            ordinary_list += 1
        if trap is None and q.get("kind") == "howto":
            ordinary_howto += 1

    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    for cond, msg in [(ordinary_list >= 10, "fewer than 10 ordinary list questions"),
                      (figure_q >= 15, "fewer than 15 questions with a figure expect_value"),
                      (len(MULTI) >= 6, "fewer than 6 MULTI questions"),
                      (ordinary_howto >= 10, "fewer than 10 ordinary howto questions"),
                      (by_part["goals"] >= 5, "fewer than 5 goals questions"),
                      (by_part["general"] <= 8, "more than 8 general questions"),
                      (len(by_doc) >= 30, "fewer than 30 gold documents")]:
        if not cond:
            err("file", msg)
    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("by part (all but noise and uncovered_region):", dict(sorted(by_part.items())))
    print(f"ordinary list: {ordinary_list}; ordinary howto: {ordinary_howto}; "
          f"figure expect_value: {figure_q}; MULTI: {len(MULTI)}")
    print(f"gold documents: {len(by_doc)}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
