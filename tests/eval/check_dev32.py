"""Checker for tests/eval/dev32-2026-12-08.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal and guiding sections of plans), with the
emphasis on how-to questions (how to apply, where to go, what to bring, how to complain) and on
cost questions. It needs no system output: it reads only the set, the document texts and their
true regions.

Checks
- all the checks of blind_checks.check_raw_set (as check_dev31.py): format, ids d32q001.. in
  order, GOLD (document, locator) per question, the document in tests/eval/real-dev-docs.txt, the
  question's region the document's true region, each answer_contains string in the gold passage
  and in no document of another region, each expect_value in the gold passage, no question
  sharing a run of more than 10 characters (whitespace removed) with any document text, no
  question equal to one of another tests/eval/*.jsonl file (compared, never printed), at least 10
  ordinary list questions, 15 with a figure, 5 on goal sections, at most 8 on 总则/附则, and here
  at least 8 ordinary who questions with expect_value;
- the counts this set's brief adds: at least 18 ordinary howto questions, 8 ordinary cost
  questions; at least 6 questions of MULTI_FIGURE (ordinary figure questions whose gold passage
  states two or more figures: checked as at least two figure matches in the passage), at least 3
  of MULTI_BODY (ordinary who questions whose gold passage names two or more bodies: checked as at
  least two body words in the passage), at least 4 of NAMED (questions that name the document as
  people do: the short name given here occurs in the question).
Usage: python3 tests/eval/check_dev32.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N` (the shared checks and the added counts together); exits 1 when
there are errors.
"""
import contextlib
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import check_raw_set, articles, section, load_texts, FIGURE  # no export

NAME = "dev32-2026-12-08.jsonl"
PREFIX = "d32q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-dev-docs.txt")

GOLD = {
    "d32q001": ("d0028", "第十六条"),
    "d32q002": ("d0028", "第二十五条"),
    "d32q003": ("d0162", "第八条"),
    "d32q004": ("d0162", "第十八条"),
    "d32q005": ("d0160", "第十八条"),
    "d32q006": ("d0160", "第二十条"),
    "d32q007": ("d0116", "第十五条"),
    "d32q008": ("d0116", "第十一条"),
    "d32q009": ("d0119", "第三十六条"),
    "d32q010": ("d0176", "第二十一条"),
    "d32q011": ("d0176", "第三十七条"),
    "d32q012": ("d0079", "第二十条"),
    "d32q013": ("d0086", "第三十九条"),
    "d32q014": ("d0072", "第九条"),
    "d32q015": ("d0070", "第四十一条"),
    "d32q016": ("d0070", "第二十八条"),
    "d32q017": ("d0066", "第十六条"),
    "d32q018": ("d0313", "第二十六条"),
    "d32q019": ("d0313", "第三十五条"),
    "d32q020": ("d0308", "第十四条"),
    "d32q021": ("d0150", "第四十一条"),
    "d32q022": ("d0240", "第十五条"),
    "d32q023": ("d0240", "第四十五条"),
    "d32q024": ("d0254", "第四十三条"),
    "d32q025": ("d0235", "第三十六条"),
    "d32q026": ("d0306", "第二十八条"),
    "d32q027": ("d0104", "第六十三条"),
    "d32q028": ("d0016", "第十三条"),
    "d32q029": ("d0215", "第二十四条"),
    "d32q030": ("d0215", "第十七条"),
    "d32q031": ("d0137", "第三十条"),
    "d32q032": ("d0147", "第十六条"),
    "d32q033": ("d0004", "第七条"),
    "d32q034": ("d0061", "第十四条"),
    "d32q035": ("d0061", "第六条"),
    "d32q036": ("d0063", "第十五条"),
    "d32q037": ("d0302", "第十九条"),
    "d32q038": ("d0302", "第二十六条"),
    "d32q039": ("d0233", "第三条"),
    "d32q040": ("d0359", "(二)建设目标"),
    "d32q041": ("d0349", "到2023年,初步建立建材行业智能制造标准体系+8"),
    "d32q042": ("d0355", "到2022年,初步建立智能船舶标准体系+2"),
    "d32q043": ("d0373", "三、发展目标"),
    "d32q044": ("d0369", "(三)战略目标"),
    "d32q045": ("d0357", "(二)基本原则"),
    "d32q046": ("d0364", "(三)发展目标"),
    "d32q047": ("d0373", "三、发展目标"),
    "d32q048": ("d0298", "第三十三条"),
    "d32q049": ("d0155", "第二十七条"),
    "d32q050": ("d0148", "第九条"),
    "d32q051": ("d0100", "第二十五条"),
    "d32q052": ("d0100", "第二十六条"),
    "d32q053": ("d0147", "第十四条"),
    "d32q054": ("d0240", "第十九条"),
    "d32q055": ("d0306", "第十六条"),
    "d32q056": ("d0147", "第五十六条"),
    "d32q057": ("d0119", "第二十条"),
    "d32q058": ("d0079", "第二十条"),
    "d32q059": ("d0215", "第十七条"),
    "d32q060": ("d0176", "第七条"),
    "d32q061": ("d0028", "第十五条"),
    "d32q062": ("d0235", "第三十八条"),
    "d32q063": ("d0028", "第十六条"),
    "d32q064": ("d0160", "第十八条"),
    "d32q065": ("d0119", "第二十一条"),
}

