"""Checker for tests/eval/named-2026-12-07.jsonl, a development set over the real documents of
questions that name a document (issue 10): by its full title, in 《》 or not, or by a short name
(the region or 中华人民共和国 dropped, 控烟 for 控制吸烟), answered from that document; and questions
naming a document the index does not hold (a national law, another city's regulation of a covered
province, a regulation a covered region does not have), trap `uncovered_document`. It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids n42q001.. in order, known fields, kind and trap values;
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 Han characters or digits.
- GOLD: each answerable question has a gold (document, 第X条); the question's region is the
  document's true region; each answer_contains string occurs in the article and in no document of
  another region; each expect_value string in the article.
- no question shares a run of more than 10 characters with a document text, once the gold
  document's own title is taken out of the question (a question may name it whole).
- uncovered_document questions: the field set, no answer_contains or expect_value; the name (and
  the name without 中华人民共和国) is the title of no real document (truth titles and the first three
  lines of every text) — it may be cited inside texts.
Usage: python3 tests/eval/check_named.py [DOCS_DIR [TRUTH]]
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import articles, check_fields, check_strings, load_texts, longest_shared_run, norm

NAME = "named-2026-12-07.jsonl"
PREFIX = "n42q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")

GOLD = {"n42q001": ["d0016", "第三十四条"], "n42q002": ["d0029", "第二十条"], "n42q003": ["d0039", "第三十六条"],
        "n42q004": ["d0066", "第十一条"], "n42q005": ["d0070", "第十六条"], "n42q006": ["d0097", "第十四条"],
        "n42q007": ["d0104", "第二十五条"], "n42q008": ["d0104", "第二十四条"], "n42q009": ["d0228", "第二十三条"],
        "n42q010": ["d0176", "第二十六条"], "n42q011": ["d0299", "第十三条"], "n42q012": ["d0299", "第十五条"],
        "n42q013": ["d0262", "第十六条"], "n42q014": ["d0145", "第二十五条"], "n42q015": ["d0090", "第二十五条"],
        "n42q016": ["d0116", "第十一条"], "n42q017": ["d0296", "第十七条"], "n42q018": ["d0308", "第十四条"],
        "n42q019": ["d0072", "第十六条"], "n42q020": ["d0312", "第十七条"], "n42q021": ["d0221", "第十五条"],
        "n42q022": ["d0028", "第十五条"], "n42q023": ["d0148", "第十七条"]}


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, _allowed = load_texts(DOCS, TRUTH, "/nonexistent")
    titles = {}
    for line in open(TRUTH, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            titles[t["file"][:-4]] = norm(t.get("title") or "")
    heads = {d: norm("".join(r.splitlines()[:3])) for d, r in raw.items()}
    big = "\n".join(text.values())
    texts = (truth, raw, text, None, big)
    questions = [json.loads(l) for l in open(os.path.join(HERE, NAME), encoding="utf-8") if l.strip()]
    kinds, traps = collections.Counter(), collections.Counter()
    for i, q in enumerate(questions, 1):
        qid, trap = check_fields(q, i, PREFIX, err)
        kinds[q.get("kind")] += 1
        traps[trap or "ordinary"] += 1
        ac, ev = q.get("answer_contains", []), q.get("expect_value", [])
        if trap == "uncovered_document":
            name = q.get("uncovered_document")
            if not name:
                err(qid, "uncovered_document question without uncovered_document")
                continue
            if ac or ev or qid in GOLD:
                err(qid, "uncovered_document question with answer_contains/expect_value/GOLD")
            bare = norm(name).replace("中华人民共和国", "")
            held = sorted(d for d in text if bare and (bare in titles.get(d, "") and titles[d].endswith(bare)
                                                       or bare in heads[d] and not ("《" + bare) in heads[d]
                                                       and not ("国" + bare) in heads[d]))
            if held:
                err(qid, f"{name} looks held: {held}")
            continue
        if q.get("uncovered_document"):
            err(qid, "uncovered_document field on a covered question")
        if not q.get("region"):
            err(qid, "covered question without region")
        if q.get("kind") == "list" and not 2 <= len(ac) <= 5:
            err(qid, "list answer_contains needs 2-5 strings")
        elif q.get("kind") != "list" and not 1 <= len(ac) <= 3:
            err(qid, "answer_contains needs 1-3 strings")
        if qid not in GOLD:
            err(qid, "no GOLD entry")
            continue
        doc, art = GOLD[qid]
        if truth.get(doc) != q.get("region"):
            err(qid, f"region {q.get('region')} differs from the truth of {doc} ({truth.get(doc)})")
        qn = norm(q["question"]).replace(titles.get(doc) or "\0", "")
        best = longest_shared_run(qn, big)
        if best > 10:
            err(qid, f"question shares {best} characters with a document text")
        arts = articles(raw[doc])
        if art not in arts:
            err(qid, f"{doc} has no {art}")
            continue
        check_strings(qid, ac, ev, arts[art][1], doc, art, truth.get(doc), texts, err)
    print("questions", len(questions), "kinds", dict(kinds), "traps", dict(traps))
    for e in errors:
        print(e)
    print("errors:", len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
