"""yield from with a return value (PEP 380). Python twin of ReturnValues.numbered/numberedChapters
and ReturnValues.averager/grouper (the averager example of Fluent Python, chapter 16: send()
reaches the delegate through the delegating generator), checked by ReturnValuesTest."""

from collections import namedtuple


def numbered(lines, start):
    """Yields "n: line" for each line, numbering from start; returns the next number."""
    n = start
    for line in lines:
        yield "%d: %s" % (n, line)
        n += 1
    return n


def numbered_chapters(chapters):
    n = 1
    for title, lines in chapters:
        yield "-- %s --" % title
        n = yield from numbered(lines, n)
    yield "(%d lines)" % (n - 1)


print("== numbered chapters ==")
for line in numbered_chapters([("Intro", ["a", "b"]), ("Empty", []), ("End", ["c", "d", "e"])]):
    print(line)

Result = namedtuple("Result", "count average")


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return Result(count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


DATA = {
    "girls;kg": [40.5, 38.5, 44.25, 42.75],
    "girls;m": [1.5, 1.25, 1.75, 1.5, 1.5],
    "boys;kg": [39.0, 40.75, 42.25],
    "boys;m": [1.25, 1.75],
    "nobody;m": [],
}

print("== grouper ==")
results = {}
for key, values in DATA.items():
    group = grouper(results, key)
    next(group)
    for value in values:
        group.send(value)
    group.send(None)
for key in sorted(results):
    result = results[key]
    print(key, result.count, result.average)
