"""Checker for tests/eval/dev28-2026-12-07.jsonl, a development set over the 总则/附则 chapters of
real documents. It needs no system output: it reads only the set, the document texts and their
true regions.

Checks
- format (rules of blind_checks.py): ids d28q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  here also Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, article); the document is one of
  tests/eval/real-dev28-docs.txt (the list the writer was given); the question's region is the document's true region.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold article, hence in the
  gold document, and in no document of another region among all texts in $REAL_DOCS.
- each expect_value string occurs in the gold article (the text from its 第X条 to the next article).
- the gold article lies in a chapter named 总则 or 附则 (every question with a gold).
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
Usage: python3 tests/eval/check_dev28.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import check_raw_set, raw_passage

NAME = "dev28-2026-12-07.jsonl"
PREFIX = "d28q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-dev28-docs.txt")

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



def passage(entry, raw, text, art_cache):
    """The gold article, which must lie in a chapter named 总则 or 附则 (this set's brief); its part
    is that chapter's name."""
    found = raw_passage(entry, raw, text, art_cache)
    if isinstance(found, str):
        return found
    doc, art = entry
    chap, atext = art_cache[doc][art]
    if "总则" not in chap and "附则" not in chap:
        return f"gold article {doc} {art} is in chapter {chap!r}, not 总则/附则"
    return ("总则" if "总则" in chap else "附则"), atext


if __name__ == "__main__":
    # the brief asked for no quota of kinds or parts: every ordinary question is on 总则/附则
    check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, passage=passage, quotas={})
