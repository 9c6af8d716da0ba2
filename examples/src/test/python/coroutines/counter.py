"""The tutorial's counter(): send() resets it. Python twin of Coroutines.counter, CoroutinesTest.counter."""


def counter():
    i = 0
    while True:
        value = (yield i)
        if value is not None:
            i = value
        else:
            i += 1


print("== pull ==")
c = counter()
print(next(c))
print(next(c))
print(next(c))
print(c.send(10))
print(next(c))
print(c.send(-3))
print(next(c))
print(c.send(None))
c.close()
print("after close:", next(c, "finished"))

print("== send before start ==")
d = counter()
try:
    d.send(5)
except TypeError:
    print("refused")
print(next(d))
