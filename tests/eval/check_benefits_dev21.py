#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev21.jsonl (twenty-first benefit gold set, DEVELOPMENT data over the 418 real
documents; see BENEFITS-DEV21.md). It runs the checks of check_benefits_dev18.py (the line checks of benefit_checks.py, the
measure checks of check_benefits_dev7.py) on this file, which add two: no `contains` holds a comma (the plain export has `,` where the raw
documents have `，`), and no measure is used by an earlier development gold file (benefits.jsonl,
benefits-dev2..9.jsonl, benefits-dev12.jsonl, benefits-dev13.jsonl, benefits-dev18.jsonl, benefits-dev19.jsonl, benefits-dev20.jsonl,
each named below; only `contains` and `doc` are read; the sets over the corpus name no real document and so match none).
No held-out file is opened.

Usage: python3 tests/eval/check_benefits_dev21.py [MEASURES [REAL_DOCS]] [-v]

MEASURES defaults to /tmp/bdev21/plain.jsonl, else /tmp/real-measures-plain.jsonl (the plain export: only the fields
id, source and text are read; the full export /tmp/int37b-real.jsonl works too, its other fields are ignored).
REAL_DOCS defaults to /work/shared/eval/real/docs when that folder exists; each `contains` must occur once in the raw
document (whitespace removed).

Checks, for every line (rules of BENEFITS.md and BENEFITS-DEV2..9.md): the five fields in order; the label vocabulary
with no label repeated; the amount objects ({text, value, unit, beneficiary}, text in the measure, beneficiary null or
a listed label); contains 12-30 characters without whitespace or comma; contains in exactly one measure text of `doc`,
once; contains once in the raw document; no measure used twice, here or by the earlier development sets.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import os
import re
import sys

import check_benefits_dev18

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'benefits-dev21.jsonl')
OTHERS = ['benefits.jsonl', 'benefits-dev2.jsonl', 'benefits-dev3.jsonl', 'benefits-dev4.jsonl',
          'benefits-dev5.jsonl', 'benefits-dev6.jsonl', 'benefits-dev7.jsonl', 'benefits-dev8.jsonl',
          'benefits-dev9.jsonl', 'benefits-dev12.jsonl', 'benefits-dev13.jsonl', 'benefits-dev18.jsonl',
          'benefits-dev19.jsonl', 'benefits-dev20.jsonl']


def norm(s):
    """The text with all whitespace removed (how `contains` is matched)."""
    return re.sub(r'\s+', '', s or '')


def default_measures():
    """The plain copy written by bdev21/plain.py strip, else /tmp/real-measures-plain.jsonl."""
    for p in ('/tmp/bdev21/plain.jsonl', '/tmp/real-measures-plain.jsonl'):
        if os.path.exists(p):
            return p
    return '/tmp/bdev21/plain.jsonl'


def main(argv):
    return check_benefits_dev18.main(argv, GOLD, OTHERS, '/tmp/bdev21/plain.jsonl')


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
