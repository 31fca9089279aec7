"""Checks shared by the blind-set validators (check_blind5.py, check_blind6.py): each of them
holds its file name, id prefix and table of gold measures, and calls `check`. The sets written
from the raw texts of real documents share the per-question steps (`check_question`,
`check_strings`), and dev30, dev31 the whole check (`check_raw_set`: their checkers hold only
their table of gold passages).

Checks
- format: ids PREFIX001.. in order, known fields, kind and trap values as in README.md / TRAPS.md;
  answer_contains 1-3 strings of 6-20 characters without whitespace, NFKC-stable (list and
  precedent questions: 2-5 strings; a precedent's strings found in at least 2 different measures);
  noise carries expect_refusal and no answer_contains; uncovered_region questions carry no region;
  uncovered_document questions (a document the question names that the index does not hold) carry
  that field, the name as asked, and no answer_contains.
- each answer_contains string occurs (whitespace removed) in the title+text of at least one
  exported measure; when the question has a region, in a measure of that region, and in no
  measure of another region.
- each expect_value string occurs in the text of a measure that holds one of the answer_contains
  strings, or (who) in its lead_units, or (deadline) is a form of a month in its deadlines.
- the gold measures: the exported measures holding an answer_contains string (in the question's
  region when it has one) are exactly the ids listed in the caller's GOLD for that question.
- no question string equals a question of another tests/eval/*.jsonl file (compared, not printed;
  only the own colliding id is printed).
Prints counts, the md5 of the export and `errors: N`; exits 1 when there are errors.
"""
import collections
import glob
import hashlib
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"time", "cost", "who", "deadline", "howto", "list", "keyword", "precedent"}
TRAPS = {"multi_figure", "figure_type", "uncovered_region", "noise", "list_attribution", "renamed_reform",
         "uncovered_document"}
FIELDS = {"id", "question", "kind", "trap", "answer_contains", "expect_value", "region",
          "uncovered_region", "expect_refusal", "uncovered_document"}


def strip(s):
    return re.sub(r"\s", "", s or "")


def month_forms(ym):
    y, m = ym.split("-")
    return {ym, f"{y}年{int(m)}月", f"{int(m)}月底前", f"{y}年{int(m)}月底前"}


def longest_shared_run(question, big):
    """The length of the longest run of `question` (whitespace removed) that `big` holds: a
    question copying its answer's wording finds it by words alone, so a set keeps it short."""
    qs = strip(question)
    best = 0
    for i in range(len(qs)):
        for j in range(i + best + 1, len(qs) + 1):
            if qs[i:j] in big:
                best = j - i
            else:
                break
    return best


def check_fields(q, i, prefix, err):
    """The fields every set's question `i` (1-based) meets: its id `prefix` and number in
    order, known fields, a question, a known kind and trap. Returns its id and trap."""
    qid = q.get("id", f"line{i}")
    if qid != f"{prefix}{i:03d}":
        err(qid, f"id out of order (expected {prefix}{i:03d})")
    extra = set(q) - FIELDS
    if extra:
        err(qid, f"unknown fields {sorted(extra)}")
    if not q.get("question"):
        err(qid, "empty question")
    if q.get("kind") not in KINDS:
        err(qid, f"bad kind {q.get('kind')}")
    trap = q.get("trap")
    if trap is not None and trap not in TRAPS:
        err(qid, f"bad trap {trap}")
    return qid, trap


# The checkers of sets written from the raw texts (check_dev28.py, check_dev29.py): an
# article runs from a line opening with 第X条 to the next such line, within its chapter.
NUM = "[一二三四五六七八九十百零〇]+"
HEAD_ART = re.compile(r"^[\s\u3000]*(第" + NUM + r"条)")
HEAD_CHAP = re.compile(r"^[\s\u3000]*第" + NUM + r"章\s*(.*)")


def norm(s):
    """NFKC, whitespace removed: how a gold string is looked for in a text."""
    return strip(unicodedata.normalize("NFKC", s or ""))


def articles(raw):
    """{article number: (chapter title, article text without whitespace)}; an article runs
    from a line that opens with 第X条 to the next such line (first heading wins)."""
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


