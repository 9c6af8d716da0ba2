"""Re-entrancy: a body that resumes its own generator gets "generator already executing" (Python ValueError, Java
IllegalStateException), and the generator stays usable afterwards. Twin of
src/test/resources/semantics/reentrancy/*.java. Java's hasNext() has no Python counterpart: the twin calls next()
where the Java body calls hasNext() (both resume the body)."""
from pyhelp import p, call, act

me = None


def co():
    p("start")
    got = yield 1
    p("got", got)
    for name, f in (("next", lambda: next(me)), ("hasNext", lambda: next(me)), ("send", lambda: me.send(7)),
                    ("throwInto", lambda: me.throw(IllegalArgumentException("x"))), ("close", lambda: me.close())):
        try:
            f()
            p(name, "no error")
        except ValueError as e:
            p(name, "inside raised", e)
    got = yield 2
    p("got", got)
    got = yield 3
    p("got", got)
    next(me)  # not caught: propagates out of the resume that is running, and finishes the generator
    p("never")
    yield 4


class IllegalArgumentException(Exception):
    pass


def main():
    global me
    me = co()
    call("next", lambda: next(me))
    call("send", lambda: me.send(10))
    call("send", lambda: me.send(20))
    call("send", lambda: me.send(30))
    call("next", lambda: next(me))
    act("close", me.close)


main()
