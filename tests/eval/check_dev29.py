"""Checker for tests/eval/dev29-2026-12-07.jsonl, a development set over any part of real
documents (operative articles, 总则/附则, and the goal / principle sections of plans). It needs no
system output: it reads only the set, the document texts and their true regions.

Checks
- format (rules of blind_checks.py): ids d29q001.. in order, known fields, kind and trap values,
  answer_contains 1-3 strings (ordinary list: 2-5) of 6-20 characters, no whitespace, NFKC-stable,
  Han characters and digits only; expect_value 1-4 strings; noise carries expect_refusal and
  nothing else; uncovered_region questions carry uncovered_region and no region.
- GOLD: every question with answer_contains has a gold (document, locator, part); the document is
  one of tests/eval/real-dev-docs.txt (the list the writer was given); the question's region is the
  document's true region. The locator is an article (第X条: the text from that article to the next
  one) or, for a text without articles, a heading such as "(二)建设目标" or "一、": the text from
  that heading to the next heading of the same form.
- each answer_contains string occurs (NFKC, whitespace removed) in the gold passage, hence in the
  gold document, and in no document of another region among all texts in DOCS.
- each expect_value string occurs in the gold passage.
- part: "gz" (总则/附则) articles lie in a chapter named 总则 or 附则 when the document has
  chapters; "goal" passages are goal or principle sections (目标 / 原则 in the heading or passage).
- no question shares a run of more than 10 characters (whitespace removed) with any document text;
  no question string equals a question of another tests/eval/*.jsonl file (compared, not printed).
Usage: python3 tests/eval/check_dev29.py [DOCS_DIR [TRUTH]]
  (defaults /work/shared/eval/real/docs and /work/shared/eval/real/truth.jsonl)
Prints counts and `errors: N`; exits 1 when there are errors.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_checks import NUM, articles, check_raw_set, norm

NAME = "dev29-2026-12-07.jsonl"
PREFIX = "d29q"
DOCS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/real/docs"
TRUTH = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(DOCS.rstrip("/")), "truth.jsonl")
ALLOWED_LIST = os.path.join(HERE, "real-dev-docs.txt")
PARTS = {"op": "operative", "gz": "总则/附则", "goal": "goals/principles"}

# question id: (document, locator, part)
# GOLD-BEGIN
GOLD = {
    "d29q001": ("d0004", "第六条", "op"),
    "d29q002": ("d0028", "第十六条", "op"),
    "d29q003": ("d0079", "第十六条", "op"),
    "d29q004": ("d0116", "第十条", "op"),
    "d29q005": ("d0119", "第十七条", "op"),
    "d29q006": ("d0240", "第十九条", "op"),
    "d29q007": ("d0302", "第十九条", "op"),
    "d29q008": ("d0266", "第十八条", "op"),
    "d29q009": ("d0160", "第二十条", "op"),
    "d29q010": ("d0287", "第十三条", "op"),
    "d29q011": ("d0066", "第二十五条", "op"),
    "d29q012": ("d0089", "第二条", "op"),
    "d29q013": ("d0268", "第十七条", "op"),
    "d29q014": ("d0240", "第四十四条", "op"),
    "d29q015": ("d0308", "第八条", "op"),
    "d29q016": ("d0025", "第九条", "op"),
    "d29q017": ("d0070", "第三十二条", "op"),
    "d29q018": ("d0105", "第七条", "op"),
    "d29q019": ("d0283", "第十七条", "op"),
    "d29q020": ("d0116", "第二十条", "op"),
    "d29q021": ("d0296", "第十条", "op"),
    "d29q022": ("d0302", "第十条", "op"),
    "d29q023": ("d0121", "第十二条", "op"),
    "d29q024": ("d0173", "第四十八条", "op"),
    "d29q025": ("d0279", "第二十七条", "op"),
    "d29q026": ("d0233", "第四条", "op"),
    "d29q027": ("d0150", "第九条", "op"),
    "d29q028": ("d0168", "第二十二条", "op"),
    "d29q029": ("d0025", "第八条", "op"),
    "d29q030": ("d0321", "第四条", "gz"),
    "d29q031": ("d0317", "第四条", "gz"),
    "d29q032": ("d0179", "第三条", "gz"),
    "d29q033": ("d0160", "第四十八条", "gz"),
    "d29q034": ("d0115", "第四条", "gz"),
    "d29q035": ("d0327", "(二)建设目标", "goal"),
    "d29q036": ("d0346", "3.主要目标", "goal"),
    "d29q037": ("d0357", "(三)工作目标", "goal"),
    "d29q038": ("d0359", "(二)建设目标", "goal"),
    "d29q039": ("d0389", "(三)发展目标", "goal"),
    "d29q040": ("d0364", "(三)发展目标", "goal"),
    "d29q041": ("d0401", "(二)基本原则", "goal"),
    "d29q042": ("d0402", "2.基本原则", "goal"),
    "d29q043": ("d0329", "(二)发展目标", "goal"),
    "d29q044": ("d0410", "(二)主要目标", "goal"),
    "d29q045": ("d0347", "(三)建设目标", "goal"),
    "d29q046": ("d0007", "第十八条", "op"),
    "d29q047": ("d0101", "第三十条", "op"),
    "d29q048": ("d0208", "第二十七条", "op"),
    "d29q049": ("d0012", "一、", "op"),
    "d29q050": ("d0296", "第八条", "op"),
    "d29q051": ("d0255", "第十二条", "op"),
    "d29q052": ("d0414", "一、总体要求", "goal"),
    "d29q053": ("d0105", "第七条", "op"),
    "d29q054": ("d0079", "第十六条", "op"),
    "d29q055": ("d0119", "第十七条", "op"),
    "d29q059": ("d0287", "第十二条", "op"),
    "d29q060": ("d0414", "(一)实施集成电路", "op"),
    "d29q061": ("d0116", "第十五条", "op"),
}
# GOLD-END

ART_LOC = re.compile(r"^第" + NUM + r"条$")


def heading_passage(text, loc):
    """The text from heading `loc` to the next heading of the same form, at most 3000 chars."""
    loc = norm(loc)
    i = text.find(loc)
    if i < 0:
        return None
    if loc.startswith("("):
        nxt = re.compile(r"\(" + NUM + r"\)")
    elif re.match(NUM + "、", loc):
        nxt = re.compile(NUM + "、")
    elif re.match(r"\d+\.", loc):
        nxt = re.compile(r"(?<![\d.])\d+\.(?!\d)")
    else:
        nxt = None
    end = min(len(text), i + 3000)
    if nxt:
        m = nxt.search(text, i + len(loc))
        if m:
            end = min(end, m.start())
    return text[i:end]


def passage(entry, raw, text, art_cache):
    """This set's gold passage: an article, or a heading's text (`heading_passage`); its part is the
    writer's own label, checked: a "gz" article lies in 总则/附则 when the document has chapters, a
    "goal" passage names 目标/原则/到20XX年."""
    doc, loc, part = entry
    if part not in PARTS:
        return f"unknown part {part}"
    if ART_LOC.match(loc):
        if doc not in art_cache:
            art_cache[doc] = articles(raw[doc])
        if loc not in art_cache[doc]:
            return f"article {loc} not found in {doc}"
        chap, found = art_cache[doc][loc]
        if part == "gz" and chap and "总则" not in chap and "附则" not in chap:
            return f"gold article {doc} {loc} is in chapter {chap!r}, not 总则/附则"
    else:
        found = heading_passage(text[doc], loc)
        if found is None:
            return f"heading {loc!r} not found in {doc}"
    if part == "goal" and not re.search("目标|原则|到20[0-9][0-9]年", norm(loc) + found):
        return f"goal passage {doc} {loc} names no 目标/原则/到20XX年"
    return PARTS[part], found


if __name__ == "__main__":
    # the brief asked for no quota of kinds or parts
    check_raw_set(NAME, PREFIX, GOLD, DOCS, TRUTH, ALLOWED_LIST, passage=passage, quotas={})
