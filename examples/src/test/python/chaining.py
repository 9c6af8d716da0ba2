# Python twin of Demo.chaining(..): the tutorial's "Combining Generators" example.


def integers():
    """Infinite sequence of integers."""
    i = 1
    while True:
        yield i
        i += 1


def squares():
    for i in integers():
        yield i * i


print("== combining generators: squares() over integers() ==")
gen = squares()
print("first ten:", [next(gen) for _ in range(10)])
for s in squares():
    if s > 1000:
        print("first square above 1000:", s)
        break
