#!/usr/bin/env python3
"""Validator for tests/eval/benefits-dev13.jsonl (thirteenth development gold set of the benefit extractor over the
corpus: State Council documents and the five local plans; see BENEFITS-DEV13.md). It runs the checks of
check_benefits_dev12.py on this file, with benefits-dev12.jsonl among the files no measure may be shared with.

Usage: python3 tests/eval/check_benefits_dev13.py [EXPORT] [-v]

EXPORT defaults to /tmp/out-s5/export.jsonl. Only the fields id, source, title and text of the export are read.
Of the other development gold files over the corpus (benefits.jsonl, benefits-dev2..6.jsonl, benefits-dev12.jsonl)
only `contains` and `doc` are read, to check that no measure is used twice. No held-out file is opened.
Prints the error lines, a count summary and "N errors"; exit status 1 if there is any error.
"""
import os
import sys

import check_benefits_dev12 as base

base.GOLD = os.path.join(base.HERE, 'benefits-dev13.jsonl')
base.OTHERS = base.OTHERS + ['benefits-dev12.jsonl']

if __name__ == '__main__':
    sys.exit(base.main(sys.argv[1:]))
