#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev15.jsonl (own held-out gold set of the benefit extractor over the
418 real documents; see BENEFITS-DEV15.md). It runs the checks of check_benefits_dev7.py on this file, as
check_benefits_dev9.py does.

Usage: python3 tests/eval/check_benefits_dev15.py [MEASURES [REAL_DOCS]] [-v]

MEASURES defaults to /tmp/real-measures-plain.jsonl, or to /tmp/bdev15/plain.jsonl when the first does not exist
(a plain export of the 418 documents: fields id, source, title, text; only id, source and text are read). REAL_DOCS,
the folder of the raw documents ($REAL_DOCS (eval/real/docs of the development material)), is read too when given.

Checks, for every line (rules of BENEFITS.md and BENEFITS-DEV2..9.md): the five fields in order; the label
vocabulary with no label repeated; the amount objects ({text, value, unit, beneficiary}, text in the measure,
beneficiary null or a listed label); contains 12-30 characters without whitespace; contains in exactly one
measure text of `doc`, once; with REAL_DOCS, contains once in the raw document; no measure used twice.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import os
import sys

import check_benefits_dev7 as base

base.GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'benefits-dev15.jsonl')


def default_measures():
    for path in ('/tmp/real-measures-plain.jsonl', '/tmp/bdev15/plain.jsonl'):
        if os.path.exists(path):
            return path
    return '/tmp/real-measures-plain.jsonl'


if __name__ == '__main__':
    argv = sys.argv[1:]
    if not [a for a in argv if a != '-v']:
        argv = [default_measures()] + argv
    sys.exit(base.main(argv))
