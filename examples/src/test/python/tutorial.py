# Python twin of Demo.tutorial(..) in dev.yieldj.examples: every example of the tutorial.
# Its output is checked in as src/test/resources/python-expected/tutorial.txt; the Java demo must print the same.


def count_up_to(n):
    count = 1
    while count <= n:
        yield count
        count += 1


def infinite_sequence():
    num = 0
    while True:
        yield num
        num += 1


def counter():
    i = 0
    while True:
        value = (yield i)
        if value is not None:
            i = value
        else:
            i += 1


print("== count_up_to(5) ==")
counter_gen = count_up_to(5)
for number in counter_gen:
    print(number)

print("== generator expression: squares = (x*x for x in range(5)) ==")
squares = (x*x for x in range(5))
print("generator:", list(squares))
# In Java the same expression has a Stream twin: IntStream.range(0, 5).map(x -> x * x).
print("stream twin:", list(x*x for x in range(5)))

print("== infinite_sequence() with next() ==")
gen = infinite_sequence()
print(next(gen))
print(next(gen))

print("== next() on count_up_to(3) ==")
gen = count_up_to(3)
print(next(gen))  # 1
print(next(gen))  # 2
print(next(gen))  # 3

print("== StopIteration ==")
try:
    print(next(gen))  # Raises StopIteration
except StopIteration:
    print("StopIteration: the generator is exhausted")

print("== counter() with send() ==")
c = counter()
print(next(c))
print(next(c))
print(c.send(10))
print(next(c))
print(c.send(-5))
print(next(c))
print(next(c))
