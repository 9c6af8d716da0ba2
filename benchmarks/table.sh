#!/usr/bin/env bash
# Runs this module's JMH benchmarks once and prints ONE markdown table (workloads × variants, time per
# operation and ratio to the hand-written iterator; bytes per operation with --gc), or formats an
# existing JMH JSON result without running anything.
#
#   benchmarks/table.sh [--gc] [--json FILE] [JMH args...]   run JMH (-rf json), print the table
#   benchmarks/table.sh --format FILE.json                   only format FILE.json
#
# JMH args pass through, e.g. a quick smoke run:   benchmarks/table.sh -wi 1 -i 1 -w 200ms -r 200ms -f 1
# or some workloads only:                           benchmarks/table.sh W1 W3
# --gc adds `-prof gc`; --json FILE keeps the result there (default benchmarks/target/jmh-result.json).
# JMH's own output goes to stderr, the table to stdout. Uses $JAVA_HOME/bin/java if JAVA_HOME is set.
# Below JDK 21 the virtualThread benchmarks are excluded (they would fail) and shown as n/a.
# Needs benchmarks/target/benchmarks.jar:  mvn -B package -DskipTests -pl benchmarks -am
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --format ]; then
    [ $# -eq 2 ] || { echo "usage: $0 --format FILE.json" >&2; exit 2; }
    exec python3 "$here/table.py" "$2"
fi

java=java
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; fi
jar=$here/target/benchmarks.jar
out=$here/target/jmh-result.json
extra=()
while [ $# -gt 0 ]; do
    case $1 in
        --gc) extra+=(-prof gc); shift ;;
        --json) out=$2; shift 2 ;;
        *) break ;;
    esac
done
if [ ! -f "$jar" ]; then
    echo "$jar is missing; build it first: mvn -B package -DskipTests -pl benchmarks -am" >&2
    exit 1
fi
spec=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "${spec%%.*}" -lt 21 ]; then
    extra+=(-e '\.virtualThread$')
fi
mkdir -p "$(dirname "$out")"
"$java" -jar "$jar" -rf json -rff "$out" ${extra[@]+"${extra[@]}"} "$@" >&2
python3 "$here/table.py" "$out"
