"""Checker for tests/eval/dev30-2026-12-07.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans). It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids d30q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  here also Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal
  and nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator); the document is one of
  tests/eval/real-dev-docs.txt (the list the writer was given); the question's region is the document's true
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
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import check_raw_set  # the format rules and raw-text checks; no export

NAME = "dev30-2026-12-07.jsonl"
PREFIX = "d30q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-dev-docs.txt")

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


if __name__ == "__main__":
    check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, min_who=0)
