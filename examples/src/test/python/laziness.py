# Python twin of TutorialTest's laziness check: count_up_to with a side-effect log,
# showing that each next() runs the body exactly up to the next yield.
log = []


def count_up_to(n):
    log.append("start")
    count = 1
    while count <= n:
        log.append("yield %d" % count)
        yield count
        log.append("resumed after %d" % count)
        count += 1
    log.append("end")


gen = count_up_to(2)
log.append("created")
log.append("next -> %d" % next(gen))
log.append("next -> %d" % next(gen))
try:
    next(gen)
except StopIteration:
    log.append("StopIteration")
try:
    next(gen)
except StopIteration:
    log.append("StopIteration again")
for entry in log:
    print(entry)
