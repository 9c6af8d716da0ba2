"""A running average fed by send(). Python twin of Coroutines.averager (and averagerCompact),
checked by CoroutinesTest.averager."""


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def averager_compact():
    # The yield inside an expression: total is read before the coroutine suspends.
    total = 0.0
    count = 0
    average = None
    while True:
        total += yield average
        count += 1
        average = total / count


for make in (averager, averager_compact):
    print("==", make.__name__, "==")
    avg = make()
    print(next(avg))
    for value in [10, 20, 5, 7.5, 100, -42.25]:
        print(avg.send(value))
