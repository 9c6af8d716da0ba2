"""A coroutine pipeline in the style of David Beazley's "A Curious Course on Coroutines and
Concurrency": a producer pushes lines with send() through grep filters and a broadcast into printers;
closing the head closes every stage. Python twin of Coroutines.grep/broadcast/printer and
Pipeline, checked by CoroutinesTest.pipeline."""


def coroutine(func):
    """Beazley's decorator: create the coroutine and advance it to its first yield."""
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


def produce(lines, target):
    for line in lines:
        target.send(line)
    target.close()


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line)
    finally:
        target.close()


@coroutine
def broadcast(targets):
    try:
        while True:
            item = (yield)
            for target in targets:
                target.send(item)
    finally:
        for target in targets:
            target.close()


@coroutine
def printer(prefix):
    try:
        while True:
            line = (yield)
            print(prefix + line)
    finally:
        print(prefix + "closed")


LINES = [
    "python generators are lazy",
    "ply is a python lex/yacc",
    "swig wraps C for python",
    "java has no yield",
    "ply and python and swig",
]

print("== printer ==")
p = printer("> ")
p.send("a")
p.send("b")
p.close()

print("== grep ==")
produce(LINES, grep("python", printer("python: ")))

print("== broadcast ==")
produce(LINES, broadcast([
    grep("python", printer("python: ")),
    grep("ply", printer("ply: ")),
    grep("swig", printer("swig: ")),
]))
