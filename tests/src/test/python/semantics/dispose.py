"""Roslyn-style "finally runs on Dispose after early break" tests (C# iterators in foreach): a consumer that
leaves a loop over a generator early and disposes it (Java: try-with-resources on the generator or on its
stream()) runs the generator's pending finally blocks then, exactly once. Twin of
src/test/resources/semantics/dispose/*.java. Python: contextlib.closing / islice, with the generator kept
referenced so CPython's reference counting does not close it earlier than Java would."""
import itertools
from contextlib import closing
from pyhelp import p, act


class Boom(Exception):
    pass


def numbers(n, fail_in_finally=False):
    try:
        for i in range(n):
            p("make", i)
            yield i
        p("made all")
    finally:
        p("finally numbers")
        if fail_in_finally:
            raise Boom("finally")


def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        p("finally inner")


def outer():
    try:
        yield "o1"
        yield from inner()
        yield "o2"
    finally:
        p("finally outer")


def add_suppressed(primary, e):
    if not hasattr(primary, "suppressed"):
        primary.suppressed = []
    primary.suppressed.append(e)


def main():
    p("-- break inside try-with-resources on the generator")
    with closing(numbers(5)) as g:
        for v in g:
            p("got", v)
            if v == 2:
                break
        p("after loop, before dispose")
    p("after try")

    p("-- break without dispose: the finally waits for close()")
    g = numbers(5)
    for v in g:
        p("got", v)
        if v == 1:
            break
    p("after loop")
    act("close", g.close)
    act("close again", g.close)

    p("-- stream().limit(3) in try-with-resources pulls exactly 3 and closes")
    g = numbers(10)
    with closing(g):
        for v in itertools.islice(g, 3):
            p("got", v)
        p("limit done")
    p("after try")

    p("-- a fully consumed generator: dispose runs nothing more")
    with closing(numbers(2)) as g:
        for v in g:
            p("got", v)
    p("after try")

    p("-- the consumer throws inside the loop: finally runs, the consumer's exception propagates")
    try:
        with closing(numbers(5)) as g:
            for v in g:
                p("got", v)
                if v == 1:
                    raise Boom("consumer")
    except Boom as e:
        p("caught", e)

    p("-- the consumer throws and the generator's finally fails: suppressed into the consumer's exception")
    try:
        g = numbers(5, True)
        primary = None
        try:
            for v in g:
                p("got", v)
                if v == 1:
                    raise Boom("consumer")
        except Exception as t:
            primary = t
            raise
        finally:  # JLS try-with-resources translation: the close() failure is suppressed
            try:
                g.close()
            except Exception as s:
                add_suppressed(primary, s)
    except Boom as e:
        p("caught", e)

    p("-- break out of a delegating generator: the inner finally runs first")
    with closing(outer()) as g:
        for v in g:
            p("got", v)
            if v == "i1":
                break
    p("after try")


main()