def load_texts(docs, truth_path, allowed_list):
    """The real documents for a checker that needs no export: {id: true region}, {id: raw
    text}, {id: normalised text}, and the ids of `allowed_list` (None when it is absent)."""
    truth = {}
    for line in open(truth_path, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            truth[t["file"][:-4] if t["file"].endswith(".txt") else t["file"]] = t["region"]
    raw, text = {}, {}
    for f in sorted(os.listdir(docs)):
        if f.endswith(".txt"):
            raw[f[:-4]] = open(os.path.join(docs, f), encoding="utf-8").read()
            text[f[:-4]] = norm(raw[f[:-4]])
    allowed = None
    if os.path.exists(allowed_list):
        allowed = {l.split("\t")[0] for l in open(allowed_list, encoding="utf-8") if l.strip()}
    return truth, raw, text, allowed


def check_shape(q, qid, trap, gold, err):
    """The fields a question's trap asks for (noise: expect_refusal and nothing else, no gold;
    uncovered_region: that field and no region; others: a region), and how many answer and
    value strings it holds. Returns False for a noise question (nothing more to check)."""
    ac = q.get("answer_contains", [])
    ev = q.get("expect_value", [])
    region = q.get("region")
    if trap == "noise":
        if q.get("expect_refusal") is not True or ac or ev or region or q.get("uncovered_region"):
            err(qid, "noise needs expect_refusal and no answer_contains/expect_value/region")
        if qid in gold:
            err(qid, "GOLD for a noise question")
        return False
    if q.get("expect_refusal"):
        err(qid, "expect_refusal only on noise")
    if trap == "uncovered_region" and (not q.get("uncovered_region") or region):
        err(qid, "uncovered_region question needs uncovered_region and no region")
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
    return True


def check_question(q, i, prefix, gold, texts, err, longest):
    """The steps every raw-text checker (check_dev28, check_dev29, check_dev30) runs on one
    question before its own: the fields, the longest run shared with any document text (≤ 10;
    `longest` keeps the set's longest as [length, id]), the trap's shape, the gold entry, its
    document among the texts and in the allowed list, the question's region the document's
    truth. `texts` is (truth, raw, text, allowed, big) as `load_texts` gives them, `big` their
    normalised texts joined. Returns (qid, trap, gold entry or None when nothing is left to check)."""
    truth, _raw, text, allowed, big = texts
    qid, trap = check_fields(q, i, prefix, err)
    best = longest_shared_run(q.get("question", ""), big)
    if best > 10:
        err(qid, f"question shares {best} characters with a document text")
    if best > longest[0]:
        longest[:] = [best, qid]
    if not check_shape(q, qid, trap, gold, err):
        return qid, trap, None
    if qid not in gold:
        err(qid, "no GOLD entry")
        return qid, trap, None
    entry = gold[qid]
    doc = entry[0]
    if doc not in text:
        err(qid, f"gold document {doc} not among the texts")
        return qid, trap, None
    if allowed is not None and doc not in allowed:
        err(qid, f"gold document {doc} is not in the allowed list")
    region = q.get("region")
    doc_region = truth.get(doc)
    if region and region != doc_region:
        err(qid, f"region {region} differs from the truth of {doc} ({doc_region})")
    if trap == "uncovered_region" and q["uncovered_region"] == doc_region:
        err(qid, "uncovered_region equals the region of the gold document")
    return qid, trap, entry


HAN_DIGITS = re.compile(r"^[\u4e00-\u9fff0-9]+$")


def check_strings(qid, ac, ev, passage, doc, locator, doc_region, texts, err):
    """The gold strings of one question against its gold passage: each answer_contains string
    6-20 Han characters or digits, NFKC-stable, in the passage and in no document of another
    region; each expect_value in the passage. `texts` as for `check_question`."""
    truth, _raw, text, _allowed, _big = texts
    for s in ac:
        if not 6 <= len(s) <= 20 or re.search(r"\s", s):
            err(qid, f"answer_contains {s!r}: needs 6-20 characters, no whitespace")
        if unicodedata.normalize("NFKC", s) != s:
            err(qid, f"answer_contains {s!r} is not NFKC-stable")
        if not HAN_DIGITS.match(s):
            err(qid, f"answer_contains {s!r}: Han characters and digits only")
        if s not in passage:
            where = "in the document" if s in text[doc] else "not in the document either"
            err(qid, f"answer_contains {s!r} not in {doc} {locator} ({where})")
        other = sorted({truth.get(d, "?") for d, t in text.items()
                        if s in t and truth.get(d) != doc_region})
        if other:
            err(qid, f"answer_contains {s!r} also in documents of {other}")
    for v in ev:
        if norm(v) not in passage:
            err(qid, f"expect_value {v!r} not in {doc} {locator}")


def check(name, prefix, gold):
    """Validates tests/eval/NAME against the export given as the first argument (default
    /tmp/out-main/export.jsonl): ids PREFIX001…, gold measures GOLD."""
    FILE = os.path.join(HERE, name)
    GOLD = gold
    EXPORT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/out-main/export.jsonl"
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    with open(EXPORT, "rb") as f:
        raw = f.read()
    md5 = hashlib.md5(raw).hexdigest()
    measures = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    for m in measures:
        m["_t"] = strip((m.get("title") or "") + (m.get("text") or ""))
        m["_x"] = strip(m.get("text") or "")

    questions = [json.loads(l) for l in open(FILE, encoding="utf-8") if l.strip()]
    count_kind = collections.Counter()
    count_trap = collections.Counter()
    count_source = collections.Counter()
    ordinary_figure = 0

    for i, q in enumerate(questions, 1):
        qid, trap = check_fields(q, i, prefix, err)
        count_kind[q.get("kind")] += 1
        count_trap[trap or "ordinary"] += 1
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        region = q.get("region")

        if trap == "noise":
            if q.get("expect_refusal") is not True or ac or ev or region:
                err(qid, "noise needs expect_refusal and no answer_contains/expect_value/region")
            continue
        if q.get("expect_refusal"):
            err(qid, "expect_refusal only on noise")
        if trap == "uncovered_region" and (not q.get("uncovered_region") or region):
            err(qid, "uncovered_region question needs uncovered_region and no region")
        if trap != "uncovered_region" and q.get("uncovered_region"):
            err(qid, "uncovered_region field on a covered question")
        if q.get("kind") in ("list", "precedent") and trap is None:
            if not 2 <= len(ac) <= 5:
                err(qid, "list/precedent answer_contains needs 2-5 strings")
        elif not 1 <= len(ac) <= 3:
            err(qid, "answer_contains needs 1-3 strings")
        if ev and not 1 <= len(ev) <= 4:
            err(qid, "expect_value needs 1-4 strings")
        if not trap and ev and q["kind"] in ("time", "cost"):
            ordinary_figure += 1

        holders = []
        for s in ac:
            if not 6 <= len(s) <= 20 or re.search(r"\s", s):
                err(qid, f"answer_contains {s!r}: needs 6-20 characters, no whitespace")
            if unicodedata.normalize("NFKC", s) != s:
                err(qid, f"answer_contains {s!r} is not NFKC-stable")
            hits = [m for m in measures if strip(s) in m["_t"]]
            if not hits:
                err(qid, f"answer_contains {s!r} found in no exported measure")
                continue
            if region:
                own = [m for m in hits if m["region"] == region]
                other = [m for m in hits if m["region"] != region]
                if not own:
                    err(qid, f"answer_contains {s!r} not in a measure of {region}")
                if other:
                    err(qid, f"answer_contains {s!r} also in {sorted({m['region'] for m in other})}")
                hits = own
            holders.extend(hits)
        if ac and sorted({m["id"] for m in holders}) != sorted(GOLD.get(qid, [])):
            err(qid, f"answering measures {sorted({m['id'] for m in holders})} differ from GOLD {GOLD.get(qid)}")
        if not ac and qid in GOLD:
            err(qid, "GOLD lists measures for a question without answer_contains")
        if q.get("kind") == "precedent" and trap is None and len({m["id"] for m in holders}) < 2:
            err(qid, "precedent answered by fewer than 2 measures")
        for m in {m["id"]: m for m in holders}.values():
            count_source[m["doc_id"][:3] if m["doc_id"][0].isdigit() else "govcn"] += 1

        for v in ev:
            ok = False
            for m in holders:
                if strip(v) in m["_x"]:
                    ok = True
                if q["kind"] == "who" and any(v in u for u in m.get("lead_units") or []):
                    ok = True
                if q["kind"] == "deadline" and any(v in month_forms(d) for d in m.get("deadlines") or []):
                    ok = True
            if not ok:
                err(qid, f"expect_value {v!r} not in the answering measure")

    # exact duplicates with the other question files (strings compared, never printed)
    own = {q["question"] for q in questions}
    if len(own) != len(questions):
        err("file", "duplicate question strings inside the file")
    other = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.abspath(path) == FILE:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                other.add(json.loads(line).get("question"))
    for q in questions:
        if q["question"] in other:
            err(q["id"], "question identical to a question of another file")

    print(f"export: {EXPORT} md5 {md5} ({len(measures)} measures)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(count_trap.items())))
    print("by kind:", dict(sorted(count_kind.items())))
    print("answering measures by source:", dict(sorted(count_source.items())))
    print(f"ordinary time/cost questions with expect_value: {ordinary_figure}")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


def doc_key(m):
    src = os.path.basename(m.get("source") or "")
    return src[:-4] if src.endswith(".txt") else (m.get("doc_id") or src)


def check_real(name, prefix, gold, usage, allowed=None):
    """The checks of a set over the real documents (dev22, dev23): regions replaced by the
    truth of each measure's document, answers only in even-numbered documents, no question
    copying a measure's text, then the shared checks of [`check`].

    `allowed`, when given, is the set of documents the set's author was given (a set written
    over documents no other set uses, as dev26 and blind28): answers and gold measures only
    there, in place of the even rule."""
    if len(sys.argv) < 2:
        sys.exit(usage)
    export = sys.argv[1]
    truth_path = sys.argv[2] if len(sys.argv) > 2 else os.path.expandvars("$REAL_DOCS/../truth.jsonl")
    truth = {}
    for line in open(truth_path, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            truth[t["file"][:-4] if t["file"].endswith(".txt") else t["file"]] = t["region"]
    raw = open(export, "rb").read()
    print(f"export given: {export} md5 {hashlib.md5(raw).hexdigest()} (regions replaced by truth below)")
    measures = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    extra = []
    unknown = 0
    for m in measures:
        k = doc_key(m)
        if k in truth:
            m["region"] = truth[k]
        else:
            unknown += 1
        m["_t"] = strip((m.get("title") or "") + (m.get("text") or ""))
    if unknown:
        extra.append(f"{unknown} exported measures have no document in {truth_path}")
    questions = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), encoding="utf-8") if l.strip()]
    big = "\x00".join(m["_t"] for m in measures)
    longest = (0, None)
    for q in questions:
        for s in q.get("answer_contains", []):
            for m in measures:
                if strip(s) in m["_t"]:
                    if allowed is not None:
                        if doc_key(m) not in allowed:
                            extra.append(f"{q['id']}: an answer string is in {m['id']}, not a document of the allowed list")
                        continue
                    n = re.sub(r"\D", "", doc_key(m))
                    if not n or int(n) % 2:
                        extra.append(f"{q['id']}: {s!r} in {m['id']}, not an even-numbered document")
        best = longest_shared_run(q["question"], big)
        if best > 10:
            extra.append(f"{q['id']}: shares {best} characters with a measure text")
        if best > longest[0]:
            longest = (best, q["id"])
    if allowed is not None:
        used = {i.split(".")[0] for ids in gold.values() for i in ids}
        outside = sorted(used - allowed)
        if outside:
            extra.append(f"{len(outside)} gold documents outside the allowed list")
        print(f"gold documents: {len(used)}")
    print(f"longest run shared with a measure: {longest[0]} ({longest[1]})")
    for e in extra:
        print("ERROR", e)
    rule = "allowed documents" if allowed is not None else "even documents"
    print(f"extra errors (truth regions, {rule}, copying): {len(extra)}")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for m in measures:
            m.pop("_t", None)
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
        tmp = f.name
    sys.argv[1:] = [tmp]
    code = 0
    try:
        check(name, prefix, gold)
    except SystemExit as e:
        code = e.code or 0
    finally:
        os.unlink(tmp)
    sys.exit(1 if (code or extra) else 0)


