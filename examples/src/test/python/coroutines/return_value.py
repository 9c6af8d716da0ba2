"""A generator with a return value (PEP 380: StopIteration.value). Python twin of
ReturnValues.fibonacciTotal, checked by ReturnValuesTest.fibonacciTotal."""


def fibonacci_total(n):
    """Yields the first n Fibonacci numbers, returns their sum."""
    a, b = 0, 1
    total = 0
    for _ in range(n):
        yield a
        total += a
        a, b = b, a + b
    return total


for n in (10, 1, 0):
    print("== fibonacci_total(%d) ==" % n)
    g = fibonacci_total(n)
    values = []
    while True:
        try:
            values.append(next(g))
        except StopIteration as stop:
            print(values)
            print("returned", stop.value)
            break
