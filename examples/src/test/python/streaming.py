# Python twin of Demo.streaming(..): an endless data source through a parse -> filter -> aggregate pipeline.
from logs import log_lines, parse, errors, take, counted, aggregate

print("== streaming pipeline: log_lines -> parse -> errors -> first 50 -> aggregate ==")
read = [0]
for row in aggregate(take(errors(parse(counted(log_lines(42), read))), 50)):
    print(row)
print("lines pulled from the endless source:", read[0])