# Sets written from the raw texts of real documents, any part of them (dev30, dev31).

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


FIGURE = re.compile(r"[0-9]|[一二三四五六七八九十百千]+(日|天|年|个月|个|月|元|万元|周岁|岁|分钟|小时|平方米|亩|学时|家|项)")


RAW_QUOTAS = {"list": 10, "figure": 15, "goals": 5, "gz_max": 8, "who": 0}


def raw_passage(entry, raw, text, art_cache):
    """The gold passage of a set written from the raw texts and the part it belongs to: an article
    第X条 (its chapter says 总则附则 or operative; in a text without chapters the first two articles
    and a short date-of-effect article count as 总则附则), else a heading at the start of a
    paragraph (a goal section when 目标/原则/到20XX年 opens it). Returns (part, passage) or an
    error message."""
    doc, art = entry[0], entry[1]
    if art.startswith("第") and art.endswith("条"):
        if doc not in art_cache:
            art_cache[doc] = articles(raw[doc])
        if art not in art_cache[doc]:
            return f"article {art} not found in {doc}"
        chap, atext = art_cache[doc][art]
        part = "总则附则" if ("总则" in chap or "附则" in chap) else "operative"
        if not chap and (art in ("第一条", "第二条") or re.search("施行|实施", atext[:40]) and len(atext) < 80):
            part = "总则附则"   # unchaptered texts: purpose/scope and date-of-effect articles
        return part, atext
    atext = section(raw[doc], art)
    if atext is None:
        return f"heading {art!r} not found at the start of a paragraph of {doc}"
    part = "goals" if re.search(r"目标|原则|到20[0-9]{2}年", atext[:200] + art) else "operative"
    return part, atext


