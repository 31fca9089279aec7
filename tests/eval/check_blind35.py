"""Checker for tests/eval/blind35-2026-12-07.jsonl, a HELD-OUT set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans), with an
emphasis on who questions. Written blind to the system; it needs no system output: it reads only
the set, the document texts and their true regions. Modelled on check_dev30.py.

Checks
- format (rules of blind_checks.py): ids b35q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal and
  nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator); the document is one of
  tests/eval/real-held-docs.txt (when that list is present); the question's region is the document's true
  region. The locator is an article 第X条 (the text from its line to the next article line), or, for
  a text without articles, a heading: the passage runs from the paragraph (non-empty line) that
  opens with that heading to the next heading of the same or a higher level (一、 > (一) > 1. > (1)).
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, hence in the
  gold document, and in no document of another region among all texts in DOCS_DIR.
- each expect_value string occurs in the gold passage.
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
- no question string equals a question of another tests/eval/*.jsonl file (compared, never
  printed; only the own id is printed), as blind_checks.py's cross-file check does.
- the counts the brief asks for: by kind, by part (operative / 总则附则 / goals), list questions
  (>= 10), figure questions (>= 15), ordinary who questions with expect_value (>= 12), howto
  questions (>= 10), documents.
Usage: python3 tests/eval/check_blind35.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import glob
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

NAME = "blind35-2026-12-07.jsonl"
PREFIX = "b35q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-held-docs.txt")

GOLD = {
    "b35q001": ('d0049', '第三十条'),
    "b35q002": ('d0049', '第六条'),
    "b35q003": ('d0050', '第十条'),
    "b35q004": ('d0022', '第七条'),
    "b35q005": ('d0022', '第二十一条'),
    "b35q006": ('d0029', '第三十五条'),
    "b35q007": ('d0046', '第十条'),
    "b35q008": ('d0053', '第二十九条'),
    "b35q009": ('d0058', '第五条'),
    "b35q010": ('d0084', '第四十三条'),
    "b35q011": ('d0084', '第四十三条'),
    "b35q012": ('d0090', '第二十九条'),
    "b35q013": ('d0014', '第二十八条'),
    "b35q014": ('d0010', '第二十八条'),
    "b35q015": ('d0096', '第二十八条'),
    "b35q016": ('d0108', '第八条'),
    "b35q017": ('d0112', '第十一条'),
    "b35q018": ('d0112', '第八条'),
    "b35q019": ('d0126', '第六条'),
    "b35q020": ('d0126', '第十六条'),
    "b35q021": ('d0130', '第二十五条'),
    "b35q022": ('d0130', '第二十七条'),
    "b35q023": ('d0136', '第二十六条'),
    "b35q024": ('d0146', '第七条'),
    "b35q025": ('d0158', '第八条'),
    "b35q026": ('d0188', '第二十一条'),
    "b35q027": ('d0191', '第二十四条'),
    "b35q028": ('d0214', '第二十七条'),
    "b35q029": ('d0216', '第三十九条'),
    "b35q030": ('d0218', '第十二条'),
    "b35q031": ('d0158', '第十六条'),
    "b35q032": ('d0245', '第六条'),
    "b35q033": ('d0257', '第五条'),
    "b35q034": ('d0259', '第十一条'),
    "b35q035": ('d0060', '第三十九条'),
    "b35q036": ('d0267', '第九条'),
    "b35q037": ('d0277', '第三十三条'),
    "b35q038": ('d0277', '第十条'),
    "b35q039": ('d0286', '第六十七条'),
    "b35q040": ('d0299', '第十一条'),
    "b35q041": ('d0301', '第三十二条'),
    "b35q042": ('d0311', '第三十三条'),
    "b35q043": ('d0337', '(三)建设目标'),
    "b35q044": ('d0362', '(三)主要目标'),
    "b35q045": ('d0362', '(二)基本原则'),
    "b35q046": ('d0372', '(三)主要目标'),
    "b35q047": ('d0416', '二、主要目标'),
    "b35q048": ('d0368', '(三)发展目标'),
    "b35q049": ('d0396', '二、申报流程'),
    "b35q050": ('d0418', '(二)申报限额'),
    "b35q051": ('d0418', '(四)申报材料'),
    "b35q052": ('d0245', '第六条'),
    "b35q053": ('d0029', '第三十八条'),
    "b35q054": ('d0196', '第二十七条'),
    "b35q055": ('d0416', '二、主要目标'),
    "b35q056": ('d0108', '第八条'),
    "b35q057": ('d0084', '第四十三条'),
    "b35q058": ('d0311', '第三十三条'),
    "b35q059": ('d0090', '第五十五条'),
    "b35q060": ('d0299', '第七条'),
    "b35q061": ('d0158', '第十一条'),
    "b35q062": ('d0050', '第三十八条'),
    "b35q063": ('d0259', '第十一条'),
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
    n_who = sum(1 for q in questions if not q.get("trap") and q.get("kind") == "who" and q.get("expect_value"))
    n_howto = sum(1 for q in questions if not q.get("trap") and q.get("kind") == "howto"
                  and not any(FIGURE.search(v) for v in q.get("expect_value", [])))
    if n_who < 12:
        err("file", f"{n_who} ordinary who questions with expect_value, fewer than 12")
    if n_howto < 10:
        err("file", f"{n_howto} ordinary howto questions without a figure value, fewer than 10")
    # exact duplicates with the other question files (strings compared, never printed)
    own_path = os.path.abspath(os.path.join(HERE, NAME))
    others = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.abspath(path) == own_path:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                try:
                    others.add(json.loads(line).get("question"))
                except ValueError:
                    pass
    for q in questions:
        if q.get("question") in others:
            err(q.get("id"), "question identical to a question of another file")
    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary list questions: {n_list}; ordinary questions with a figure in expect_value: {n_figure}")
    print(f"ordinary who questions with expect_value: {n_who}; ordinary howto questions (not a figure): {n_howto}")
    print(f"ordinary questions' gold documents: {len(by_doc)}")
    print(f"gold documents (all): {len({d for d, _ in GOLD.values()})}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
