"""CPython's generator close()/finally/GeneratorExit behaviour (Lib/test/test_generators.py), the twin of
src/test/resources/semantics/close_basics/*.java.

Deliberate differences from Python, prescribed by SPEC.md, and how this twin models them:
- catch blocks do not run on close() (C#'s Dispose): the twin catches `Exception` only, which GeneratorExit
  (a BaseException) passes, so Python agrees; an `except BaseException`/`except GeneratorExit` would run in
  Python but has no Java counterpart.
- two finally blocks failing during close(): Python raises the last exception with the first as __context__;
  Java's close() throws the FIRST with the later ones added as suppressed. pyhelp.close_java() maps one to the
  other (the chain of __context__, oldest first, without GeneratorExit).
(a yield while closing: close_yield_while_closing.py)
"""
from pyhelp import p, call, act, close_java


class Boom(Exception):
    pass


def body():
    p("start")
    try:
        yield 1
        yield 2
    finally:
        p("finally")
    p("after")


def nested():
    try:
        p("enter outer")
        try:
            p("enter middle")
            try:
                p("enter inner")
                yield 1
                p("inner rest")
            finally:
                p("finally inner")
            p("middle rest")
        finally:
            p("finally middle")
    finally:
        p("finally outer")


def catching():
    try:
        yield 1
    except Exception as e:
        p("catch ran", e)
    finally:
        p("finally ran")
    p("after try")


def in_finally():
    try:
        try:
            yield 1
        finally:
            p("inner finally start")
            yield 2
            p("inner finally rest")
        p("between")
    finally:
        p("outer finally")


def in_catch():
    try:
        try:
            raise Boom("x")
        except Boom as e:
            p("catch start", e)
            yield 5
            p("catch rest")
        p("after catch")
    finally:
        p("finally")


def failing_finally():
    try:
        try:
            yield 1
        finally:
            p("inner finally")
            raise Boom("from finally")
    finally:
        p("outer finally")


def two_failing():
    try:
        try:
            yield 1
        finally:
            p("inner finally")
            raise Boom("A")
    finally:
        p("outer finally")
        raise Boom("B")


def raising():
    try:
        yield 1
        raise Boom("body")
    finally:
        p("finally")


def main():
    p("-- close an unstarted generator: nothing of the body runs")
    g = body()
    act("close", g.close)
    call("next", lambda: next(g))
    act("close again", g.close)

    p("-- close a suspended generator: finally once, the rest skipped")
    g = body()
    call("next", lambda: next(g))
    act("close", g.close)
    act("close again", g.close)
    call("next", lambda: next(g))

    p("-- close a finished generator")
    g = body()
    for v in g:
        p("got", v)
    act("close", g.close)
    call("next", lambda: next(g))

    p("-- nested finally blocks run innermost first")
    g = nested()
    call("next", lambda: next(g))
    act("close", g.close)

    p("-- catch blocks do not run on close")
    g = catching()
    call("next", lambda: next(g))
    act("close", g.close)

    p("-- suspended inside a finally block: its rest is skipped, outer finally runs")
    g = in_finally()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)
    call("next", lambda: next(g))

    p("-- suspended inside a catch block")
    g = in_catch()
    call("next", lambda: next(g))
    act("close", g.close)

    p("-- an exception from finally propagates from close, outer finally still runs")
    g = failing_finally()
    call("next", lambda: next(g))
    act("close", g.close)
    call("next", lambda: next(g))
    act("close again", g.close)

    p("-- two finally blocks fail: the first is thrown, the second suppressed into it")
    g = two_failing()
    call("next", lambda: next(g))
    close_java("close", g)
    call("next", lambda: next(g))

    p("-- a generator finished by an exception is closed")
    g = raising()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)
    call("next", lambda: next(g))


main()
