"""A running average with the yield inside the compound assignment. Python twin of
CompactAverager.averagerCompact, checked by CompactAveragerTest."""


def averager_compact():
    # The yield inside an expression: total is read before the coroutine suspends.
    total = 0.0
    count = 0
    average = None
    while True:
        total += yield average
        count += 1
        average = total / count


for make in (averager_compact,):
    print("==", make.__name__, "==")
    avg = make()
    print(next(avg))
    for value in [10, 20, 5, 7.5, 100, -42.25]:
        print(avg.send(value))
