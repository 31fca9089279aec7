#!/usr/bin/env python3
"""Validate tests/eval/benefits-dev4.jsonl (see BENEFITS-DEV4.md).

Usage: python3 tests/eval/check_benefits_dev4.py [EXPORT] [-v]
EXPORT defaults to /tmp/out-main/export.jsonl. Prints OK when every check passes.

Checks for every line:
- the five fields in order (contains, doc, beneficiaries, benefit_types, amounts), the label vocabulary of
  BENEFITS.md, no label repeated within a list;
- amounts are {text, value, unit, beneficiary}: value a number, beneficiary null or a listed label,
  text occurring in the measure;
- contains: no whitespace, 8-25 characters, occurs exactly once in the whole corpus, and lies inside exactly one
  exported measure (title + text, whitespace removed), which comes from `doc`;
- no measure is used twice in this file, nor by benefits.jsonl, benefits-dev2.jsonl, benefits-dev3.jsonl or
  benefits-heldout.jsonl. Of those files only the `contains` and `doc` fields are read.
Only the export fields id, source, title and text are read; the extractor's fields are never looked at.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(HERE, "benefits-dev4.jsonl")
OTHERS = ["benefits.jsonl", "benefits-dev2.jsonl", "benefits-dev3.jsonl", "benefits-heldout.jsonl"]
FIELDS = ["contains", "doc", "beneficiaries", "benefit_types", "amounts"]
BENEFICIARIES = {
    "新开办企业", "小微企业", "中小企业", "个体工商户", "小规模纳税人", "高新技术企业", "外贸企业",
    "民营企业", "外资企业", "农民工和就业困难人员", "高层次人才", "建设项目单位", "所有企业",
}
TYPES = {"免费", "补贴奖励", "减税减免", "降低费用", "融资支持", "时限压缩", "环节材料减少", "容缺承诺", "帮办代办"}
AMOUNT_FIELDS = ["text", "value", "unit", "beneficiary"]
# The State Council corpus writes these marks full-width, the export ASCII.
WIDTH = str.maketrans("，；：（）！？", ",;:()!?")


def norm(s):
    return re.sub(r"\s+", "", s or "").translate(WIDTH)


def load_export(path):
    measures = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        measures.append((r["id"], r["source"], norm((r.get("title") or "") + (r.get("text") or ""))))
    return measures


def load_corpus():
    texts = []
    for f in sorted(glob.glob(os.path.join(ROOT, "corpus", "*"))):
        if f.endswith(".txt") or f.endswith(".jsonl"):
            texts.append(norm(open(f, encoding="utf-8").read()))
    return texts


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    export = args[0] if args else "/tmp/out-main/export.jsonl"
    measures = load_export(export)
    corpus = load_corpus()
    errors = []

    def measures_of(contains):
        c = norm(contains)
        return [(i, src) for i, src, t in measures if c in t]

    taken = {}
    for name in OTHERS:
        for n, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            for i, _ in measures_of(r["contains"]):
                taken[i] = f"{name}:{n}"

    seen = {}
    rows = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    for n, r in enumerate(rows, 1):
        where = f"line {n}"
        if list(r.keys()) != FIELDS:
            errors.append(f"{where}: fields {list(r.keys())}")
            continue
        c = r["contains"]
        if re.search(r"\s", c) or not 8 <= len(c) <= 25:
            errors.append(f"{where}: contains must have no whitespace and 8-25 characters: {c}")
        for key, vocab in (("beneficiaries", BENEFICIARIES), ("benefit_types", TYPES)):
            labels = r[key]
            if not isinstance(labels, list) or len(set(labels)) != len(labels):
                errors.append(f"{where}: {key} must be a list without repeats")
                continue
            for label in labels:
                if label not in vocab:
                    errors.append(f"{where}: unknown {key} label {label}")
        in_corpus = sum(t.count(norm(c)) for t in corpus)
        if in_corpus != 1:
            errors.append(f"{where}: {c} occurs {in_corpus} times in the corpus")
        hits = measures_of(c)
        if len(hits) != 1:
            errors.append(f"{where}: {c} lies in {len(hits)} exported measures")
            continue
        mid, src = hits[0]
        if src != r["doc"]:
            errors.append(f"{where}: measure {mid} comes from {src}, not {r['doc']}")
        if mid in taken:
            errors.append(f"{where}: measure {mid} already used by {taken[mid]}")
        if mid in seen:
            errors.append(f"{where}: measure {mid} already used by line {seen[mid]}")
        seen[mid] = n
        text = next(t for i, _, t in measures if i == mid)
        if not isinstance(r["amounts"], list):
            errors.append(f"{where}: amounts must be a list")
            continue
        for a in r["amounts"]:
            if list(a.keys()) != AMOUNT_FIELDS:
                errors.append(f"{where}: amount fields {list(a.keys())}")
                continue
            if not isinstance(a["value"], (int, float)) or isinstance(a["value"], bool):
                errors.append(f"{where}: amount value {a['value']!r} is not a number")
            if a["beneficiary"] is not None and a["beneficiary"] not in r["beneficiaries"]:
                errors.append(f"{where}: amount beneficiary {a['beneficiary']} not in beneficiaries")
            if norm(a["text"]) not in text:
                errors.append(f"{where}: amount text {a['text']} not in the measure")

    if errors:
        print("\n".join(errors))
        sys.exit(1)
    if verbose:
        grants = sum(1 for r in rows if r["beneficiaries"] or r["benefit_types"] or r["amounts"])
        sc = sum(1 for r in rows if r["doc"].startswith("govcn"))
        print(f"{len(rows)} measures: {grants} grant something, {len(rows) - grants} grant nothing, "
              f"{sc} State Council")
    print("OK")


if __name__ == "__main__":
    main()