MULTI_FIGURE = ['d32q001', 'd32q006', 'd32q015', 'd32q022', 'd32q037', 'd32q041', 'd32q042', 'd32q043', 'd32q044']
MULTI_BODY = ['d32q010', 'd32q019', 'd32q030', 'd32q033', 'd32q039']

# questions that name the document as people do: id -> the name as the question writes it
NAMED = {"d32q010": "物业条例", "d32q012": "献血条例", "d32q017": "控烟条例", "d32q027": "营商环境条例", "d32q028": "优化营商环境条例"}

BODY = re.compile(r"部门|机构|人民政府|办事处|委员会|单位|机关")


def passage(raw, loc):
    if loc.startswith("第") and loc.endswith("条"):
        return articles(raw).get(loc, ("", ""))[1]
    return section(raw, loc) or ""


def extra_checks():
    errors = []
    truth, raw, _text, _allowed = load_texts(DOCS, TRUTH, ALLOWED_LIST)
    qs = {q["id"]: q for q in (json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip())}
    ordinary = [q for q in qs.values() if not q.get("trap")]
    n_howto = sum(1 for q in ordinary if q["kind"] == "howto")
    n_cost = sum(1 for q in ordinary if q["kind"] == "cost")
    if n_howto < 18:
        errors.append(f"file: {n_howto} ordinary howto questions, fewer than 18")
    if n_cost < 8:
        errors.append(f"file: {n_cost} ordinary cost questions, fewer than 8")
    for qid in MULTI_FIGURE:
        q = qs.get(qid)
        if not q or q.get("trap") or not any(FIGURE.search(v) for v in q.get("expect_value", [])):
            errors.append(f"{qid}: MULTI_FIGURE entry is not an ordinary figure question")
            continue
        doc, loc = GOLD[qid]
        if len(FIGURE.findall(passage(raw[doc], loc))) < 2:
            errors.append(f"{qid}: gold passage has fewer than two figures")
    for qid in MULTI_BODY:
        q = qs.get(qid)
        if not q or q.get("trap") or q["kind"] != "who":
            errors.append(f"{qid}: MULTI_BODY entry is not an ordinary who question")
            continue
        doc, loc = GOLD[qid]
        if len(BODY.findall(passage(raw[doc], loc))) < 2:
            errors.append(f"{qid}: gold passage names fewer than two bodies")
    for qid, name in NAMED.items():
        if name not in qs.get(qid, {}).get("question", ""):
            errors.append(f"{qid}: question does not hold the name given in NAMED")
    if len(MULTI_FIGURE) < 6:
        errors.append("file: fewer than 6 multi-figure questions")
    if len(MULTI_BODY) < 3:
        errors.append("file: fewer than 3 who questions over several bodies")
    if len(NAMED) < 4:
        errors.append("file: fewer than 4 questions naming the document")
    print(f"ordinary howto: {n_howto}; ordinary cost: {n_cost}; multi-figure: {len(MULTI_FIGURE)}; "
          f"who over several bodies: {len(MULTI_BODY)}; naming the document: {len(NAMED)}")
    return errors


if __name__ == "__main__":
    buf = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(buf):
        try:
            check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, min_who=8)
        except SystemExit as e:
            code = e.code or 0
    lines = buf.getvalue().splitlines()
    shared = 0
    for line in lines:
        m = re.match(r"^errors: ([0-9]+)$", line)
        if m:
            shared = int(m.group(1))
        else:
            print(line)
    extra = extra_checks()
    for e in extra:
        print("ERROR", e)
    print(f"shared-check errors: {shared}; added-count errors: {len(extra)}")
    print(f"errors: {shared + len(extra)}")
    sys.exit(1 if (code or shared or extra) else 0)
