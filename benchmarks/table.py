#!/usr/bin/env python3
"""Formats a JMH JSON result of this module (-rf json) as one markdown table.

Rows are the workloads (benchmark classes), columns the variants (benchmark methods); each cell is
the time per operation and its ratio to the hand-written column (the consumer-call one) of the same
row, and, when the run used -prof gc, the bytes allocated per operation. Usage: table.py RESULT.json
"""
import json
import math
import sys

ROWS = {
    "W1Count": "W1 count 0..10⁶−1, boxed, summed",
    "W2Triples": "W2 Pythagorean triples, c < 300",
    "W3Tree": "W3 in-order walk, 2¹⁶-node tree",
    "W4Pipeline": "W4 pipeline naturals → %3 → 2v+1 → take 10⁴",
    "W5IntCount": "W5 count 0..10⁶−1, primitive int",
    "W6TakeClose": "W6 create, take 10, close",
    "W7aResourceDrain": "W7a try/finally, drain 1,000",
    "W7bResourceClose": "W7b try/finally, 3 values then close",
}
COLUMNS = {
    "handWritten": "hand-written",
    "handWrittenInlined": "hand-written, inlined",
    "yieldj": "yieldj",
    "yieldjInlined": "yieldj, inlined",
    "push": "push loop",
    "stream": "java.util.stream",
    "kotlin": "Kotlin sequence",
    "thread": "thread handoff",
    "virtualThread": "virtual-thread handoff",
}
BASELINE = "handWritten"
NOT_APPLICABLE = {
    ("W5IntCount", "kotlin"): "Kotlin has no primitive sequence (its boxed one is W1)",
    ("W7bResourceClose", "kotlin"): "a Kotlin sequence cannot be closed, its finally would never run",
}
TO_NS = {"ns/op": 1.0, "us/op": 1e3, "µs/op": 1e3, "ms/op": 1e6, "s/op": 1e9}


def time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def ratio(r):
    if r >= 100:
        return f"{r:,.0f}×"
    return f"{r:.2g}×" if r >= 10 else f"{r:.2f}×" if r < 1 else f"{r:.1f}×"


def size(b):
    if b < 0.5:
        return "0 B"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if b >= scale:
            return f"{b / scale:.3g} {unit}"
    return f"{b:.0f} B"


def main(path):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    if not results:
        sys.exit(f"{path}: no results (did every benchmark fail?)")
    cells = {}
    rows, columns = [], []
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        params = ", ".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
        row = (cls, params)
        metric = r["primaryMetric"]
        unit = metric["scoreUnit"]
        if unit not in TO_NS:
            sys.exit(f"{r['benchmark']}: unit {unit}, expected a time per operation (-bm avgt)")
        alloc = (r.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm")
        cells[row, method] = (metric["score"] * TO_NS[unit], alloc["score"] if alloc else None)
        if row not in rows:
            rows.append(row)
        if method not in columns:
            columns.append(method)
    order = list(ROWS)
    rows.sort(key=lambda row: (order.index(row[0]) if row[0] in order else len(order), row))
    known = list(COLUMNS)
    columns.sort(key=lambda c: (known.index(c) if c in known else len(known), c))
    gc = any(alloc is not None for _, alloc in cells.values())

    first = results[0]
    old_jdk = int(first["jdkVersion"].split(".")[0]) < 21
    if old_jdk and "thread" in columns and "virtualThread" not in columns:
        columns.insert(columns.index("thread") + 1, "virtualThread")
    print(f"JMH {first['jmhVersion']}, {first['vmName']} {first['vmVersion']} (JDK {first['jdkVersion']}), "
          f"{first['mode']}, {first['forks']} fork(s), warm-up {first['warmupIterations']} × "
          f"{first['warmupTime']}, measurement {first['measurementIterations']} × {first['measurementTime']}"
          + (f", JVM args {' '.join(first['jvmArgs'])}" if first.get("jvmArgs") else "")
          + f"; from `{path}`.")
    print()
    print("Each cell: time per operation (lower is better), its ratio to the hand-written column"
          + (", and bytes allocated per operation (`-prof gc`)" if gc else "") + ".")
    print()
    print("| workload | " + " | ".join(COLUMNS.get(c, c) for c in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    notes = []
    for row in rows:
        cls, params = row
        label = ROWS.get(cls, cls) + (f" ({params})" if params else "")
        base = cells.get((row, BASELINE))
        out = []
        for c in columns:
            cell = cells.get((row, c))
            if cell is None:
                reason = NOT_APPLICABLE.get((cls, c))
                if reason is None and c == "virtualThread" and old_jdk:
                    reason = "virtual threads need JDK 21+"
                if reason:
                    if reason not in notes:
                        notes.append(reason)
                    out.append(f"n/a<sup>{notes.index(reason) + 1}</sup>")
                else:
                    out.append("–")
                continue
            ns, alloc = cell
            text = time(ns)
            if base and base[0] > 0 and not math.isnan(ns):
                text += f" ({ratio(ns / base[0])})"
            if gc:
                text += f"<br>{size(alloc)}" if alloc is not None else "<br>?"
            out.append(text)
        print(f"| {label} | " + " | ".join(out) + " |")
    if notes:
        print()
        print(" ".join(f"<sup>{i}</sup> {n}." for i, n in enumerate(notes, 1)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    main(sys.argv[1])
