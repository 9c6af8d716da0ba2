"""An exception thrown into a coroutine (gen.throw, Java throwInto): the averager catches Reset at its
yield and starts over; any other exception escapes and finishes it. Python twin of
Coroutines.resettableAverager, checked by CoroutinesTest.resettableAverager."""


class Reset(Exception):
    pass


def resettable_averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except Reset:
            total, count, average = 0.0, 0, None
            continue
        total += value
        count += 1
        average = total / count


print("== pull ==")
avg = resettable_averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.throw(Reset()))
print(avg.send(4))
print(avg.send(5))
try:
    avg.throw(ValueError("bad value"))
except ValueError as error:
    print("escaped:", error)
print("after:", next(avg, "finished"))
