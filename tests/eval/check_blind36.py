"""Checker for tests/eval/blind36-2026-12-08.jsonl, a held-out set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans), written
blind to the system's code and output. It needs no system output: it reads only the set, the
document texts and their true regions.

Checks (the shared ones are blind_checks.check_raw_set, as for check_dev31.py)
- format: ids b36q001.. in order, known fields, kind and trap values, answer_contains 1-3 strings
  (ordinary list: 2-5) of 6-20 Han characters or digits, no whitespace, NFKC-stable; expect_value
  1-4 strings; noise carries expect_refusal and nothing else; uncovered_region questions carry
  uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator); the document is one of
  tests/eval/real-held-docs.txt (when that list is present); the question's region is the document's true
  region. The locator is an article 第X条, or, for a text without articles, a heading (the passage
  runs to the next heading of the same or a higher level; `HEADING+N` is that paragraph and the N
  after it).
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage and in no
  document of another region; each expect_value string occurs in the gold passage.
- no question shares a run of more than 10 characters (whitespace removed) with any document text.
- no question string equals a question of another tests/eval/*.jsonl file (compared, never printed).
- the counts the brief asks for: at least 10 ordinary list questions, 15 with a figure, 5 on goal
  sections, at most 8 on 总则/附则, 8 ordinary who questions with a value (here also: 3 of them
  naming two or more bodies), 18 howto, 8 cost.
Usage: python3 tests/eval/check_blind36.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import check_raw_set  # the format rules and raw-text checks; no export

NAME = "blind36-2026-12-08.jsonl"
PREFIX = "b36q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-held-docs.txt")

GOLD = {
    "b36q001": ("d0299", "第十一条"),
    "b36q002": ("d0299", "第十条"),
    "b36q003": ("d0311", "第二十二条"),
    "b36q004": ("d0277", "第二十六条"),
    "b36q005": ("d0277", "第二十一条"),
    "b36q006": ("d0259", "第十一条"),
    "b36q007": ("d0259", "第十五条"),
    "b36q008": ("d0245", "第十条"),
    "b36q009": ("d0258", "第二十七条"),
    "b36q010": ("d0049", "第三十二条"),
    "b36q011": ("d0049", "第十八条"),
    "b36q012": ("d0046", "第四条"),
    "b36q013": ("d0257", "第十三条"),
    "b36q014": ("d0214", "第二十一条"),
    "b36q015": ("d0214", "第八条"),
    "b36q016": ("d0267", "第九条"),
    "b36q017": ("d0112", "第九条"),
    "b36q018": ("d0112", "第十条"),
    "b36q019": ("d0130", "第十六条"),
    "b36q020": ("d0130", "第二十八条"),
    "b36q021": ("d0022", "第三十三条"),
    "b36q022": ("d0203", "第二十一条"),
    "b36q023": ("d0236", "第八条"),
    "b36q024": ("d0292", "第十二条"),
    "b36q025": ("d0096", "第十三条"),
    "b36q026": ("d0262", "第十六条"),
    "b36q027": ("d0396", "二、申报流程"),
    "b36q028": ("d0396", "(五)公共服务平台"),
    "b36q029": ("d0418", "(四)申报材料"),
    "b36q030": ("d0418", "二、建设任务"),
    "b36q031": ("d0256", "第六条"),
    "b36q032": ("d0163", "第五条"),
    "b36q033": ("d0163", "第四条"),
    "b36q034": ("d0228", "第十三条"),
    "b36q035": ("d0316", "第五条"),
    "b36q036": ("d0158", "第二十五条"),
    "b36q037": ("d0202", "第十条"),
    "b36q038": ("d0246", "第二十四条"),
    "b36q039": ("d0165", "第四十三条"),
    "b36q040": ("d0337", "(三)建设目标"),
    "b36q041": ("d0362", "(三)主要目标。"),
    "b36q042": ("d0416", "二、主要目标"),
    "b36q043": ("d0326", "到2027年,电力装备制造业数字化转型+0"),
    "b36q044": ("d0338", "二、行动目标"),
    "b36q045": ("d0372", "(三)主要目标"),
    "b36q046": ("d0416", "二、主要目标"),
    "b36q047": ("d0407", "二、重点领域"),
    "b36q048": ("d0362", "(二)基本原则。"),
    "b36q049": ("d0090", "第三十七条"),
    "b36q050": ("d0257", "第十五条"),
    "b36q051": ("d0276", "第八条"),
    "b36q052": ("d0046", "第十七条"),
    "b36q053": ("d0022", "第十四条"),
    "b36q054": ("d0236", "第十四条"),
    "b36q055": ("d0259", "第二十一条"),
    "b36q056": ("d0108", "第八条"),
    "b36q057": ("d0259", "第二十条"),
    "b36q058": ("d0272", "第二十六条"),
    "b36q059": ("d0416", "二、主要目标"),
    "b36q060": ("d0326", "到2027年,电力装备制造业数字化转型+0"),
    "b36q061": ("d0299", "第十一条"),
    "b36q062": ("d0259", "第十五条"),
    "b36q063": ("d0277", "第二十一条"),
    "b36q067": ("d0214", "第十五条"),
    "b36q068": ("d0316", "第十条"),
    "b36q069": ("d0407", "14.优化企业营商环境"),
}


def extra_counts():
    """The brief's own minimums beyond check_raw_set: howto ≥ 18, cost ≥ 8, ordinary who
    questions whose value names two or more bodies ≥ 3. Returns the error messages."""
    qs = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    kinds = collections.Counter(q["kind"] for q in qs)
    who2 = sum(1 for q in qs if q["kind"] == "who" and not q.get("trap") and len(q.get("expect_value", [])) >= 2)
    print(f"howto: {kinds['howto']}; cost: {kinds['cost']}; ordinary who with two or more bodies: {who2}")
    errs = []
    if kinds["howto"] < 18:
        errs.append(f"file: {kinds['howto']} howto questions, fewer than 18")
    if kinds["cost"] < 8:
        errs.append(f"file: {kinds['cost']} cost questions, fewer than 8")
    if who2 < 3:
        errs.append(f"file: {who2} who questions naming two or more bodies, fewer than 3")
    return errs


if __name__ == "__main__":
    errs = extra_counts()
    for e in errs:
        print("ERROR", e)
    code = 0
    try:
        check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, min_who=8)
    except SystemExit as e:
        code = e.code or 0
    if errs:
        print(f"extra errors: {len(errs)}")
    sys.exit(1 if (code or errs) else 0)
