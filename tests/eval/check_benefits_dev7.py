#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev7.jsonl (own held-out gold set of the benefit extractor over the
418 real documents of /work/shared/eval/real/docs; see BENEFITS-DEV7.md). Adapted from check_benefits_dev6.py.

Usage: python3 tests/eval/check_benefits_dev7.py [MEASURES] [-v]

MEASURES defaults to /tmp/real-measures-plain.jsonl (fields id, source, title, text; only source and text
are read). The raw documents in /work/shared/eval/real/docs are read too when that folder exists.

Checks, for every line of benefits-dev7.jsonl (rules of BENEFITS.md and BENEFITS-DEV2..7.md):
  - exactly the five fields contains, doc, beneficiaries, benefit_types, amounts, in that order;
  - beneficiaries and benefit_types use the canonical vocabulary, with no label repeated;
  - each amount is {text, value, unit, beneficiary}: text a non-empty string that occurs in the measure,
    value a number, unit a non-empty string, beneficiary null or a label listed in beneficiaries;
  - contains has no whitespace and is 12-30 characters long;
  - contains (whitespace removed) lies in the text of exactly one measure of `doc`, exactly once;
  - if the raw document exists, contains occurs in it exactly once (whitespace removed);
  - no measure is used twice.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'benefits-dev7.jsonl')
RAW = '/work/shared/eval/real/docs'

BENEFICIARIES = {'新开办企业', '小微企业', '中小企业', '个体工商户', '小规模纳税人', '高新技术企业', '外贸企业',
                 '民营企业', '外资企业', '农民工和就业困难人员', '高层次人才', '建设项目单位', '所有企业'}
TYPES = {'免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办'}
FIELDS = ['contains', 'doc', 'beneficiaries', 'benefit_types', 'amounts']
AMOUNT_FIELDS = ['text', 'value', 'unit', 'beneficiary']


def norm(s):
    return re.sub(r'\s+', '', s or '')


def load_measures(path):
    by_doc = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            by_doc.setdefault(d['source'], []).append({'id': d['id'], 'body': norm(d.get('text'))})
    return by_doc


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    by_doc = load_measures(args[0] if args else '/tmp/real-measures-plain.jsonl')
    errors, seen, rows = [], {}, []
    with open(GOLD, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            def err(msg):
                errors.append('line %d: %s' % (n, msg))
            try:
                d = json.loads(line)
            except ValueError as e:
                err('bad JSON: %s' % e)
                continue
            if list(d.keys()) != FIELDS:
                err('fields %s' % list(d.keys()))
                continue
            c, doc, bens, types, amounts = (d[k] for k in FIELDS)
            if not isinstance(c, str) or re.search(r'\s', c) or not 12 <= len(c) <= 30:
                err('contains must be 12-30 characters without whitespace: %r' % c)
                continue
            for lst, vocab, what in ((bens, BENEFICIARIES, 'beneficiary'), (types, TYPES, 'benefit type')):
                if not isinstance(lst, list):
                    err('%s list is not a list' % what)
                    continue
                for x in lst:
                    if x not in vocab:
                        err('unknown %s %r' % (what, x))
                if len(set(lst)) != len(lst):
                    err('repeated %s in %r' % (what, lst))
            if doc not in by_doc:
                err('unknown doc %r' % doc)
                continue
            hits = [m for m in by_doc[doc] if c in m['body']]
            if len(hits) != 1:
                err('contains %r lies in %d measures of %s' % (c, len(hits), doc))
                continue
            m = hits[0]
            if m['body'].count(c) != 1:
                err('contains %r occurs %d times in measure %s' % (c, m['body'].count(c), m['id']))
            raw = os.path.join(RAW, doc)
            if os.path.exists(raw):
                with open(raw, encoding='utf-8') as rf:
                    k = norm(rf.read()).count(c)
                if k != 1:
                    err('contains %r occurs %d times in the raw document %s' % (c, k, doc))
            if m['id'] in seen:
                err('measure %s already used on line %d' % (m['id'], seen[m['id']]))
            seen[m['id']] = n
            if not isinstance(amounts, list):
                err('amounts is not a list')
                amounts = []
            for a in amounts:
                if not isinstance(a, dict) or list(a.keys()) != AMOUNT_FIELDS:
                    err('amount fields %r' % (a,))
                    continue
                if not isinstance(a['text'], str) or not a['text'] or norm(a['text']) not in m['body']:
                    err('amount text %r not in the measure' % a['text'])
                if isinstance(a['value'], bool) or not isinstance(a['value'], (int, float)):
                    err('amount value %r is not a number' % a['value'])
                if not isinstance(a['unit'], str) or not a['unit']:
                    err('amount unit %r' % a['unit'])
                if a['beneficiary'] is not None and a['beneficiary'] not in bens:
                    err('amount beneficiary %r not in beneficiaries' % a['beneficiary'])
            rows.append(d)

    for e in errors:
        print(e)
    grants = [r for r in rows if r['beneficiaries'] or r['benefit_types'] or r['amounts']]
    print('measures %d | grant something %d | grant nothing %d | documents %d (with a grant %d) | amounts %d'
          % (len(rows), len(grants), len(rows) - len(grants), len({r['doc'] for r in rows}),
             len({r['doc'] for r in grants}), sum(len(r['amounts']) for r in rows)))
    if verbose:
        print('beneficiaries:', dict(Counter(b for r in rows for b in r['beneficiaries']).most_common()))
        print('benefit types:', dict(Counter(t for r in rows for t in r['benefit_types']).most_common()))
        print('amount units:', dict(Counter(a['unit'] for r in rows for a in r['amounts']).most_common()))
        print('grants with beneficiaries [] / with a label but no type: %d / %d' % (
            sum(1 for r in grants if not r['beneficiaries']),
            sum(1 for r in grants if r['beneficiaries'] and not r['benefit_types'])))
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