def check_raw_set(name, prefix, gold, docs, truth_path, allowed_list, min_who=0,
                  passage=raw_passage, quotas=None):
    """The whole check of a set written from the raw texts of real documents (dev28–dev31): the
    caller holds the file name, id prefix, gold table (question id → document, locator[, part])
    and the list of documents allowed. `passage(entry, raw, text, art_cache)` finds the gold
    passage and its part, or says why it cannot (`raw_passage` by default; a set with its own
    locators or its own part rules passes its own). `quotas` (RAW_QUOTAS by default) are the
    counts the writer's brief asked for: ordinary list questions, questions with a figure, goal
    sections at least, 总则/附则 at most, and `min_who` who-questions with a value; a set whose
    brief asked for none passes {}."""
    quotas = dict(RAW_QUOTAS if quotas is None else quotas)
    quotas["who"] = max(quotas.get("who", 0), min_who)
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    truth, raw, text, allowed = load_texts(docs, truth_path, allowed_list)
    big = "\x00".join(text.values())
    texts = (truth, raw, text, allowed, big)

    questions = [json.loads(l) for l in open(os.path.join(HERE, name), encoding="utf-8") if l.strip()]
    by_kind, by_trap, by_part, by_doc = (collections.Counter() for _ in range(4))
    n_list = n_figure = 0
    longest = [0, None]
    art_cache = {}
    for i, q in enumerate(questions, 1):
        qid, trap, entry = check_question(q, i, prefix, gold, texts, err, longest)
        by_kind[q.get("kind")] += 1
        by_trap[trap or "ordinary"] += 1
        ac = q.get("answer_contains", [])
        ev = q.get("expect_value", [])
        if entry is None:
            continue
        doc, art = entry[0], entry[1]
        doc_region = truth.get(doc)
        found = passage(entry, raw, text, art_cache)
        if isinstance(found, str):
            err(qid, found)
            continue
        part, atext = found
        if trap is None:
            by_part[part] += 1
            by_doc[doc] += 1
            if q.get("kind") == "list":
                n_list += 1
            if any(FIGURE.search(v) for v in ev):
                n_figure += 1
        check_strings(qid, ac, ev, atext, doc, art, doc_region, texts, err)

    n_who = sum(1 for q in questions if q.get("kind") == "who" and not q.get("trap") and q.get("expect_value"))
    if n_who < quotas.get("who", 0):
        err("file", f"{n_who} ordinary who questions with expect_value, fewer than {quotas['who']}")
    if n_list < quotas.get("list", 0):
        err("file", f"{n_list} ordinary list questions, fewer than {quotas['list']}")
    if n_figure < quotas.get("figure", 0):
        err("file", f"{n_figure} ordinary questions with a figure in expect_value, fewer than {quotas['figure']}")
    if "gz_max" in quotas and by_part.get("总则附则", 0) > quotas["gz_max"]:
        err("file", f"more than {quotas['gz_max']} ordinary questions on 总则/附则")
    if by_part.get("goals", 0) < quotas.get("goals", 0):
        err("file", f"fewer than {quotas['goals']} ordinary questions on goal or guiding sections")
    if len({q.get("question") for q in questions}) != len(questions):
        err("file", "duplicate question strings inside the file")
    # exact duplicates with the other question files (as blind_checks.check; compared, never printed)
    other = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.basename(path) == name:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                other.add(json.loads(line).get("question"))
    for q in questions:
        if q.get("question") in other:
            err(q.get("id"), "question identical to a question of another file")
    print(f"set: tests/eval/{name}; documents: {docs} ({len(text)} texts)")
    print(f"questions: {len(questions)}")
    print("by trap:", dict(sorted(by_trap.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("ordinary by part:", dict(sorted(by_part.items())))
    print(f"ordinary list questions: {n_list}; ordinary questions with a figure in expect_value: {n_figure}")
    print(f"ordinary who questions with expect_value: {n_who}")
    print(f"ordinary questions' gold documents: {len(by_doc)}; most on one document: {max(by_doc.values()) if by_doc else 0}")
    print(f"gold documents (all): {len({e[0] for e in gold.values()})}")
    print(f"longest run shared with a document text: {longest[0]} ({longest[1]})")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)
