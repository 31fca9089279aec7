#!/usr/bin/env python3
"""Validate tests/eval/benefits-dev3.jsonl (python3 stdlib only).

Usage: python3 tests/eval/check_benefits_dev3.py [EXPORT.jsonl] [-v]
EXPORT defaults to /tmp/out-main/export.jsonl (a `zhengce` measure export).

Checks, for every line of benefits-dev3.jsonl:
  * exactly the fields contains, doc, beneficiaries, benefit_types, amounts (in that order);
  * labels from the BENEFITS.md vocabulary, no label twice in a list;
  * amounts: objects {text, value, unit, beneficiary}; value a number; beneficiary null or a label
    that is also listed in beneficiaries; text occurs in the measure;
  * contains: no whitespace, 8-30 characters, exactly once in the whole corpus, inside exactly one
    exported measure (title + text, whitespace removed), and that measure comes from `doc`;
  * no exported measure is used twice in this file, nor by benefits.jsonl, benefits-dev2.jsonl or
    benefits-heldout.jsonl (of those files only the `contains` and `doc` fields are read).
Prints OK when everything passes, otherwise the errors (exit status 1).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, 'corpus')
GOLD = os.path.join(HERE, 'benefits-dev3.jsonl')
OTHERS = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-heldout.jsonl']

BENEFICIARIES = {'新开办企业', '小微企业', '中小企业', '个体工商户', '小规模纳税人', '高新技术企业', '外贸企业',
                 '民营企业', '外资企业', '农民工和就业困难人员', '高层次人才', '建设项目单位', '所有企业'}
TYPES = {'免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办'}
FIELDS = ['contains', 'doc', 'beneficiaries', 'benefit_types', 'amounts']
AMOUNT_FIELDS = ['text', 'value', 'unit', 'beneficiary']
# the State Council corpus writes these marks full-width, the export ASCII
FW = str.maketrans({',': '，', ';': '；', ':': '：', '(': '（', ')': '）'})


def norm(s):
    return re.sub(r'\s+', '', s or '')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv[1:]
    export = args[0] if args else '/tmp/out-main/export.jsonl'
    errors = []

    measures = []  # (id, source, normalised title+text)
    with open(export, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            measures.append((r['id'], r['source'], norm((r.get('title') or '') + (r.get('text') or ''))))
    docs = sorted(n for n in os.listdir(CORPUS) if n.endswith('.txt') or n.endswith('.jsonl'))
    corpus = ''.join(norm(open(os.path.join(CORPUS, n), encoding='utf-8').read()) for n in docs)

    def find(c, doc=None):
        hits = [m for m in measures if c in m[2] or c in m[2].translate(FW)]
        return hits, [m for m in hits if doc is None or m[1] == doc]

    # measures used by the three earlier files: contains/doc only
    taken = {}
    unmatched = 0
    for name in OTHERS:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                c, doc = d['contains'], d['doc']
                _, hits = find(norm(c), doc)
                if not hits:
                    unmatched += 1
                for m in hits:
                    taken[m[0]] = name

    seen = {}
    lines = open(GOLD, encoding='utf-8').read().splitlines()
    for n, line in enumerate(lines, 1):
        where = f'line {n}'
        try:
            d = json.loads(line)
        except ValueError as e:
            errors.append(f'{where}: not JSON ({e})')
            continue
        if list(d.keys()) != FIELDS:
            errors.append(f'{where}: fields {list(d.keys())}')
            continue
        c, doc = d['contains'], d['doc']
        where = f'line {n} ({c})'
        if not isinstance(c, str) or re.search(r'\s', c) or not 8 <= len(c) <= 30:
            errors.append(f'{where}: contains must be 8-30 characters without whitespace')
            continue
        if doc not in docs:
            errors.append(f'{where}: unknown doc {doc}')
        for key, vocab in (('beneficiaries', BENEFICIARIES), ('benefit_types', TYPES)):
            v = d[key]
            if not isinstance(v, list) or any(x not in vocab for x in v) or len(set(v)) != len(v):
                errors.append(f'{where}: bad {key} {v}')
        k = corpus.count(c) + (corpus.count(c.translate(FW)) if c.translate(FW) != c else 0)
        if k != 1:
            errors.append(f'{where}: occurs {k} times in the corpus')
        hits, in_doc = find(c, doc)
        if len(hits) != 1 or len(in_doc) != 1:
            errors.append(f'{where}: inside {len(hits)} exported measures ({len(in_doc)} from {doc})')
            continue
        mid, _, text = in_doc[0]
        if mid in taken:
            errors.append(f'{where}: measure {mid} already used by {taken[mid]}')
        if mid in seen:
            errors.append(f'{where}: measure {mid} used twice (also {seen[mid]})')
        seen[mid] = c
        if not isinstance(d['amounts'], list):
            errors.append(f'{where}: amounts must be a list')
            continue
        for a in d['amounts']:
            if not isinstance(a, dict) or list(a.keys()) != AMOUNT_FIELDS:
                errors.append(f'{where}: bad amount {a}')
                continue
            if not isinstance(a['text'], str) or not a['text'] or norm(a['text']) not in text:
                errors.append(f'{where}: amount text {a["text"]!r} not in the measure')
            if isinstance(a['value'], bool) or not isinstance(a['value'], (int, float)):
                errors.append(f'{where}: amount value {a["value"]!r} is not a number')
            if not isinstance(a['unit'], str) or not a['unit']:
                errors.append(f'{where}: amount unit {a["unit"]!r}')
            b = a['beneficiary']
            if b is not None and (b not in BENEFICIARIES or b not in d['beneficiaries']):
                errors.append(f'{where}: amount beneficiary {b!r} not a listed label')

    if verbose:
        print(f'{len(lines)} lines, {len(seen)} measures; earlier files: {len(taken)} measures '
              f'({unmatched} contains without an exported measure)')
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
