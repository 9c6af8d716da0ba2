#!/usr/bin/env python3
"""Records what CPython's itertools yields on fixed inputs, as fixtures for ItertoolsTest.

Run from anywhere with CPython 3.12 or later (itertools.batched is new in 3.12):

    python3 examples/src/test/python/itertools/make_fixtures.py

It writes one file per function to examples/src/test/resources/itertools/<function>.txt, one line
per case: ``<case>: <json>``, where <json> is the list of everything the call yields (tuples become
JSON lists, None becomes null) or ``{"error": "<ExceptionName>"}`` when draining it raises. For the
infinite iterators the case takes a prefix with islice, and ItertoolsTest takes the same prefix.
ItertoolsTest builds the same inputs in Java, case by case, under the same case names; Python
strings such as "ABCD" are lists of one-letter strings there.
"""

import json
import operator
import pathlib
import sys

if sys.version_info < (3, 12):
    sys.exit("make_fixtures.py needs CPython 3.12 or later (itertools.batched)")

from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)

OUT = pathlib.Path(__file__).resolve().parents[2] / "resources" / "itertools"


def drain(make):
    """Everything make() yields, or the name of the exception creating or draining it raises."""
    try:
        return list(make())
    except Exception as error:  # noqa: BLE001 - the exception's name is the fixture
        return {"error": type(error).__name__}


def tee_interleaved():
    """Which branch pulls what, and when the shared source is pulled."""
    log = []

    def source():
        for x in "ABC":
            log.append("pull " + x)
            yield x

    a, b = tee(source())
    for name, branch in [("a", a), ("a", a), ("b", b), ("a", a), ("b", b), ("b", b)]:
        log.append(name + " " + next(branch))
    log.append("a done" if next(a, None) is None else "a more")
    log.append("b done" if next(b, None) is None else "b more")
    return log


def tee_three():
    a, b, c = tee(range(5), 3)
    return [list(c), list(a), list(b)]


