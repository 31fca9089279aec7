"""Checker for tests/eval/blind33-2026-12-07.jsonl, a HELD-OUT set over real documents (any part of
them: operative articles, 总则/附则, and the goal / principle sections of plans). It needs no system
output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids b33q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  no ASCII/CJK quotation marks or brackets; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region; covered
  questions carry a region.
- GOLD: every question with answer_contains has a gold (document, locator); the document is one of
  tests/eval/real-held-docs.txt (when that list is present); the question's region is the document's true
  region (truth.jsonl); an uncovered_region is not a region of truth.jsonl.
- the gold passage: for a locator 第X条, the text from the line opening with 第X条 to the next such
  line; for any other locator (a heading of a text without articles), the PASSAGE characters of the
  document (NFKC, whitespace removed) from the first occurrence of the locator.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, hence in the
  gold document, and in no document of another region among all texts of DOCS_DIR.
- each expect_value string occurs in the gold passage.
- no question shares a run of more than 10 characters (whitespace removed) with any document text
  (blind_checks.longest_shared_run).
Unlike check_dev28.py it does not require the gold article to lie in 总则/附则: it reports the part
(operative / 总则附则 / goals) of each ordinary question instead: 总则附则 when the article lies in a
chapter so named, or is listed in GENERAL_NO_CHAPTER (a text without chapters); goals when the
locator is a heading; operative otherwise.
Usage: python3 tests/eval/check_blind33.py [DOCS_DIR [TRUTH]]
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
from blind_checks import check_fields, longest_shared_run, strip  # the format rules only; no export checks

NAME = "blind33-2026-12-07.jsonl"
PREFIX = "b33q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-held-docs.txt")
PASSAGE = 700  # characters of a heading-located passage

GOLD = {
    "b33q001": ("d0022", "第二十五条"),
    "b33q002": ("d0024", "第二十条"),
    "b33q003": ("d0046", "第十七条"),
    "b33q004": ("d0049", "第二十五条"),
    "b33q005": ("d0050", "第三十八条"),
    "b33q006": ("d0053", "第二十九条"),
    "b33q007": ("d0084", "第四十五条"),
    "b33q008": ("d0076", "第四十五条"),
    "b33q009": ("d0076", "第二十条"),
    "b33q010": ("d0010", "第二十二条"),
    "b33q011": ("d0060", "第十一条"),
    "b33q012": ("d0062", "第二十七条"),
    "b33q013": ("d0112", "第十六条"),
    "b33q014": ("d0114", "第二十条"),
    "b33q015": ("d0102", "第八条"),
    "b33q016": ("d0158", "第十五条"),
    "b33q017": ("d0196", "第十条"),
    "b33q018": ("d0165", "第五十七条"),
    "b33q019": ("d0191", "第八条"),
    "b33q020": ("d0191", "第七条"),
    "b33q021": ("d0202", "第十二条"),
    "b33q022": ("d0202", "第十三条"),
    "b33q023": ("d0203", "第十条"),
    "b33q024": ("d0224", "第八条"),
    "b33q025": ("d0228", "第五十一条"),
    "b33q026": ("d0257", "第十五条"),
    "b33q027": ("d0259", "第二十一条"),
    "b33q028": ("d0277", "第二十七条"),
    "b33q029": ("d0299", "第十八条"),
    "b33q030": ("d0299", "第二十一条"),
    "b33q031": ("d0301", "第十条"),
    "b33q032": ("d0318", "第十二条"),
    "b33q033": ("d0286", "第六十七条"),
    "b33q034": ("d0292", "第二十四条"),
    "b33q035": ("d0108", "第八条"),
    "b33q036": ("d0114", "第四条"),
    "b33q037": ("d0158", "第七条"),
    "b33q038": ("d0272", "第四十八条"),
    "b33q039": ("d0416", "主要目标"),
    "b33q040": ("d0407", "到2025年"),
    "b33q041": ("d0322", "总体目标"),
    "b33q042": ("d0362", "主要目标"),
    "b33q043": ("d0362", "基本原则"),
    "b33q044": ("d0372", "主要目标"),
    "b33q045": ("d0325", "到2027年"),
    "b33q046": ("d0326", "到2027年"),
    "b33q047": ("d0338", "基本原则"),
    "b33q048": ("d0404", "到2025年济南市"),
    "b33q049": ("d0259", "第二十条"),
    "b33q050": ("d0290", "第十三条"),
    "b33q051": ("d0292", "第十四条"),
    "b33q052": ("d0090", "第四十三条"),
    "b33q053": ("d0245", "第十条"),
    "b33q054": ("d0272", "第二十六条"),
    "b33q055": ("d0108", "第八条"),
    "b33q056": ("d0163", "第五条"),
    "b33q057": ("d0163", "第五条"),
    "b33q058": ("d0029", "第二十条"),
    "b33q059": ("d0245", "第十条"),
    "b33q060": ("d0029", "第二十条"),
    "b33q061": ("d0301", "第十条"),
    "b33q062": ("d0228", "第五十一条"),
}

# Articles of texts without chapters that are general provisions in substance (who is in charge);
# the checker verifies that their text has no chapter headings and counts them as 总则附则.
GENERAL_NO_CHAPTER = {("d0114", "第四条"), ("d0158", "第七条")}

NUM = "[一二三四五六七八九十百零〇]+"
HEAD_ART = re.compile(r"^[\s\u3000]*(第" + NUM + r"条)")
HEAD_CHAP = re.compile(r"^[\s\u3000]*第" + NUM + r"[章节]\s*(.*)")
BAD_CHARS = re.compile(r"[\"'“”‘’()（）《》【】\[\]]")


def norm(s):
    return strip(unicodedata.normalize("NFKC", s or ""))


def articles(raw):
    """{article number: (chapter title, article text without whitespace)}; an article runs
    from a line that opens with 第X条 to the next such line or chapter heading (first wins)."""
    out = {}
    chap, cur, buf = "", None, []

    def flush():
        if cur and cur[0] not in out:
            out[cur[0]] = (cur[1], norm("".join(buf)))

    for line in unicodedata.normalize("NFKC", raw).splitlines():
        c = HEAD_CHAP.match(line)
        a = HEAD_ART.match(line)
        if c and not a:
            flush()
            cur, buf = None, []
            chap = strip(c.group(1)) or strip(line)
            continue
        if a:
            flush()
            cur, buf = (a.group(1), chap), [line]
        elif cur:
            buf.append(line)
    flush()
    return out


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth = {}
    for line in open(TRUTH, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            truth[t["file"][:-4] if t["file"].endswith(".txt") else t["file"]] = t["region"]
    regions = set(truth.values())
    raw, text = {}, {}
    for f in sorted(os.listdir(DOCS)):
        if f.endswith(".txt"):
            raw[f[:-4]] = open(os.path.join(DOCS, f), encoding="utf-8").read()
            text[f[:-4]] = norm(raw[f[:-4]])
    allowed = None
    if os.path.exists(ALLOWED_LIST):
        allowed = {l.split("\t")[0] for l in open(ALLOWED_LIST, encoding="utf-8") if l.strip()}
    big = "\x00".join(text.values())

    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc, all_doc = (collections.Counter() for _ in range(5))
    figures = lists = 0
    longest = (0, None)
    art_cache = {}
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

        if trap == "noise":
            if q.get("expect_refusal") is not True or ac or ev or region or q.get("uncovered_region"):
                err(qid, "noise needs expect_refusal and no answer_contains/expect_value/region")
            if qid in GOLD:
                err(qid, "GOLD for a noise question")
            continue
        if q.get("expect_refusal"):
            err(qid, "expect_refusal only on noise")
        if trap == "uncovered_region":
            if not q.get("uncovered_region") or region:
                err(qid, "uncovered_region question needs uncovered_region and no region")
            elif q["uncovered_region"] in regions:
                err(qid, "uncovered_region is a region of the truth")
        if trap != "uncovered_region" and q.get("uncovered_region"):
            err(qid, "uncovered_region field on a covered question")
        if trap != "uncovered_region" and not region:
            err(qid, "covered question without region")
        if q.get("kind") in ("list", "precedent") and trap is None:
            if not 2 <= len(ac) <= 5:
                err(qid, "list/precedent answer_contains needs 2-5 strings")
        elif not 1 <= len(ac) <= 3:
            err(qid, "answer_contains needs 1-3 strings")
        if ev and not 1 <= len(ev) <= 4:
            err(qid, "expect_value needs 1-4 strings")

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
        if trap == "uncovered_region" and q["uncovered_region"] == doc_region:
            err(qid, "uncovered_region equals the region of the gold document")
        all_doc[doc] += 1
        if HEAD_ART.match(loc):
            if doc not in art_cache:
                art_cache[doc] = articles(raw[doc])
            if loc not in art_cache[doc]:
                err(qid, f"article {loc} not found in {doc}")
                continue
            chap, passage = art_cache[doc][loc]
            part = "总则附则" if ("总则" in chap or "附则" in chap) else "operative"
            if (doc, loc) in GENERAL_NO_CHAPTER:
                if chap:
                    err(qid, f"{doc} {loc} is listed as general but lies in chapter {chap!r}")
                part = "总则附则"
        else:
            k = text[doc].find(norm(loc))
            if k < 0:
                err(qid, f"heading {loc!r} not found in {doc}")
                continue
            passage = text[doc][k:k + PASSAGE]
            part = "goals"
        if trap is None:
            by_part[part] += 1
            by_doc[doc] += 1
            if q.get("kind") == "list":
                lists += 1
            if ev and q.get("kind") in ("time", "cost", "howto", "deadline") and re.search(r"[0-9一二三四五六七八九十百千万两]", "".join(ev)):
                figures += 1
        for s in ac:
            if not 6 <= len(s) <= 20 or re.search(r"\s", s):
                err(qid, f"answer_contains {s!r}: needs 6-20 characters, no whitespace")
            if unicodedata.normalize("NFKC", s) != s:
                err(qid, f"answer_contains {s!r} is not NFKC-stable")
            if BAD_CHARS.search(s):
                err(qid, f"answer_contains {s!r}: quotation marks or brackets")
            if s not in passage:
                err(qid, f"answer_contains {s!r} not in {doc} {loc}")
            other = sorted({truth.get(d, "?") for d, t in text.items()
                            if s in t and truth.get(d) != doc_region})
            if other:
                err(qid, f"answer_contains {s!r} also in documents of {other}")
        for v in ev:
            if norm(v) not in passage:
                err(qid, f"expect_value {v!r} not in {doc} {loc}")

    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    print(f"set: tests/eval/{NAME}; documents: {DOCS} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary list questions: {lists}; ordinary questions with a figure in expect_value: {figures}")
    print(f"ordinary questions' gold documents: {len(by_doc)}; most questions on one document: "
          f"{max(all_doc.values()) if all_doc else 0}")
    print(f"gold documents (all): {len(all_doc)}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
