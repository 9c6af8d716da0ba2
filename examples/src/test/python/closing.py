# Python twin of FileProcessingTest's close check: a generator suspended inside try/finally,
# closed by the consumer after the first value, runs its finally block then and only then.
log = []


def lines():
    log.append("open")
    try:
        for line in ["a", "b", "c"]:
            log.append("yield " + line)
            yield line
            log.append("after " + line)
    except Exception:
        log.append("catch")  # GeneratorExit is no Exception: close() does not run this
        raise
    finally:
        log.append("close")


gen = lines()
log.append("next -> " + next(gen))
gen.close()
log.append("closed")
gen.close()
log.append("closed again")
try:
    next(gen)
except StopIteration:
    log.append("StopIteration")

gen = lines()
gen.close()
log.append("unstarted closed")
for entry in log:
    print(entry)