CASES = {
    "count": {
        "count_10_1_first8": lambda: islice(count(10, 1), 8),
        "count_5_minus2_first6": lambda: islice(count(5, -2), 6),
        "count_0_3_first10": lambda: islice(count(0, 3), 10),
    },
    "cycle": {
        "cycle_ABCD_first10": lambda: islice(cycle("ABCD"), 10),
        "cycle_one_first3": lambda: islice(cycle("Z"), 3),
        "cycle_empty": lambda: cycle(""),
    },
    "repeat": {
        "repeat_10_first4": lambda: islice(repeat(10), 4),
        "repeat_10_times3": lambda: repeat(10, 3),
        "repeat_x_times0": lambda: repeat("x", 0),
    },
    "accumulate": {
        "accumulate_add": lambda: accumulate([1, 2, 3, 4, 5], operator.add),
        "accumulate_mul": lambda: accumulate([1, 2, 3, 4, 5], operator.mul),
        "accumulate_max": lambda: accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max),
        "accumulate_concat": lambda: accumulate(["a", "b", "c"], operator.add),
        "accumulate_empty": lambda: accumulate([], operator.add),
        "accumulate_initial": lambda: accumulate([1, 2, 3], operator.add, initial=100),
        "accumulate_initial_empty": lambda: accumulate([], operator.add, initial=100),
    },
    "chain": {
        "chain_ABC_DEF": lambda: chain("ABC", "DEF"),
        "chain_with_empties": lambda: chain("", "AB", "", "C", ""),
        "chain_nothing": lambda: chain(),
    },
    "compress": {
        "compress_ABCDEF": lambda: compress("ABCDEF", [1, 0, 1, 0, 1, 1]),
        "compress_short_selectors": lambda: compress("ABCDEF", [1, 1]),
        "compress_short_data": lambda: compress("AB", [0, 1, 1, 1]),
    },
    "dropwhile": {
        "dropwhile_lt5": lambda: dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8]),
        "dropwhile_all": lambda: dropwhile(lambda x: x < 10, [1, 2, 3]),
        "dropwhile_none": lambda: dropwhile(lambda x: x > 10, [1, 2, 3]),
        "dropwhile_empty": lambda: dropwhile(lambda x: x < 5, []),
    },
    "takewhile": {
        "takewhile_lt5": lambda: takewhile(lambda x: x < 5, [1, 4, 6, 3, 8]),
        "takewhile_all": lambda: takewhile(lambda x: x < 10, [1, 2, 3]),
        "takewhile_none": lambda: takewhile(lambda x: x > 10, [1, 2, 3]),
        "takewhile_count_lt20": lambda: takewhile(lambda x: x < 20, count(1, 3)),
    },
    "filterfalse": {
        "filterfalse_odd": lambda: filterfalse(lambda x: x % 2, range(10)),
        "filterfalse_short_words": lambda: filterfalse(lambda w: len(w) < 3,
                                                       ["a", "tree", "is", "not", "an", "apple"]),
    },
    "groupby": {
        "groupby_letters": lambda: ((k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")),
        "groupby_len": lambda: ((k, list(g)) for k, g in groupby(["a", "bb", "cc", "d", "e", "fff"], len)),
        "groupby_parity": lambda: ((k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 8], lambda x: x % 2)),
        "groupby_empty": lambda: ((k, list(g)) for k, g in groupby([])),
    },
    "islice": {
        "islice_stop2": lambda: islice("ABCDEFG", 2),
        "islice_2_4": lambda: islice("ABCDEFG", 2, 4),
        "islice_2_None": lambda: islice("ABCDEFG", 2, None),
        "islice_0_None_2": lambda: islice("ABCDEFG", 0, None, 2),
        "islice_1_6_2": lambda: islice("ABCDEFG", 1, 6, 2),
        "islice_stop_past_end": lambda: islice("ABC", 10),
        "islice_start_past_end": lambda: islice("ABC", 5, 8),
        "islice_count_3_12_3": lambda: islice(count(0, 1), 3, 12, 3),
        "islice_negative_stop": lambda: islice("ABC", -1),
        "islice_zero_step": lambda: islice("ABC", 0, 2, 0),
    },
    "pairwise": {
        "pairwise_ABCDEFG": lambda: pairwise("ABCDEFG"),
        "pairwise_one": lambda: pairwise("A"),
        "pairwise_empty": lambda: pairwise(""),
    },
    "map": {
        "map_pow": lambda: map(pow, [2, 3, 10], [5, 2, 3]),
        "map_add_uneven": lambda: map(operator.add, [1, 2, 3, 4], [10, 20]),
        "map_empty": lambda: map(operator.add, [], [1, 2]),
    },
    "starmap": {
        "starmap_pow": lambda: starmap(pow, [(2, 5), (3, 2), (10, 3)]),
        "starmap_empty": lambda: starmap(pow, []),
    },
    "zip_longest": {
        "zip_longest_ABCD_xy": lambda: zip_longest("ABCD", "xy", fillvalue="-"),
        "zip_longest_none_fill": lambda: zip_longest([1, 2, 3], [4], [5, 6]),
        "zip_longest_equal": lambda: zip_longest("AB", "xy", fillvalue="-"),
        "zip_longest_one": lambda: zip_longest("ABC", fillvalue="-"),
        "zip_longest_nothing": lambda: zip_longest(),
    },
    "tee": {
        "tee_interleaved": tee_interleaved,
        "tee_three": tee_three,
        "tee_zero": lambda: tee("ABC", 0),
        "tee_negative": lambda: tee("ABC", -1),
    },
    "batched": {
        "batched_ABCDEFG_3": lambda: batched("ABCDEFG", 3),
        "batched_exact": lambda: batched("ABCDEF", 2),
        "batched_bigger_than_input": lambda: batched("AB", 5),
        "batched_empty": lambda: batched("", 3),
        "batched_zero": lambda: batched("ABC", 0),
    },
    "product": {
        "product_ABCD_xy": lambda: product("ABCD", "xy"),
        "product_range2_repeat3": lambda: product(range(2), repeat=3),
        "product_AB_cd_repeat2": lambda: product("AB", "cd", repeat=2),
        "product_empty_pool": lambda: product("AB", ""),
        "product_nothing": lambda: product(),
        "product_repeat0": lambda: product("AB", repeat=0),
        "product_negative_repeat": lambda: product("AB", repeat=-1),
    },
    "permutations": {
        "permutations_ABCD_2": lambda: permutations("ABCD", 2),
        "permutations_range3": lambda: permutations(range(3)),
        "permutations_ABCDE_3": lambda: permutations("ABCDE", 3),
        "permutations_r0": lambda: permutations("AB", 0),
        "permutations_r_gt_n": lambda: permutations("AB", 3),
        "permutations_empty": lambda: permutations(""),
    },
    "combinations": {
        "combinations_ABCD_2": lambda: combinations("ABCD", 2),
        "combinations_range4_3": lambda: combinations(range(4), 3),
        "combinations_ABCDEF_4": lambda: combinations("ABCDEF", 4),
        "combinations_r0": lambda: combinations("AB", 0),
        "combinations_r_gt_n": lambda: combinations("AB", 3),
    },
    "combinations_with_replacement": {
        "cwr_ABC_2": lambda: combinations_with_replacement("ABC", 2),
        "cwr_range3_3": lambda: combinations_with_replacement(range(3), 3),
        "cwr_AB_4": lambda: combinations_with_replacement("AB", 4),
        "cwr_empty_r0": lambda: combinations_with_replacement("", 0),
        "cwr_empty_r2": lambda: combinations_with_replacement("", 2),
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    version = "%d.%d.%d" % sys.version_info[:3]
    for function, cases in CASES.items():
        module = "builtins" if function == "map" else "itertools"
        lines = ["# %s.%s as yielded by CPython %s; written by make_fixtures.py, do not edit"
                 % (module, function, version)]
        for case, make in cases.items():
            lines.append("%s: %s" % (case, json.dumps(drain(make))))
        (OUT / (function + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", OUT / (function + ".txt"))


if __name__ == "__main__":
    main()
