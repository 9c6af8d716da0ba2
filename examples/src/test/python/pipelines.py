# Python twin of Demo.pipelines(..): the tutorial's "Better Performance" example, lists vs generators.

print("== lists vs chained generators ==")
# Without generators
data = [x*2 for x in range(1000000)]
filtered_data = [x for x in data if x > 10]
print("lists:", len(filtered_data), sum(filtered_data), filtered_data[:5], filtered_data[-1])

# With generators
pulled = [0]


def counted(source):
    for x in source:
        pulled[0] += 1
        yield x


data_gen = (x*2 for x in range(1000000))
filtered_data_gen = (x for x in counted(data_gen) if x > 10)
first = next(filtered_data_gen)
print("values pulled from data_gen to get the first filtered value", first, "->", pulled[0])
count, total, head, last = 1, first, [first], first
for x in filtered_data_gen:
    count += 1
    total += x
    if len(head) < 5:
        head.append(x)
    last = x
print("generators:", count, total, head, last)
