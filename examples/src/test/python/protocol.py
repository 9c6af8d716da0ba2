# Python twin of Demo.protocol(..): the rest of the generator protocol -- return values,
# yield from, close() reaching the delegate, and throw().
log = []


def inner():
    try:
        yield 1
        yield 2
    finally:
        log.append("inner finally")
    return "inner result"


def outer():
    result = yield from inner()
    log.append("outer got " + result)
    yield 3


def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            log.append("caught " + str(e))
            n = 100


def show_log():
    for entry in log:
        print("  log:", entry)
    log.clear()


print("== return value (StopIteration.value) ==")
g = inner()
try:
    while True:
        print(next(g))
except StopIteration as stop:
    print("returned", stop.value)
show_log()

print("== result = yield from inner() ==")
print(list(outer()))
show_log()

print("== close() reaches the delegate ==")
g = outer()
print(next(g))
g.close()
show_log()

print("== throw() ==")
r = resilient()
print(next(r))
print(next(r))
print(r.throw(ValueError("bad value")))
print(next(r))
show_log()
