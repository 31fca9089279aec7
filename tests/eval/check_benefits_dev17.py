#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev17.jsonl — OWN HELD-OUT benefit gold set over the real documents
($REAL_DOCS (eval/real/docs of the development material); see BENEFITS-DEV17.md). Held out: never open it to tune; only run it for counts.

Usage: python3 tests/eval/check_benefits_dev17.py [MEASURES [REAL_DOCS]] [-v]

MEASURES defaults to /tmp/real-stripped.jsonl (the export of the real-documents index with the extractor's fields
removed; only id, source and text are read, so any export of that index works). REAL_DOCS (the folder of the raw
documents) defaults to $REAL_DOCS (eval/real/docs of the development material) when it exists.

Runs the checks of check_benefits_dev7.py on this file (the five fields in order; the label vocabulary with no label
repeated; amount objects {text, value, unit, beneficiary} with text in the measure and beneficiary null or a listed
label; contains 12-30 characters without whitespace, in exactly one measure text of `doc`, once; once in the raw
document; no measure used twice), then checks that no measure is used by an earlier benefit gold file
(benefits.jsonl, benefits-dev2..16.jsonl; of those only `contains` and `doc` are read).
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import json
import os
import re
import sys

import check_benefits_dev7 as base

HERE = os.path.dirname(os.path.abspath(__file__))
base.GOLD = os.path.join(HERE, 'benefits-dev17.jsonl')
EARLIER = ['benefits.jsonl'] + ['benefits-dev%d.jsonl' % i for i in range(2, 17)]
DEFAULT_MEASURES = '/tmp/real-stripped.jsonl'
DEFAULT_RAW = os.environ.get('REAL_DOCS', 'eval/real/docs')


def norm(s):
    return re.sub(r'\s+', '', s or '')


def overlap(measures):
    """Errors for gold lines whose measure is also the measure of a line of an earlier gold file."""
    by_doc = {}
    with open(measures, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            by_doc.setdefault(d['source'], []).append((d['id'], norm((d.get('title') or '') + (d.get('text') or ''))))

    def ids(doc, c):
        c = norm(c)
        return {i for i, b in by_doc.get(doc, []) if c in b or c.replace('，', ',') in b}

    used = {}
    for f in EARLIER:
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            continue
        for line in open(p, encoding='utf-8'):
            g = json.loads(line)
            for i in ids(g['doc'], g['contains']):
                used.setdefault(i, f)
    errs = []
    for n, line in enumerate(open(base.GOLD, encoding='utf-8'), 1):
        g = json.loads(line)
        for i in ids(g['doc'], g['contains']):
            if i in used:
                errs.append('line %d: measure %s is already used by %s' % (n, i, used[i]))
    return errs


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    if not args:
        args = [DEFAULT_MEASURES]
    if len(args) < 2 and os.path.isdir(DEFAULT_RAW):
        args.append(DEFAULT_RAW)
    rc = base.main(args + (['-v'] if verbose else []))
    errs = overlap(args[0])
    for e in errs:
        print(e)
    print('%d errors of overlap with earlier benefit gold files' % len(errs))
    return 1 if (rc or errs) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
