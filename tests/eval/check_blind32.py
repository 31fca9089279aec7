"""Checker of the held-out set blind32-2026-12-07.jsonl (see BLIND32-2026-12-07.md).

Needs no system output: it reads only the set, the real documents
($REAL_DOCS or /work/shared/eval/real/docs/<id>.txt) and their true regions
(truth.jsonl next to that folder).

Checks
- format, as in blind_checks.py: ids b32q001.. in order, known fields, kind and trap values;
  answer_contains 1-3 strings (ordinary list questions: 2-5) of 6-20 characters, no
  whitespace, NFKC-stable, and here also Han characters and digits only; expect_value 1-4
  strings; noise carries expect_refusal and nothing else; uncovered_region questions carry
  uncovered_region and no region; no duplicate question strings, none equal to a question of
  another tests/eval/*.jsonl file (compared, not printed).
- GOLD below gives, per question, the answering document and article. The document exists,
  its true region equals the question's region (uncovered questions: none), and the article
  lies in a 总则 or 附则 chapter as PART says.
- each answer_contains string occurs in the NFKC-normalised, whitespace-free text of the
  answering article, hence of the document, and in no document of another region among all
  texts (regions from truth.jsonl; for uncovered questions: another region than the gold
  document's).
- each expect_value string occurs in the same article (from its 第X条 to the next).
- no question shares a run of more than 10 characters (whitespace removed) with any document.
Prints counts and `errors: N`; exits 1 when there are errors.

Run: python3 tests/eval/check_blind32.py
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
from blind_checks import FIELDS, KINDS, TRAPS, strip  # noqa: E402

NAME = "blind32-2026-12-07.jsonl"
PREFIX = "b32q"
DOCS = os.environ.get("REAL_DOCS", "/work/shared/eval/real/docs")
TRUTH = os.path.join(os.path.dirname(os.path.abspath(DOCS)), "truth.jsonl")

# question -> (document, article) that answers it
GOLD = {
    "b32q001": ("d0015", "第五条"),
    "b32q002": ("d0017", "第二条"),
    "b32q003": ("d0021", "第四条"),
    "b32q004": ("d0025", "第三条"),
    "b32q005": ("d0029", "第四条"),
    "b32q006": ("d0039", "第九条"),
    "b32q007": ("d0058", "第五条"),
    "b32q008": ("d0062", "第六十条"),
    "b32q009": ("d0067", "第二条"),
    "b32q010": ("d0079", "第八条"),
    "b32q011": ("d0087", "第七十条"),
    "b32q012": ("d0409", "第二条"),
    "b32q013": ("d0096", "第二条"),
    "b32q014": ("d0111", "第二条"),
    "b32q015": ("d0119", "第四十五条"),
    "b32q016": ("d0131", "第十一条"),
    "b32q017": ("d0131", "第四十六条"),
    "b32q018": ("d0136", "第二条"),
    "b32q019": ("d0146", "第七条"),
    "b32q020": ("d0146", "第九条"),
    "b32q021": ("d0147", "第二条"),
    "b32q022": ("d0147", "第六十条"),
    "b32q023": ("d0152", "第二条"),
    "b32q024": ("d0161", "第八条"),
    "b32q025": ("d0163", "第六条"),
    "b32q026": ("d0165", "第九条"),
    "b32q027": ("d0165", "第五条"),
    "b32q028": ("d0191", "第四条"),
    "b32q029": ("d0202", "第三十五条"),
    "b32q030": ("d0209", "第二条"),
    "b32q031": ("d0218", "第四条"),
    "b32q032": ("d0259", "第五条"),
    "b32q033": ("d0260", "第三十一条"),
    "b32q034": ("d0272", "第四十八条"),
    "b32q035": ("d0277", "第四十九条"),
    "b32q036": ("d0299", "第三十二条"),
    "b32q037": ("d0307", "第四十八条"),
    "b32q038": ("d0311", "第二条"),
    "b32q039": ("d0286", "第五条"),
    "b32q040": ("d0245", "第二十六条"),
    "b32q041": ("d0079", "第五条"),
    "b32q042": ("d0245", "第二十七条"),
    "b32q043": ("d0272", "第五十条"),
    "b32q044": ("d0136", "第五条"),
    "b32q045": ("d0163", "第五条"),
    "b32q046": ("d0173", "第六条"),
    "b32q047": ("d0015", "第六条"),
    "b32q048": ("d0079", "第五条"),
    "b32q049": ("d0058", "第五条"),
    "b32q050": ("d0272", "第四十八条"),
}

# the chapter each gold article lies in
PART = {q: "总则" for q in GOLD}
PART.update({q: "附则" for q in (
    "b32q008", "b32q011", "b32q015", "b32q017", "b32q022", "b32q029", "b32q033", "b32q034",
    "b32q035", "b32q036", "b32q037", "b32q040", "b32q042", "b32q043", "b32q050")})

NUM = "零一二三四五六七八九十百"
ART = re.compile(r"(?m)^[ \t\u3000]*(第[" + NUM + r"]+条)(?=[ \t\u3000]|$)")
CHAP = re.compile(r"(?m)^[ \t\u3000]*第[" + NUM + r"]+章([^\n]*)$")
HAN_DIGITS = re.compile(r"^[\u4e00-\u9fff0-9]+$")


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def load_doc(doc):
    with open(os.path.join(DOCS, doc + ".txt"), encoding="utf-8") as f:
        return nfkc(f.read())


def articles(text, number):
    """The texts (from the heading to the next article heading) of every article `number`,
    each with the name of the chapter it lies in (whitespace removed)."""
    heads = list(ART.finditer(text))
    chaps = [(m.start(), strip(m.group(1))) for m in CHAP.finditer(text)]
    out = []
    for i, m in enumerate(heads):
        if m.group(1) != number:
            continue
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.start():end]
        # a chapter heading inside the span ends the article
        c = CHAP.search(body)
        if c:
            body = body[:c.start()]
        chapter = ""
        for pos, name in chaps:
            if pos < m.start():
                chapter = name
        out.append((strip(body), chapter))
    return out


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth = {}
    with open(TRUTH, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                t = json.loads(line)
                truth[t["file"][:-4] if t["file"].endswith(".txt") else t["file"]] = t["region"]
    texts = {}
    for path in sorted(glob.glob(os.path.join(DOCS, "*.txt"))):
        doc = os.path.basename(path)[:-4]
        texts[doc] = strip(load_doc(doc))
    missing = sorted(set(texts) - set(truth))
    if missing:
        errors.append(f"file: {len(missing)} documents without a region in truth.jsonl")
    big = "\x00".join(texts.values())

    with open(os.path.join(HERE, NAME), encoding="utf-8") as f:
        questions = [json.loads(l) for l in f if l.strip()]
    by_kind = collections.Counter()
    by_trap = collections.Counter()
    by_part = collections.Counter()
    by_doc = collections.Counter()
    longest = (0, None)

    for i, q in enumerate(questions, 1):
        qid = q.get("id", f"line{i}")
        if qid != f"{PREFIX}{i:03d}":
            err(qid, f"id out of order (expected {PREFIX}{i:03d})")
        extra = set(q) - FIELDS
        if extra:
            err(qid, f"unknown fields {sorted(extra)}")
        if not q.get("question"):
            err(qid, "empty question")
            continue
        kind, trap = q.get("kind"), q.get("trap")
        if kind not in KINDS:
            err(qid, f"bad kind {kind}")
        if trap is not None and trap not in TRAPS:
            err(qid, f"bad trap {trap}")
        by_kind[kind] += 1
        by_trap[trap or "ordinary"] += 1
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        region = q.get("region")

        # copying: no run of more than 10 characters shared with any document
        qs = strip(q["question"])
        best = 0
        for a in range(len(qs)):
            while a + best + 1 <= len(qs) and qs[a:a + best + 1] in big:
                best += 1
        if best > 10:
            err(qid, f"question shares {best} characters with a document")
        if best > longest[0]:
            longest = (best, qid)

        if trap == "noise":
            if q.get("expect_refusal") is not True or ac or ev or region or qid in GOLD:
                err(qid, "noise needs expect_refusal and no answer_contains/expect_value/region/GOLD")
            continue
        if q.get("expect_refusal"):
            err(qid, "expect_refusal only on noise")
        if trap == "uncovered_region" and (not q.get("uncovered_region") or region):
            err(qid, "uncovered_region question needs uncovered_region and no region")
        if trap != "uncovered_region" and (q.get("uncovered_region") or not region):
            err(qid, "covered question needs a region and no uncovered_region")
        if kind in ("list", "precedent") and trap is None:
            if not 2 <= len(ac) <= 5:
                err(qid, "list answer_contains needs 2-5 strings")
        elif not 1 <= len(ac) <= 3:
            err(qid, "answer_contains needs 1-3 strings")
        if ev and not 1 <= len(ev) <= 4:
            err(qid, "expect_value needs 1-4 strings")
        if trap == "uncovered_region" and ev:
            err(qid, "uncovered_region question carries no expect_value")

        if qid not in GOLD:
            err(qid, "no GOLD entry")
            continue
        doc, number = GOLD[qid]
        if doc not in texts or doc not in truth:
            err(qid, f"gold document {doc} missing")
            continue
        home = truth[doc]
        if region is not None and region != home:
            err(qid, f"region {region} differs from the gold document's true region {home}")
        if trap == "uncovered_region" and q["uncovered_region"] == home:
            err(qid, "uncovered_region equals the gold document's region")
        arts = articles(load_doc(doc), number)
        if not arts:
            err(qid, f"{doc} has no article {number}")
            continue
        by_part[PART[qid]] += 1
        by_doc[doc] += 1

        holding = None
        for s in ac:
            if not 6 <= len(s) <= 20 or re.search(r"\s", s):
                err(qid, f"answer_contains #{ac.index(s)}: needs 6-20 characters, no whitespace")
            if nfkc(s) != s or not HAN_DIGITS.match(s):
                err(qid, f"answer_contains #{ac.index(s)}: not Han characters and digits only / not NFKC-stable")
            if s not in texts[doc]:
                err(qid, f"answer_contains #{ac.index(s)} not in {doc}")
            inside = [a for a in arts if s in a[0]]
            if not inside:
                err(qid, f"answer_contains #{ac.index(s)} not in {doc} {number}")
            elif holding is None:
                holding = inside[0]
            others = sorted({truth.get(d) for d, t in texts.items() if s in t and truth.get(d) != home})
            if others:
                err(qid, f"answer_contains #{ac.index(s)} also in documents of {others}")
        if holding is None:
            continue
        if PART[qid] not in holding[1]:
            err(qid, f"{doc} {number} lies in chapter {holding[1]!r}, not {PART[qid]}")
        for v in ev:
            if strip(v) not in holding[0]:
                err(qid, f"expect_value #{ev.index(v)} not in {doc} {number}")

    for qid in sorted(set(GOLD) - {q.get("id") for q in questions}):
        err(qid, "GOLD entry for a question not in the file")

    own = [q.get("question") for q in questions]
    if len(set(own)) != len(own):
        err("file", "duplicate question strings inside the file")
    other = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.basename(path) == NAME:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    try:
                        other.add(json.loads(line).get("question"))
                    except (ValueError, AttributeError):
                        pass
    for q in questions:
        if q.get("question") in other:
            err(q["id"], "question identical to a question of another file")

    print(f"documents: {len(texts)} under {DOCS}")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("by part:", dict(sorted(by_part.items())))
    print(f"gold documents: {len(by_doc)}", dict(sorted(by_doc.items())))
    print(f"longest run shared with a document: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
