#!/usr/bin/env python3
"""Check tests/eval/counts-2026-12-04.jsonl against the measure export.

Usage: python3 tests/eval/check_counts.py /tmp/out-s5/export.jsonl
Every answer_contains and expect_value must occur in the GOLD measure's text; the script also lists the other
measures of the question's region that hold the answer_contains string (they quote the same sentence).
"""
import json
import sys
from pathlib import Path

GOLD = {
    "cnt001": "001_99b6bc175654c27b.11-3",
    "cnt002": "001_99b6bc175654c27b.11-3",
    "cnt003": "001_99b6bc175654c27b.12-1",
    "cnt004": "001_99b6bc175654c27b.4-4",
    "cnt005": "001_99b6bc175654c27b.7-5",
    "cnt006": "001_99b6bc175654c27b.9-2",
    "cnt007": "001_99b6bc175654c27b.2-5",
    "cnt008": "001_99b6bc175654c27b.11-4",
    "cnt009": "001_99b6bc175654c27b.6",
    "cnt010": "000_eba30fd5bde1cfa9.3-18-1",
    "cnt011": "000_eba30fd5bde1cfa9.3-18-1",
    "cnt012": "000_eba30fd5bde1cfa9.3-18-8",
    "cnt013": "000_eba30fd5bde1cfa9.3-18-8",
    "cnt014": "000_eba30fd5bde1cfa9.3-18-12",
    "cnt015": "000_eba30fd5bde1cfa9.3-18-11",
    "cnt016": "000_eba30fd5bde1cfa9.3-18-10",
    "cnt017": "000_eba30fd5bde1cfa9.3-9-2",
    "cnt018": "002_d78822511846185f.3-13-51",
    "cnt019": "002_d78822511846185f.3-7-28",
    "cnt020": "002_d78822511846185f.3-18-80",
    "cnt021": "002_d78822511846185f.3-6-26",
    "cnt022": "002_d78822511846185f.3-13-49",
    "cnt023": "003_809523ec6351e18d.2-17-140",
    "cnt024": "003_809523ec6351e18d.2-17-140",
    "cnt025": "003_809523ec6351e18d.2-3-27",
    "cnt026": "003_809523ec6351e18d.2-17-151",
    "cnt027": "003_809523ec6351e18d.2-17-141",
    "cnt028": "003_809523ec6351e18d.2-17-142",
    "cnt029": "004_1b936b99896f02a7.2-3-9",
    "cnt030": "004_1b936b99896f02a7.2-3-9",
    "cnt031": "004_1b936b99896f02a7-2.7-3",
    "cnt032": "004_1b936b99896f02a7-3.5-2",
    "cnt033": "govcn-state-council-2019-58.4-27",
    "cnt034": "govcn-state-council-2019-32.7-23",
    "cnt035": "govcn-state-council-2019-32.2-5",
    "cnt036": "govcn-state-council-2019-39.2-5",
    "cnt037": "govcn-state-council-2019-39.2-3",
    "cnt038": "govcn-state-council-2019-36.2",
    "cnt039": "govcn-state-council-2019-55.1-2",
    "cnt040": "govcn-state-council-2019-08.2-4",
    "cnt041": "004_1b936b99896f02a7-3.10-1",
    "cnt042": "004_1b936b99896f02a7-4.4-1",
    "cnt043": "govcn-state-council-2019-36.2",
    "cnt044": "govcn-state-council-2019-08.2-4",
    "cnt045": "govcn-state-council-2019-33.25"
}


def main():
    export = sys.argv[1] if len(sys.argv) > 1 else "/tmp/out-s5/export.jsonl"
    ex = {}
    for line in open(export, encoding="utf-8"):
        d = json.loads(line)
        ex[d["id"]] = d
    path = Path(__file__).with_name("counts-2026-12-04.jsonl")
    errors = 0
    n = 0
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        g = GOLD[q["id"]]
        m = ex.get(g)
        if m is None:
            print(f"{q['id']}: gold {g} not in export")
            errors += 1
            continue
        if m["region"] != q["region"]:
            print(f"{q['id']}: region {q['region']} != {m['region']}")
            errors += 1
        for s in q["answer_contains"] + q.get("expect_value", []):
            if s not in m["text"]:
                print(f"{q['id']}: {s!r} not in {g}")
                errors += 1
        if (q["kind"] == "list") != ("expect_value" not in q):
            print(f"{q['id']}: list questions carry no expect_value, others do")
            errors += 1
        others = [i for i, d in ex.items() if i != g and d["region"] == q["region"]
                  and any(s in d["text"] for s in q["answer_contains"])]
        if others:
            print(f"{q['id']}: also in {', '.join(others)}")
    print(f"questions: {n}  errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
