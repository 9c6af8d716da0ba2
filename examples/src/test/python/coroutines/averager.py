"""A running average fed by send(). Python twin of Coroutines.averager,
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


for make in (averager,):
    print("==", make.__name__, "==")
    avg = make()
    print(next(avg))
    for value in [10, 20, 5, 7.5, 100, -42.25]:
        print(avg.send(value))
