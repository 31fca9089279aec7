"""Checker for tests/eval/dev31-2026-12-07.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans). It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids d31q001.. in order, known fields, kind and trap values,
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
- no question string equals a question of another tests/eval/*.jsonl file (as blind_checks.check:
  compared, never printed; only the own id is printed).
- the counts the brief asks for: by kind, by part (operative / 总则附则 / goals), list questions,
  figure questions (expect_value holding a digit or a Chinese numeral with a unit, 个 included),
  who questions, documents.
Usage: python3 tests/eval/check_dev31.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import check_raw_set  # the format rules and raw-text checks; no export

NAME = "dev31-2026-12-07.jsonl"
PREFIX = "d31q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-dev-docs.txt")

GOLD = {
    "d31q001": ("d0008", "第八条"),
    "d31q002": ("d0008", "第十条"),
    "d31q003": ("d0015", "第三十七条"),
    "d31q004": ("d0015", "第四十四条"),
    "d31q005": ("d0020", "第二十二条"),
    "d31q006": ("d0020", "第二十三条"),
    "d31q007": ("d0025", "第十八条"),
    "d31q008": ("d0025", "第十条"),
    "d31q009": ("d0038", "第十四条"),
    "d31q010": ("d0038", "第十三条"),
    "d31q011": ("d0054", "第五条"),
    "d31q012": ("d0054", "第七条"),
    "d31q013": ("d0081", "第十二条"),
    "d31q014": ("d0052", "第八条"),
    "d31q015": ("d0052", "第十四条"),
    "d31q016": ("d0012", "一、北京市各区耕地占用税的适用税额"),
    "d31q017": ("d0105", "第十六条"),
    "d31q018": ("d0105", "第九条"),
    "d31q019": ("d0115", "第七条"),
    "d31q020": ("d0115", "第八条"),
    "d31q021": ("d0121", "第二十条"),
    "d31q022": ("d0128", "第十二条"),
    "d31q023": ("d0132", "第十一条"),
    "d31q024": ("d0132", "第十七条"),
    "d31q025": ("d0089", "第二条"),
    "d31q026": ("d0179", "第十六条"),
    "d31q027": ("d0179", "第九条"),
    "d31q028": ("d0181", "第十三条"),
    "d31q029": ("d0181", "第六条"),
    "d31q030": ("d0205", "第九条"),
    "d31q031": ("d0205", "第十三条"),
    "d31q032": ("d0209", "第十六条"),
    "d31q033": ("d0209", "第三十四条"),
    "d31q034": ("d0260", "第十四条"),
    "d31q035": ("d0260", "第三十条"),
    "d31q036": ("d0221", "第七条"),
    "d31q037": ("d0221", "第二十四条"),
    "d31q038": ("d0278", "第十四条"),
    "d31q039": ("d0278", "第十八条"),
    "d31q040": ("d0287", "第五条"),
    "d31q041": ("d0294", "第六条"),
    "d31q042": ("d0294", "第十一条"),
    "d31q043": ("d0305", "第五条"),
    "d31q044": ("d0321", "第十九条"),
    "d31q045": ("d0321", "第二十七条"),
    "d31q046": ("d0330", "(一)试点申报"),
    "d31q047": ("d0330", "(一)试点申报"),
    "d31q048": ("d0410", "(二)主要目标"),
    "d31q049": ("d0410", "(二)主要目标"),
    "d31q050": ("d0343", "一、工作目标"),
    "d31q051": ("d0391", "二、建设目标"),
    "d31q052": ("d0391", "二、建设目标"),
    "d31q053": ("d0008", "第二十六条"),
    "d31q054": ("d0012", "一、北京市各区耕地占用税的适用税额"),
    "d31q055": ("d0294", "第十一条"),
    "d31q056": ("d0015", "第四十四条"),
    "d31q057": ("d0410", "(二)主要目标"),
    "d31q058": ("d0025", "第三十三条"),
    "d31q059": ("d0287", "第五条"),
    "d31q060": ("d0121", "第四条"),
    "d31q061": ("d0025", "第十八条"),
    "d31q062": ("d0015", "第二十四条"),
    "d31q063": ("d0025", "第十八条"),
    "d31q064": ("d0278", "第十四条"),
    "d31q065": ("d0287", "第五条"),
}


if __name__ == "__main__":
    check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, min_who=12)
