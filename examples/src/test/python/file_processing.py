# Python twin of Demo.fileProcessing(..): reading a large file line by line through a generator.
import os
import tempfile

from logs import log_lines, parse, slower_than, take, aggregate


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    with open(path, "w", encoding="utf-8") as f:
        for line in take(log_lines(7), 5000):
            f.write(line + "\n")

    print("== file processing: one line at a time ==")
    print("lines:", sum(1 for _ in read_lines(path)))

    gen = read_lines(path)
    for number, line in enumerate(gen, 1):
        if " ERROR " in line:
            print("first error at line", number, "->", line)
            break
    gen.close()  # closes the file now

    print("slow requests (> 390 ms) per service:")
    for row in aggregate(slower_than(parse(read_lines(path)), 390)):
        print(" ", row)
