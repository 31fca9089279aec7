#!/usr/bin/env python3
"""Validate tests/eval/dev26-2026-12-06.jsonl against a measure export of the real documents.

Usage: python3 tests/eval/check_dev26.py EXPORT.jsonl [TRUTH.jsonl]
  EXPORT: `zhengce export` of an index of $REAL_DOCS
          (written against /tmp/s17-real-export.jsonl, md5 dc2ae3ef7165827ab7ccd70ac4d20f9f)
  TRUTH:  default $REAL_DOCS/../truth.jsonl

The set is over the real documents. The `region` of a question is the TRUE region of the
document (truth.jsonl), not the extractor's guess, so before the shared checks of
blind_checks.py run, every exported measure's `region` is replaced by the truth region of its
source file (basename of `source`, else `doc_id`). On top of blind_checks this file checks:
- every measure holding an answer_contains string comes from one of the 193 documents in
  ALLOWED (the documents no held-out set uses; unlike dev22-dev24 this set is not limited to
  even-numbered documents, so blind_checks.check_real's even rule is replaced by this list);
- no question shares a run of more than 10 characters (whitespace removed) with the
  title+text of any exported measure.
GOLD holds the gold measure ids of every question (ids of /tmp/s17-real-export.jsonl).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_checks import check_real  # noqa: E402

NAME = "dev26-2026-12-06.jsonl"
PREFIX = "d26q"

# The 193 documents that no held-out set uses (the only allowed gold sources).
ALLOWED = set("""
    d0002 d0004 d0005 d0007 d0008 d0009 d0011 d0012 d0013 d0016 d0019 d0020
    d0023 d0027 d0028 d0031 d0033 d0035 d0037 d0038 d0041 d0043 d0045 d0047
    d0051 d0055 d0057 d0059 d0064 d0066 d0068 d0069 d0070 d0071 d0072 d0077
    d0078 d0083 d0085 d0086 d0089 d0091 d0092 d0093 d0095 d0098 d0099 d0100
    d0101 d0103 d0104 d0107 d0109 d0113 d0115 d0116 d0120 d0123 d0127 d0132
    d0133 d0135 d0137 d0139 d0141 d0143 d0149 d0150 d0153 d0155 d0156 d0157
    d0159 d0160 d0162 d0167 d0168 d0169 d0170 d0171 d0175 d0176 d0177 d0179
    d0181 d0183 d0185 d0186 d0187 d0190 d0193 d0195 d0197 d0199 d0201 d0204
    d0205 d0207 d0208 d0211 d0213 d0217 d0223 d0225 d0226 d0227 d0231 d0233
    d0235 d0237 d0239 d0240 d0241 d0243 d0244 d0247 d0249 d0254 d0261 d0263
    d0265 d0266 d0268 d0269 d0271 d0273 d0275 d0281 d0282 d0283 d0284 d0287
    d0288 d0289 d0291 d0293 d0294 d0295 d0296 d0297 d0298 d0300 d0302 d0303
    d0305 d0308 d0312 d0314 d0315 d0317 d0319 d0321 d0323 d0327 d0329 d0330
    d0331 d0333 d0335 d0339 d0342 d0343 d0346 d0347 d0348 d0349 d0351 d0352
    d0353 d0355 d0356 d0359 d0363 d0364 d0365 d0367 d0369 d0371 d0375 d0378
    d0379 d0381 d0383 d0385 d0389 d0391 d0392 d0398 d0402 d0405 d0410 d0412
    d0414
""".split())

GOLD = {
    "d26q001": ["d0007.3-16"],
    "d26q002": ["d0007.4-20"],
    "d26q003": ["d0007.5-28"],
    "d26q004": ["d0007.5-32"],
    "d26q005": ["d0007.4-18"],
    "d26q006": ["d0007.6-37"],
    "d26q007": ["d0101.5-30"],
    "d26q008": ["d0101.3-20"],
    "d26q009": ["d0101.6-45"],
    "d26q010": ["d0101.6-41"],
    "d26q011": ["d0101.6-42"],
    "d26q012": ["d0115.8"],
    "d26q013": ["d0115.7"],
    "d26q014": ["d0115.10"],
    "d26q015": ["d0115.11"],
    "d26q016": ["d0155.4-28"],
    "d26q017": ["d0155.3-13"],
    "d26q018": ["d0155.2-7"],
    "d26q019": ["d0155.5-30"],
    "d26q020": ["d0155.6-35"],
    "d26q021": ["d0155.4-25"],
    "d26q022": ["d0197.5-40"],
    "d26q023": ["d0293.25"],
    "d26q024": ["d0293.26"],
    "d26q025": ["d0323.2-4"],
    "d26q026": ["d0323.3-15"],
    "d26q027": ["d0323.4-21"],
    "d26q028": ["d0323.3-12"],
    "d26q029": ["d0323.4-17"],
    "d26q030": ["d0333.2-3"],
    "d26q031": ["d0333.2-6"],
    "d26q032": ["d0352.4-16"],
    "d26q033": ["d0352.6-36", "d0378.5-27"],
    "d26q034": ["d0389.2-6"],
    "d26q035": ["d0391.3-3"],
    "d26q036": ["d0335.9"],
    "d26q037": ["d0398.3-8"],
    "d26q038": ["d0398.4-9"],
    "d26q039": ["d0410.2-4"],
    "d26q040": ["d0414.3-1-1"],
    "d26q041": ["d0414.3-6-2"],
    "d26q042": ["d0412.3-5"],
    "d26q043": ["d0101.5-39"],
    "d26q044": ["d0155.6-36"],
    "d26q045": ["d0197.5-51"],
    "d26q046": ["d0410.3-2"],
    "d26q047": ["d0293.30"],
    "d26q048": ["d0115.15"],
    "d26q049": ["d0089.5"],
    "d26q050": ["d0155.4-20"],
    "d26q051": ["d0323.3-15", "d0323.3-8", "d0323.3-9"],
    "d26q052": ["d0414.2-1", "d0414.2-2", "d0414.2-5"],
    "d26q053": ["d0007.4-19", "d0007.4-20"],
    "d26q054": ["d0007.4-18"],
    "d26q055": ["d0101.5-30"],
    "d26q056": ["d0197.5-47"],
    "d26q057": ["d0197.5-50"],
    "d26q058": ["d0089.2"],
    "d26q059": ["d0405.3"],
    "d26q060": ["d0412.3-4"],
    "d26q061": ["d0410.2-6"],
    "d26q062": ["d0007.4-19"],
    "d26q063": ["d0398.3-8"],
    "d26q064": ["d0352.2-7"],
    "d26q065": ["d0392.3-11"],
    "d26q066": ["d0412.3-5"],
    "d26q067": ["d0414.3-3-3"],
    "d26q068": ["d0414.3-4-1"],
    "d26q069": ["d0392.3-12"],
    "d26q070": ["d0392.3-11"],
    "d26q071": ["d0101.5-36"],
    "d26q072": ["d0007.4-18"],
    "d26q073": ["d0333.2-1"],
    "d26q074": ["d0101.3-18"],
    "d26q075": ["d0007.3-16"],
    "d26q076": ["d0101.6-42"],
    "d26q077": ["d0155.4-28"],
    "d26q078": ["d0197.5-47"],
    "d26q079": [],
    "d26q080": [],
    "d26q081": [],
    "d26q082": [],
}


def main():
    if len(ALLOWED) != 193:
        sys.exit(f"ALLOWED holds {len(ALLOWED)} documents, expected 193")
    check_real(NAME, PREFIX, GOLD, __doc__, allowed=ALLOWED)


if __name__ == "__main__":
    main()
