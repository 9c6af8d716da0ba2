# Shared by file_processing.py and streaming.py: the twin of dev.yieldj.examples.LogPipeline.

MASK = (1 << 64) - 1
SERVICES = ["api", "auth", "billing", "search"]


def log_lines(seed):
    """Infinite stream of synthetic log lines, deterministic for a seed."""
    state = seed & MASK
    i = 0
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        r = state >> 33
        ts = "2024-05-01T%02d:%02d:%02dZ" % (i // 3600 % 24, i // 60 % 60, i % 60)
        if r % 97 == 0:
            yield ts + " -- corrupted record --"
        else:
            roll = r % 20
            level = "ERROR" if roll == 0 else "WARN" if roll <= 2 else "INFO"
            service = SERVICES[(r >> 5) % 4]
            status = 500 if level == "ERROR" else 200
            latency = 5 + (r >> 8) % 400 + (1000 if level == "ERROR" else 0)
            yield "%s %s %s %d %dms" % (ts, level, service, status, latency)
        i += 1


def parse(lines):
    """Parses lines into (time, level, service, status, latency_ms), skipping malformed ones."""
    for line in lines:
        parts = line.split(" ")
        if len(parts) != 5 or not parts[4].endswith("ms"):
            continue
        time, level, service, status, latency = parts
        yield (time, level, service, int(status), int(latency[:-2]))


def errors(entries):
    for e in entries:
        if e[1] == "ERROR":
            yield e


def slower_than(entries, limit_ms):
    for e in entries:
        if e[4] > limit_ms:
            yield e


def take(source, n):
    """Like itertools.islice(source, n)."""
    if n <= 0:
        return
    for x in source:
        yield x
        n -= 1
        if n == 0:
            return


def counted(source, counter):
    for x in source:
        counter[0] += 1
        yield x


def aggregate(entries):
    stats = {}
    for e in entries:
        s = stats.setdefault(e[2], [0, 0, 0])
        s[0] += 1
        s[1] += e[4]
        s[2] = max(s[2], e[4])
    return ["%s: count=%d avg=%dms max=%dms" % (k, v[0], v[1] // v[0], v[2]) for k, v in sorted(stats.items())]
