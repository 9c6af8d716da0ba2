"""regenerator-style tests (facebook/regenerator test/tests.es6.js "try-catch-finally" groups): yields inside try,
catch and finally blocks, break/continue/return through finally in loops, nested finally order, exceptions
rethrown after finally, multi-catch. Twin of src/test/resources/semantics/try_yields/*.java."""
from pyhelp import p


class Boom(Exception):
    pass


class Bang(Exception):
    pass


class Zap(Exception):
    pass


def loop_jumps(n):
    for i in range(n):
        try:
            yield "try %d" % i
            if i == 1:
                continue
            if i == 3:
                break
            yield "tail %d" % i
        finally:
            yield "finally %d" % i
    yield "after loop"


def while_jumps():
    i = 0
    while True:
        i += 1
        try:
            try:
                if i % 2 == 0:
                    continue
                if i > 5:
                    break
                yield "odd %d" % i
            finally:
                yield "inner finally %d" % i
        finally:
            yield "outer finally %d" % i
    yield "done %d" % i


def return_through_finally():
    try:
        try:
            yield "a"
            return
        finally:
            yield "inner finally"
    finally:
        yield "outer finally"
    yield "never"


def break_in_finally_discards():
    for i in range(3):
        try:
            yield "try %d" % i
            raise Boom("lost %d" % i)
        finally:
            yield "finally %d" % i
            break
    yield "after"


def rethrow():
    try:
        try:
            try:
                yield "t"
                raise Boom("b1")
            except Boom as e:
                yield "caught %s" % e
                raise
            finally:
                yield "finally 1"
        finally:
            yield "finally 2"
    except Boom as e:
        yield "outer caught %s" % e
    yield "end"


def multi_catch():
    for k in range(3):
        try:
            try:
                yield "k%d" % k
                if k == 0:
                    raise Boom("zero")
                if k == 1:
                    raise Bang("one")
                raise Zap("two")
            except (Boom, Bang) as e:
                yield "multi %s" % e
            finally:
                yield "finally k%d" % k
        except Zap as e:
            yield "zap %s" % e


def escaping():
    try:
        try:
            try:
                yield "1"
                raise Boom("out")
            finally:
                yield "f1"
        finally:
            yield "f2"
    finally:
        yield "f3"


def catch_then_yield_in_finally():
    try:
        raise Bang("first")
    except Bang as e:
        try:
            yield "in catch %s" % e
        finally:
            yield "nested finally in catch"
    finally:
        yield "outer finally"
    yield "end"


def pull(name, g):
    p("--", name)
    try:
        for v in g:
            p(v)
        p("end")
    except Exception as e:
        p("raised", e)


pull("loop_jumps", loop_jumps(5))
pull("while_jumps", while_jumps())
pull("return_through_finally", return_through_finally())
pull("break_in_finally_discards", break_in_finally_discards())
pull("rethrow", rethrow())
pull("multi_catch", multi_catch())
pull("escaping", escaping())
pull("catch_then_yield_in_finally", catch_then_yield_in_finally())
