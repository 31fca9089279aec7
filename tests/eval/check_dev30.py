"""Checker for tests/eval/dev30-2026-12-07.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans). It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids d30q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  here also Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator); the document is one of
  /tmp/s34-dev-docs.txt (when that list is present); the question's region is the document's true
  region. The locator is an article 第X条 (the text from its line to the next article line), or, for
  a text without articles, a heading: the passage runs from the paragraph (non-empty line) that
  opens with that heading to the next heading of the same or a higher level (一、 > (一) > 1. > (1));
  a heading written `HEADING+N` stands for that paragraph and the N paragraphs after it (a long
  section whose lead paragraph holds the answer).
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, hence in the
  gold document, and in no document of another region among all texts in $REAL_DOCS.
- each expect_value string occurs in the gold passage.
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
- the counts the brief asks for: by kind, by part (operative / 总则附则 / goals), list questions,
  figure questions (expect_value holding a digit or a Chinese numeral with a unit), documents.
Usage: python3 tests/eval/check_dev30.py [DOCS_DIR [TRUTH]]
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
    check_question, check_strings,
    articles, load_texts, norm,
)

NAME = "dev30-2026-12-07.jsonl"
PREFIX = "d30q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = "/tmp/s34-dev-docs.txt"

GOLD = {
    "d30q001": ("d0028", "第十六条"),
    "d30q002": ("d0066", "第二十五条"),
    "d30q003": ("d0070", "第四十一条"),
    "d30q004": ("d0070", "第二十一条"),
    "d30q005": ("d0079", "第十六条"),
    "d30q006": ("d0079", "第二十条"),
    "d30q007": ("d0061", "第三条"),
    "d30q008": ("d0007", "第十八条"),
    "d30q009": ("d0072", "第二十条"),
    "d30q010": ("d0086", "第三十七条"),
    "d30q011": ("d0004", "第六条"),
    "d30q012": ("d0100", "第二十五条"),
    "d30q013": ("d0100", "第二十三条"),
    "d30q014": ("d0119", "第十七条"),
    "d30q015": ("d0116", "第二十二条"),
    "d30q016": ("d0148", "第二十九条"),
    "d30q017": ("d0160", "第十八条"),
    "d30q018": ("d0147", "第三十一条"),
    "d30q019": ("d0150", "第四十三条"),
    "d30q020": ("d0162", "第二十四条"),
    "d30q021": ("d0176", "第二十一条"),
    "d30q022": ("d0240", "第十五条"),
    "d30q023": ("d0240", "第二十九条"),
    "d30q024": ("d0302", "第十九条"),
    "d30q025": ("d0308", "第十四条"),
    "d30q026": ("d0296", "第八条"),
    "d30q027": ("d0235", "第三十六条"),
    "d30q028": ("d0312", "第十条"),
    "d30q029": ("d0268", "第十七条"),
    "d30q030": ("d0313", "第三十五条"),
    "d30q031": ("d0192", "第十四条"),
    "d30q032": ("d0273", "第十四条"),
    "d30q033": ("d0409", "第九条"),
    "d30q034": ("d0398", "第十条"),
    "d30q035": ("d0387", "第十四条"),
    "d30q036": ("d0401", "(三)发展目标"),
    "d30q037": ("d0401", "(二)基本原则"),
    "d30q038": ("d0327", "(二)建设目标"),
    "d30q039": ("d0400", "(三)建设目标"),
    "d30q040": ("d0400", "(二)基本原则"),
    "d30q041": ("d0389", "(三)发展目标"),
    "d30q042": ("d0347", "(三)建设目标"),
    "d30q043": ("d0402", "(一)建立实验室体系"),
    "d30q044": ("d0393", "三、构建支撑引领经济社会发展的技术体系+1"),
    "d30q045": ("d0028", "第十二条"),
    "d30q046": ("d0119", "第十五条"),
    "d30q047": ("d0306", "第四十三条"),
    "d30q048": ("d0148", "第二十四条"),
    "d30q049": ("d0147", "第十二条"),
    "d30q050": ("d0306", "第五十一条"),
    "d30q051": ("d0160", "第十三条"),
    "d30q052": ("d0296", "第八条"),
    "d30q053": ("d0255", "第十二条"),
    "d30q054": ("d0063", "第十二条"),
    "d30q055": ("d0356", "第五条"),
    "d30q056": ("d0066", "第二十六条"),
    "d30q057": ("d0070", "第二十六条"),
    "d30q058": ("d0007", "第十八条"),
    "d30q059": ("d0116", "第十五条"),
    "d30q060": ("d0079", "第十六条"),
    "d30q061": ("d0240", "第十九条"),
    "d30q062": ("d0268", "第十七条"),
}

LEVELS = [re.compile(r"^[一二三四五六七八九十]+、"), re.compile(r"^\([一二三四五六七八九十]+\)"),
          re.compile(r"^[0-9]+[.、]"), re.compile(r"^\([0-9]+\)")]


def level(par):
    for n, r in enumerate(LEVELS):
        if r.match(par):
            return n
    return None


def section(raw, head):
    """The passage of a text without articles under `head`: from the paragraph opening with
    it to the next heading of the same or a higher level (None when no paragraph opens so)."""
    pars = [norm(l) for l in unicodedata.normalize("NFKC", raw).splitlines() if l.strip()]
    m = re.match(r"^(.*)\+([0-9]+)$", head)
    h = norm(m.group(1) if m else head)
    for i, par in enumerate(pars):
        if par.startswith(h) and m:
            return "".join(pars[i:i + 1 + int(m.group(2))])
        if par.startswith(h):
            lv = level(par)
            out = [par]
            for nxt in pars[i + 1:]:
                nl = level(nxt)
                if nl is not None and lv is not None and nl <= lv:
                    break
                out.append(nxt)
            return "".join(out)
    return None


FIGURE = re.compile(r"[0-9]|[一二三四五六七八九十百千]+(日|天|年|个月|月|元|万元|周岁|岁|分钟|小时|平方米|亩|学时|家|项)")


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, allowed = load_texts(DOCS, TRUTH, ALLOWED_LIST)
    big = "\x00".join(text.values())
    texts = (truth, raw, text, allowed, big)

    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc = (collections.Counter() for _ in range(4))
    n_list = n_figure = 0
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
        if art.startswith("第") and art.endswith("条"):
            if doc not in art_cache:
                art_cache[doc] = articles(raw[doc])
            if art not in art_cache[doc]:
                err(qid, f"article {art} not found in {doc}")
                continue
            chap, atext = art_cache[doc][art]
            part = "总则附则" if ("总则" in chap or "附则" in chap) else "operative"
            if not chap and (art in ("第一条", "第二条") or re.search("施行|实施", atext[:40]) and len(atext) < 80):
                part = "总则附则"   # unchaptered texts: purpose/scope and date-of-effect articles
        else:
            atext = section(raw[doc], art)
            if atext is None:
                err(qid, f"heading {art!r} not found at the start of a paragraph of {doc}")
                continue
            part = "goals" if re.search(r"目标|原则|到20[0-9]{2}年", atext[:200] + art) else "operative"
        if trap is None:
            by_part[part] += 1
            by_doc[doc] += 1
            if q.get("kind") == "list":
                n_list += 1
            if any(FIGURE.search(v) for v in ev):
                n_figure += 1
        check_strings(qid, ac, ev, atext, doc, art, doc_region, texts, err)

    if n_list < 10:
        err("file", f"{n_list} ordinary list questions, fewer than 10")
    if n_figure < 15:
        err("file", f"{n_figure} ordinary questions with a figure in expect_value, fewer than 15")
    if by_part.get("总则附则", 0) > 8:
        err("file", "more than 8 ordinary questions on 总则/附则")
    if by_part.get("goals", 0) < 5:
        err("file", "fewer than 5 ordinary questions on goal or guiding sections")
    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary list questions: {n_list}; ordinary questions with a figure in expect_value: {n_figure}")
    print(f"ordinary questions' gold documents: {len(by_doc)}")
    print(f"gold documents (all): {len({d for d, _ in GOLD.values()})}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
